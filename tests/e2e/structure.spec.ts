/**
 * A quarter's structure built in the app as a person does it: teams with
 * their managers, a sub-team, dependencies and priority groups, then the
 * exported page has every section of the reference page filled. Deleting a
 * team or a group, and undo and redo across structure changes.
 */
import type { Locator, Page } from '@playwright/test'
import { boardIdle, card, column, expect, freshApp, reloadApp, test } from './fixtures'
import { afterFrames, createQuarter, quickAdd } from './board.helpers'
import { afterStoreWrites, holdStoreWrites } from './helpers/holdWrites'
import {
  addGroup,
  addTeam,
  exportedPage,
  fillInPlace,
  showView,
  teamNames,
  teamNav,
  teamPage,
} from './team.helpers'
import { chooseOption, expectChosen } from './helpers/select'

// Many steps each: generous on a shared 2-core machine; a hang still fails.
/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user does. */
async function tabUntil(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab'): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

test.describe.configure({ timeout: 240_000 })

test('builds teams, a sub-team, managers, dependencies and groups; the page has every section filled', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await showView(page, 'Team')
  await expect(page.getByText('No teams yet.')).toBeVisible()

  const sre = await addTeam(page, 'Site Reliability Engineering')
  await chooseOption(sre, 'Manager label', 'Directors')
  await fillInPlace(sre.getByLabel('Managers'), 'Mark Bergsma, Faidon Liambotis')
  await fillInPlace(sre.getByLabel('Dependencies on'), 'Release Engineering for the pipeline')
  const cross = await addGroup(sre, 'Cross-cutting')
  await fillInPlace(cross.getByLabel('Description of Cross-cutting'), 'Work across every SRE team')

  const traffic = await addTeam(page, 'Traffic')
  await chooseOption(traffic, 'Parent team', 'Site Reliability Engineering')
  await expect(
    traffic.getByRole('heading', { name: 'Site Reliability Engineering › Traffic' }),
  ).toBeVisible()
  await fillInPlace(traffic.getByLabel('Managers'), 'Brandon Black')
  await fillInPlace(traffic.getByLabel('Dependencies on'), 'Data Center Operations')
  await addGroup(traffic, 'Core Work')

  const security = await addTeam(page, 'Security')
  await chooseOption(security, 'Manager label', 'Custom…')
  await fillInPlace(security.getByLabel('Custom manager label'), 'Acting Manager')
  await fillInPlace(security.getByLabel('Managers'), 'John Bennett')
  await fillInPlace(security.getByLabel('Dependencies on'), 'Legal')
  await addGroup(security, 'Security Engineering')
  await expect(teamNames(page)).toHaveText(['Site Reliability Engineering', 'Traffic', 'Security'])

  // A bad value is refused with a sentence, and the field keeps what was typed.
  await teamNav(page).getByRole('button', { name: 'Security', exact: true }).click()
  await security.getByLabel('Team name').fill('traffic')
  await security.getByLabel('Team name').press('Enter')
  await expect(security.getByRole('alert')).toHaveText(
    'There is already a team named "Traffic" in this quarter.',
  )
  await security.getByLabel('Team name').press('Escape')
  await expect(security.getByLabel('Team name')).toHaveValue('Security')

  // Goals: one per team; the sub-team's card names its parent.
  await showView(page, 'Board')
  await quickAdd(page, 'To do', ['Hire SRE engineering managers'], 'Site Reliability Engineering')
  await quickAdd(page, 'To do', ['Renew the ATS certificates'], 'Traffic')
  await quickAdd(page, 'To do', ['Deploy StopForumSpam'], 'Security')
  await expect(card(column(page, 'To do'), 'Renew the ATS certificates')).toContainText(
    'Site Reliability Engineering › Traffic',
  )
  // Into a group from the editor.
  for (const [text, group] of [
    ['Hire SRE engineering managers', 'Cross-cutting'],
    ['Renew the ATS certificates', 'Core Work'],
    ['Deploy StopForumSpam', 'Security Engineering'],
  ] as const) {
    await card(page, text).click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    await chooseOption(editor, 'Priority group', group)
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor).toBeHidden()
  }

  // A status update for each team, so every Status block has one.
  await showView(page, 'Team')
  await teamNav(page).getByRole('button', { name: 'Record status update for all teams' }).click()
  const recording = page.getByRole('dialog', { name: 'Record status update for all teams' })
  await recording.getByLabel('Date', { exact: true }).fill('2019-10-28')
  await recording.getByRole('button', { name: 'Save update' }).click()
  await expect(recording).toBeHidden()

  await reloadApp(page)
  await showView(page, 'Team')
  await teamNav(page).getByRole('button', { name: 'Traffic', exact: true }).click()
  await expect(teamPage(page, 'Traffic').getByLabel('Managers')).toHaveValue('Brandon Black')

  const wikitext = await exportedPage(page)
  expect(wikitext).toContain(
    '== Site Reliability Engineering ==\nDirectors: Mark Bergsma and Faidon Liambotis',
  )
  expect(wikitext).toContain('=== Traffic ===\nTeam Manager: Brandon Black')
  expect(wikitext).toContain('== Security ==\nActing Manager: John Bennett')
  expect(wikitext).toContain("'''Dependencies on:''' Release Engineering for the pipeline")
  expect(wikitext).toContain("'''Dependencies on:''' Data Center Operations")
  expect(wikitext).toContain("'''Dependencies on:''' Legal")
  for (const group of ['Cross-cutting', 'Core Work', 'Security Engineering'])
    expect(wikitext).toContain(group)
  expect(wikitext).toContain('Work across every SRE team')
  expect(wikitext.match(/^'''Status'''$/gm)).toHaveLength(3)
  expect(wikitext.match(/^\* October 28, 2019 status:$/gm)).toHaveLength(3)
  // No empty manager line, no empty dependencies.
  expect(wikitext).not.toMatch(/^[^\n:]*(Manager|Directors):\s*$/m)
  expect(wikitext).not.toMatch(/^'''Dependencies on:'''\s*$/m)
  // Sections in page order: the sub-team right after its parent.
  const order = ['== Site Reliability Engineering ==', '=== Traffic ===', '== Security ==']
  const at = order.map((heading) => wikitext.indexOf(heading))
  expect(at).toEqual([...at].sort((a, b) => a - b))
})

test('deletes a team moving its goals, deletes a group, and undo and redo go across every structure change', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await quickAdd(page, 'To do', ['Ship the new parser', 'Retire the old parser'], 'Parsing')
  await showView(page, 'Team')
  const parsing = teamPage(page, 'Parsing')
  await addGroup(parsing, 'Parser unification')
  const platform = await addTeam(page, 'Platform')
  await addTeam(page, 'Search')

  // Reorder, re-parent, rename: three structure changes.
  await teamNav(page).getByRole('button', { name: 'Search', exact: true }).click()
  await chooseOption(teamPage(page, 'Search'), 'Parent team', 'Platform')
  await expect(teamNames(page)).toHaveText(['Parsing', 'Platform', 'Search'])
  await teamPage(page, 'Search').getByLabel('Team name').fill('Search Platform')
  await page.keyboard.press('Enter')
  await expect(teamPage(page, 'Search Platform')).toBeVisible()

  // Delete Parsing: its two goals move to Platform, with its group.
  await teamNav(page).getByRole('button', { name: 'Parsing', exact: true }).click()
  await parsing.getByRole('button', { name: 'Delete team' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete team “Parsing”' })
  await expect(dialog).toContainText('Parsing has 2 goals.')
  await chooseOption(dialog, 'Team for its goals', 'Platform')
  await dialog.getByRole('button', { name: 'Delete team' }).click()
  await expect(teamNames(page)).toHaveText(['Platform', 'Search Platform'])
  await expect(
    platform.getByRole('region', { name: 'Priority group Parser unification' }),
  ).toBeVisible()
  await expect(platform).toContainText('Ship the new parser')
  await expect(platform).toContainText('Retire the old parser')

  // Delete the group: its (no) goals; then undo brings it back.
  await platform.getByRole('button', { name: 'Delete priority group Parser unification' }).click()
  await expect(
    platform.getByRole('region', { name: 'Priority group Parser unification' }),
  ).toHaveCount(0)

  // Undo, one by one, with the keyboard: group back, team back, name back, parent back.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(
    platform.getByRole('region', { name: 'Priority group Parser unification' }),
  ).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(teamNames(page)).toHaveText(['Parsing', 'Platform', 'Search Platform'])
  await page.keyboard.press('Control+z')
  await expect(teamNames(page)).toHaveText(['Parsing', 'Platform', 'Search'])
  await page.keyboard.press('Control+z')
  await expect(teamNav(page).locator('.team-list.sub-teams')).toHaveCount(0)

  // Redo all four, in turn: parent, name, the deleted team, the deleted group.
  const redoKey = () => page.keyboard.press('Control+Shift+z')
  await redoKey()
  await expect(teamNav(page).locator('.team-list.sub-teams')).toHaveCount(1)
  await redoKey()
  await expect(teamNames(page)).toHaveText(['Parsing', 'Platform', 'Search Platform'])
  await redoKey()
  await expect(teamNames(page)).toHaveText(['Platform', 'Search Platform'])
  await redoKey()
  await teamNav(page).getByRole('button', { name: 'Platform', exact: true }).click()
  await expect(platform.getByRole('region', { name: /Priority group/ })).toHaveCount(0)
  await showView(page, 'Board')
  await expect(card(column(page, 'To do'), 'Ship the new parser')).toContainText('Platform')

  // Deleting a team with its goals says how many first.
  await showView(page, 'Team')
  await teamNav(page).getByRole('button', { name: 'Platform', exact: true }).click()
  await teamPage(page, 'Platform').getByRole('button', { name: 'Delete team' }).click()
  const second = page.getByRole('dialog', { name: 'Delete team “Platform”' })
  await second.getByRole('radio', { name: 'Delete its 2 goals with it' }).check()
  await expect(second).toContainText('Its 1 sub-team will move up a level.')
  await second.getByRole('button', { name: 'Delete team' }).click()
  await expect(teamNames(page)).toHaveText(['Search Platform'])
  await showView(page, 'Board')
  await expect(card(page, 'Ship the new parser')).toHaveCount(0)
  await page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(card(column(page, 'To do'), 'Ship the new parser')).toBeVisible()
})

test('a priority group made in the goal editor and then cancelled does not linger', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await quickAdd(page, 'To do', ['Write the runbook'])
  await card(page, 'Write the runbook').click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  await editor.getByRole('button', { name: 'New priority group…' }).click()
  await editor.getByLabel('New priority group title').fill('Never saved')
  await editor.getByLabel('New priority group title').press('Enter')
  await expectChosen(editor, 'Priority group', 'Never saved')
  await editor.getByRole('button', { name: 'Cancel', exact: true }).click()
  await editor.getByRole('button', { name: 'Discard changes' }).click()
  await expect(editor).toBeHidden()
  await showView(page, 'Team')
  await expect(
    teamPage(page, 'Analytics').getByRole('region', { name: /Priority group/ }),
  ).toHaveCount(0)

  // Saved, the group and the goal's move are one change: one undo takes both back.
  await showView(page, 'Board')
  await card(page, 'Write the runbook').click()
  await editor.getByRole('button', { name: 'New priority group…' }).click()
  await editor.getByLabel('New priority group title').fill('Operations')
  await editor.getByLabel('New priority group title').press('Enter')
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(card(page, 'Write the runbook')).toContainText('Operations')
  await page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(card(page, 'Write the runbook')).not.toContainText('Operations')
  await showView(page, 'Team')
  await expect(
    teamPage(page, 'Analytics').getByRole('region', { name: /Priority group/ }),
  ).toHaveCount(0)
})

test('keyboard only: creates a team, names its manager and reorders it by keyboard drag', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  // The focus is on To do's "Add goal" button; 2 shows the Team view, the header's second tab.
  await expect(
    column(page, 'To do').getByRole('button', { name: 'Add goal to To do' }),
  ).toBeFocused()
  await page.keyboard.press('2')
  await expect(
    page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Team' }),
  ).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByText('No teams yet.')).toBeVisible()
  // Past the rest of the header, the first stop in the Team view is the new team's name.
  const name = teamNav(page).getByLabel('New team name')
  await tabUntil(page, name, 'Tab')
  await page.keyboard.type('Analytics')
  await page.keyboard.press('Enter')
  await expect(teamPage(page, 'Analytics')).toBeVisible()
  await page.keyboard.type('Performance')
  await page.keyboard.press('Enter')
  const performance = teamPage(page, 'Performance')
  await expect(performance).toBeVisible()
  await expect(teamNames(page)).toHaveText(['Analytics', 'Performance'])

  // Tab into the section to the managers' names, type, Tab away to save.
  const managers = performance.getByLabel('Managers')
  for (
    let i = 0;
    i < 20 && !(await managers.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab')
  }
  await expect(managers).toBeFocused()
  await page.keyboard.type('Gilles Dubuc')
  await page.keyboard.press('Tab')

  // Reorder with the keyboard: focus Performance's handle, Space, Up, Space.
  const handle = teamNav(page).getByRole('button', { name: 'Reorder Performance' })
  await tabUntil(page, handle, 'Shift+Tab')
  await page.keyboard.press('Space')
  // dnd-kit measures the list in the frames after a pick-up and drops an arrow key pressed
  // before that (as in the board's keyboard tests).
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await afterFrames(page, 3)
  await page.keyboard.press('ArrowUp')
  // The drop lands where dnd-kit last saw the card: wait until it says the move was taken,
  // as a screen-reader user hears it, before dropping.
  const heard = page.locator('[id^="DndLiveRegion"]', {
    hasText: 'Performance is over position 1 of 2.',
  })
  await expect(heard).toHaveCount(1)
  await page.keyboard.press('Space')
  await expect(teamNames(page)).toHaveText(['Performance', 'Analytics'])
  await expect(performance.getByLabel('Managers')).toHaveValue('Gilles Dubuc')
})

test('teams and priority groups typed one after another are all added with their whole names', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await showView(page, 'Team')
  // A person types the next name while the last one is still being written: with a
  // key every 15 ms, the write ends mid-name, and what was typed by then must stay.
  const newTeam = teamNav(page).getByLabel('New team name')
  await newTeam.click()
  await page.keyboard.type('Analytics', { delay: 15 })
  await page.keyboard.press('Enter')
  const section = teamPage(page, 'Analytics')
  await expect(section).toBeVisible()
  await newTeam.click()
  await page.keyboard.type('Data Engineering', { delay: 15 })
  await page.keyboard.press('Enter')
  await page.keyboard.type('Search Platform', { delay: 15 })
  await page.keyboard.press('Enter')
  await expect(teamNames(page)).toHaveText(['Analytics', 'Data Engineering', 'Search Platform'])

  await teamNav(page).getByRole('button', { name: 'Analytics', exact: true }).click()
  const newGroup = section.getByLabel('New priority group title')
  await newGroup.click()
  for (const title of ['Core Work', 'Event Platform', 'Metrics']) {
    await page.keyboard.type(title, { delay: 15 })
    await page.keyboard.press('Enter')
  }
  await expect(section.getByRole('region', { name: /^Priority group / })).toHaveCount(3)
  for (const title of ['Core Work', 'Event Platform', 'Metrics']) {
    await expect(
      section.getByRole('region', { name: `Priority group ${title}`, exact: true }),
    ).toBeVisible()
  }
  await expect(newGroup).toHaveValue('')
  await reloadApp(page)
  await showView(page, 'Team')
  await expect(teamNames(page)).toHaveText(['Analytics', 'Data Engineering', 'Search Platform'])
})

test('a team chosen while another is being added stays chosen, and the new team shows at once', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await showView(page, 'Team')
  await addTeam(page, 'Analytics')
  // The write takes as long as the test says: the person picks another team meanwhile.
  const release = await holdStoreWrites(page)
  await teamNav(page).getByLabel('New team name').fill('Search Platform')
  await teamNav(page).getByLabel('New team name').press('Enter')
  // The new team opens the moment it is added, before its write ends.
  await expect(teamPage(page, 'Search Platform')).toBeVisible()
  await teamNav(page).getByRole('button', { name: 'Analytics', exact: true }).click()
  await expect(teamPage(page, 'Analytics')).toBeVisible()
  await release()
  await afterStoreWrites(page)
  await expect(teamNames(page)).toHaveText(['Analytics', 'Search Platform'])
  await expect(teamPage(page, 'Analytics')).toBeVisible()
})

test('a view chosen while a team is being deleted or added stays chosen', async ({ page }) => {
  await freshApp(page)
  await createQuarter(page)
  await showView(page, 'Team')
  await addTeam(page, 'Platform')
  await addTeam(page, 'Search')
  await teamNav(page).getByRole('button', { name: 'Platform', exact: true }).click()
  await teamPage(page, 'Platform').getByRole('button', { name: 'Delete team' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete team “Platform”' })
  // The write takes as long as the test says: the person goes to the board meanwhile.
  let release = await holdStoreWrites(page)
  await dialog.getByRole('button', { name: 'Delete team' }).click()
  await showView(page, 'Board')
  await release()
  await expect(page.getByRole('tab', { name: 'Board', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Team Platform deleted' })).toBeVisible()

  await showView(page, 'Team')
  release = await holdStoreWrites(page)
  await teamNav(page).getByLabel('New team name').fill('Parsing')
  await teamNav(page).getByLabel('New team name').press('Enter')
  await showView(page, 'Board')
  await release()
  await boardIdle(page)
  await expect(page.getByRole('tab', { name: 'Board', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await showView(page, 'Team')
  await expect(teamNames(page)).toHaveText(['Search', 'Parsing'])
})
