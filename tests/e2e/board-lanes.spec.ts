/**
 * The board across many teams: swimlanes, filters with chips, progress,
 * undo and redo from keys and buttons, the shortcuts list, and a goal
 * created, moved and edited with the keyboard alone.
 */
import type { Locator, Page } from '@playwright/test'
import { card, column, dragCard, exampleQuarter, expect, reloadApp, test } from './fixtures'
import { afterFrames, cardTexts, freshQuarter, quickAdd } from './board.helpers'
import { addTeam, showView } from './team.helpers'
import { chooseOption, expectChosen } from './helpers/select'
import { releaseDrag } from './helpers/pointerDrag'

// Whole journeys of many steps, on a 2-core machine shared with other work.
test.describe.configure({ timeout: 240_000 })
// Tall enough for two open lanes on screen at once.
test.use({ viewport: { width: 1600, height: 1300 } })

function lane(page: Page, team: string): Locator {
  return page.getByRole('region', { name: `${team} lane`, exact: true })
}

/** A status column of a lane: a group inside the lane's region (the lane is the landmark). */
function laneColumn(page: Page, team: string, status: string): Locator {
  return lane(page, team).getByRole('group', { name: status, exact: true })
}

/** The board toolbar's "Swimlanes by team" switch. */
function lanesSwitch(page: Page): Locator {
  return page.getByRole('switch', { name: 'Swimlanes by team' })
}

function quarterProgress(page: Page): Locator {
  return page.getByRole('group', { name: /^Quarter progress:/ })
}

async function idle(page: Page): Promise<void> {
  await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
}

/**
 * Drags with the real mouse (dragCard waits on the one board's busy flag; lanes
 * are several boards); `shift` holds Shift from before the release. */
async function drag(page: Page, source: Locator, target: Locator, shift: boolean) {
  await idle(page)
  await source.scrollIntoViewIfNeeded()
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag: card or target not visible')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 6, from.y + from.height / 2 + 6, { steps: 2 })
  await page.mouse.move(from.x + from.width / 2 + 14, from.y + from.height / 2 + 14, { steps: 2 })
  if (shift) await page.keyboard.down('Shift')
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 10 })
  await page.mouse.move(to.x + to.width / 2, to.y + 41)
  await releaseDrag(page)
  if (shift) await page.keyboard.up('Shift')
}

const CHANGEPROP = 'Migrate Service - changeprop'
const HADOOP = 'Deploy hadoop client to dump hosts'

test('swimlanes: toggle, collapse kept across a reload, drags stay in their lane unless Shift says otherwise', async ({
  page,
}) => {
  await exampleQuarter(page)
  await expect(lanesSwitch(page)).toHaveAttribute('aria-checked', 'false')
  await lanesSwitch(page).click()
  await expect(lanesSwitch(page)).toHaveAttribute('aria-checked', 'true')
  await expect(lane(page, 'Analytics')).toBeVisible()
  // Sub-teams come under their parent, named with it.
  const names = await page
    .locator('[data-lane-team]')
    .evaluateAll((lanes) => lanes.map((l) => l.getAttribute('aria-label')))
  const sre = names.indexOf('Site Reliability Engineering lane')
  expect(sre).toBeGreaterThan(0)
  expect(names[sre + 1]).toMatch(/^Site Reliability Engineering › /)

  // Collapse a lane; it stays collapsed (and lanes stay on) after a reload.
  await lane(page, 'Performance').getByRole('button', { name: 'Performance', exact: true }).click()
  await expect(
    lane(page, 'Performance').getByRole('button', { name: 'Performance', exact: true }),
  ).toHaveAttribute('aria-expanded', 'false')
  await expect(laneColumn(page, 'Performance', 'To do')).toHaveCount(0)
  await reloadApp(page)
  await expect(lane(page, 'Analytics')).toBeVisible()
  await expect(lanesSwitch(page)).toHaveAttribute('aria-checked', 'true')
  await expect(
    lane(page, 'Performance').getByRole('button', { name: 'Performance', exact: true }),
  ).toHaveAttribute('aria-expanded', 'false')
  await expect(laneColumn(page, 'Performance', 'To do')).toHaveCount(0)

  // A drag within a lane moves the card between its columns.
  await drag(
    page,
    card(laneColumn(page, 'Analytics', 'In progress'), HADOOP),
    laneColumn(page, 'Analytics', 'Done'),
    false,
  )
  await expect(card(laneColumn(page, 'Analytics', 'Done'), HADOOP)).toBeVisible()

  // Released in another lane without Shift: it stays in its team, and the board says how.
  // (Upwards, into the first lane: the lanes cannot scroll under the pointer there.)
  await drag(
    page,
    card(laneColumn(page, 'Core Platform', 'To do'), CHANGEPROP),
    laneColumn(page, 'Analytics', 'To do'),
    false,
  )
  await expect(
    page.getByText(/stays in its team\. To move it to Analytics, hold Shift/),
  ).toBeVisible()
  await expect(card(laneColumn(page, 'Core Platform', 'To do'), CHANGEPROP)).toBeVisible()
  await expect(card(lane(page, 'Analytics'), CHANGEPROP)).toHaveCount(0)

  // With Shift held, it moves to that team, in the column it was dropped on.
  await drag(
    page,
    card(laneColumn(page, 'Core Platform', 'To do'), CHANGEPROP),
    laneColumn(page, 'Analytics', 'To do'),
    true,
  )
  const moved = card(laneColumn(page, 'Analytics', 'To do'), CHANGEPROP)
  await expect(moved).toBeVisible()
  await expect(moved).toHaveAccessibleName(/^Migrate Service - changeprop, Analytics, To do/)
  await expect(card(lane(page, 'Core Platform'), CHANGEPROP)).toHaveCount(0)

  // One undo puts it back in its team.
  await idle(page)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(card(laneColumn(page, 'Core Platform', 'To do'), CHANGEPROP)).toBeVisible()
  await expect(card(lane(page, 'Analytics'), CHANGEPROP)).toHaveCount(0)

  // Off again: the plain board.
  await lanesSwitch(page).click()
  await expect(lanesSwitch(page)).toHaveAttribute('aria-checked', 'false')
  await expect(page.locator('[data-lane-team]')).toHaveCount(0)
  await expect(card(column(page, 'Done'), HADOOP)).toBeVisible()
})

test('the swimlanes switch: Space or its label turns it on and off, the focus ring shown', async ({
  page,
}) => {
  await exampleQuarter(page)
  const toggle = lanesSwitch(page)
  // Back to it from the control after it, as a person tabs.
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).focus()
  await page.keyboard.press('Shift+Tab')
  await expect(toggle).toBeFocused()
  expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(lane(page, 'Analytics')).toBeVisible()
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await expect(page.locator('[data-lane-team]')).toHaveCount(0)
  // The words beside it are its label: clicking them flips it too.
  await page.locator('.board-toolbar').getByText('Swimlanes by team', { exact: true }).click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(lane(page, 'Analytics')).toBeVisible()
})

test('filters combine, show as removable chips and are kept across a reload', async ({ page }) => {
  await exampleQuarter(page)
  const summary = page.locator('.filter-summary')
  const total = (await summary.textContent()) ?? ''
  expect(total).toMatch(/^\d+ goals$/)

  await chooseOption(page, 'Team filter', 'Site Reliability Engineering')
  const chips = page.getByRole('list', { name: 'Active filters' })
  await expect(chips.getByRole('listitem')).toHaveText([
    /Team: Site Reliability Engineering \(with sub-teams\)/,
  ])
  // Sub-teams' goals are in (their cards name the parent first); other teams' are not.
  await expect(
    page
      .getByRole('listitem', { name: /, Site Reliability Engineering › Service Operations, / })
      .first(),
  ).toBeVisible()
  await expect(page.getByRole('listitem', { name: /, Analytics, / })).toHaveCount(0)
  const sreOnly = await summary.textContent()

  await chooseOption(page, 'Status filter', 'To do')
  await expect(chips.getByRole('listitem')).toHaveCount(2)
  for (const status of ['In progress', 'Done', 'Blocked']) {
    await expect(column(page, status).getByRole('listitem')).toHaveCount(0)
  }
  const todo = await cardTexts(page, 'To do')
  expect(todo.length).toBeGreaterThan(0)

  await reloadApp(page)
  await expect(chips.getByRole('listitem')).toHaveText([
    /Team: Site Reliability Engineering/,
    /Status: To do/,
  ])
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(todo)
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveCount(0)

  await page.getByRole('button', { name: 'Remove filter Status: To do' }).click()
  await expect(summary).toHaveText(sreOnly ?? '')
  await page.getByLabel('Search goals').fill('zzz no such goal')
  await expect(summary).toHaveText(/^Showing 0 of /)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(summary).toHaveText(total)
  await expect(chips).toHaveCount(0)
})

test('filters by priority group and by stretch, as chips kept across a reload', async ({
  page,
}) => {
  await exampleQuarter(page)
  const chips = page.getByRole('list', { name: 'Active filters' })
  const labels = () =>
    page.locator('li[data-goal-id]').evaluateAll((cards) => cards.map((c) => c.ariaLabel ?? ''))

  await chooseOption(page, 'Group filter', 'Research › Address Knowledge Gaps')
  await expect(chips.getByRole('listitem')).toHaveText([/Group: Research › Address Knowledge Gaps/])
  await expect
    .poll(labels)
    .toContain('Finalize the taxonomy of readership gaps, Research, Address Knowledge Gaps, To do')
  for (const label of await labels()) expect(label).toMatch(/, Research, Address Knowledge Gaps, /)

  // Stretch goals only, with the group: both must hold.
  await chooseOption(page, 'Stretch filter', 'Stretch goals only')
  await expect(chips.getByRole('listitem')).toHaveText([
    /Group: Research › Address Knowledge Gaps/,
    /Stretch goals only/,
  ])
  await expect.poll(labels).toEqual([])
  await page
    .getByRole('button', { name: 'Remove filter Group: Research › Address Knowledge Gaps' })
    .click()
  // The example quarter's two stretch goals, whatever their team.
  const stretchGoals = [
    'Enable cross-wiki searching for 3+ new languages/projects, Search Platform, Core Work, To do, stretch goal',
    'Proof of Concept SPARQL endpoint for SDoC is available on WMCS and updated weekly., Search Platform, Structured Data, To do, stretch goal',
  ]
  await expect.poll(labels).toEqual(stretchGoals)

  await reloadApp(page)
  await expect(chips.getByRole('listitem')).toHaveText([/Stretch goals only/])
  await expectChosen(page, 'Stretch filter', 'Stretch goals only')
  await expect.poll(labels).toEqual(stretchGoals)

  await chooseOption(page, 'Stretch filter', 'No stretch goals')
  await expect(chips.getByRole('listitem')).toHaveText([/No stretch goals/])
  await expect.poll(async () => (await labels()).length).toBeGreaterThan(20)
  for (const label of await labels()) expect(label).not.toMatch(/, stretch goal(,|$)/)
  await page.getByRole('button', { name: 'Remove filter No stretch goals' }).click()
  await expect(chips).toHaveCount(0)
  await expectChosen(page, 'Stretch filter', 'Stretch and other goals')
})

test('progress bars update as a card moves, and so does the quarter summary', async ({ page }) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Superset upgrade', 'Presto experiments'])
  await expect(quarterProgress(page)).toHaveAccessibleName(
    'Quarter progress: 0 of 2 goals done (0%); To do 2',
  )
  await dragCard(page, card(column(page, 'To do'), 'Presto experiments'), column(page, 'Done'))
  await expect(quarterProgress(page)).toHaveAccessibleName(
    'Quarter progress: 1 of 2 goals done (50%); To do 1, Done 1',
  )
  await lanesSwitch(page).click()
  await expect(page.getByRole('group', { name: /^Analytics progress:/ })).toHaveAccessibleName(
    'Analytics progress: 1 of 2 goals done (50%); To do 1, Done 1',
  )
  await drag(
    page,
    card(laneColumn(page, 'Analytics', 'To do'), 'Superset upgrade'),
    laneColumn(page, 'Analytics', 'Done'),
    false,
  )
  await expect(page.getByRole('group', { name: /^Analytics progress:/ })).toHaveAccessibleName(
    'Analytics progress: 2 of 2 goals done (100%); Done 2',
  )
  await expect(quarterProgress(page)).toHaveAccessibleName(
    'Quarter progress: 2 of 2 goals done (100%); Done 2',
  )
  // The team's own section shows it too.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Team' }).click()
  await expect(
    page
      .getByRole('region', { name: 'Team Analytics', exact: true })
      .getByRole('group', { name: /^Analytics progress:/ }),
  ).toHaveAccessibleName('Analytics progress: 2 of 2 goals done (100%); Done 2')
})

test('a team’s section shows its progress with its sub-teams, the goals its filter shows', async ({
  page,
}) => {
  await exampleQuarter(page)
  await chooseOption(page, 'Team filter', 'Site Reliability Engineering')
  const shown = /^Showing (\d+) of /.exec(
    (await page.locator('.filter-summary').textContent()) ?? '',
  )
  const count = Number(shown?.[1])
  expect(count).toBeGreaterThan(10)
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Team' }).click()
  await page
    .getByRole('complementary', { name: 'Teams' })
    .getByRole('button', { name: 'Site Reliability Engineering', exact: true })
    .click()
  await expect(
    page
      .getByRole('region', { name: 'Team Site Reliability Engineering', exact: true })
      .getByRole('group', { name: /progress:/ }),
  ).toHaveAccessibleName(
    new RegExp(
      `^Site Reliability Engineering with its sub-teams progress: \\d+ of ${count} goals done \\(\\d+%\\); To do \\d+`,
    ),
  )
})

test('undo and redo across adds, moves and edits, with the keys and the buttons', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Superset upgrade', 'Presto experiments'])
  await dragCard(page, card(column(page, 'To do'), 'Superset upgrade'), column(page, 'Blocked'))
  await expect(card(column(page, 'Blocked'), 'Superset upgrade')).toBeVisible()
  await card(page, 'Presto experiments').click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  await editor.getByLabel('Goal text').fill('Presto experiments on Hadoop')
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor).toBeHidden()
  await expect(card(page, 'Presto experiments on Hadoop')).toBeVisible()

  const mod = process.platform === 'darwin' ? 'Meta' : 'Control'
  await page.locator('body').click({ position: { x: 5, y: 600 } })
  await idle(page)
  await page.keyboard.press(`${mod}+z`)
  await expect(card(page, 'Presto experiments on Hadoop')).toHaveCount(0)
  await expect(card(column(page, 'To do'), 'Presto experiments')).toBeVisible()
  await idle(page)
  await page.keyboard.press(`${mod}+z`)
  await expect(card(column(page, 'To do'), 'Superset upgrade')).toBeVisible()
  await idle(page)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(cardTexts(page, 'To do')).resolves.toEqual(['Superset upgrade'])

  await idle(page)
  await page.keyboard.press(`${mod}+Shift+z`)
  await expect
    .poll(() => cardTexts(page, 'To do'))
    .toEqual(['Superset upgrade', 'Presto experiments'])
  await idle(page)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(card(column(page, 'Blocked'), 'Superset upgrade')).toBeVisible()
  await idle(page)
  await page.keyboard.press(`${mod}+y`)
  await expect(card(page, 'Presto experiments on Hadoop')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
  // Kept as redone after a reload (undo needs not survive one; the data must).
  await reloadApp(page)
  await expect(card(column(page, 'Blocked'), 'Superset upgrade')).toBeVisible()
  await expect(card(page, 'Presto experiments on Hadoop')).toBeVisible()
})

test('"?" lists every shortcut, from the same table the keys use', async ({ page }) => {
  await freshQuarter(page)
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const [keys, what] of [
    ['Ctrl+Z', 'Undo the last change'],
    ['Ctrl+Shift+Z or Ctrl+Y', 'Redo what was undone last'],
    ['N', 'New goal (quick add in To do)'],
    ['/ or Ctrl+F', 'Search goals'],
    ['Enter or E', 'Edit the focused card'],
    ['Ctrl+↑ / Ctrl+↓', 'Focus a card in the lane above or below (swimlanes)'],
    ['L', 'Swimlanes by team on or off'],
    ['2', 'Show the team view'],
    ['3', 'Show the activity'],
    ['4', 'Show the wiki export'],
    ['F8', 'Go to the messages (Tab moves through them, Escape dismisses one)'],
  ]) {
    await expect(dialog.getByRole('row', { name: `${keys} ${what}` })).toBeVisible()
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The keys it lists work: L turns swimlanes on, 1 to 5 show the views in the order of the tabs.
  await quickAdd(page, 'To do', ['Superset upgrade'])
  await page.locator('body').click({ position: { x: 5, y: 600 } })
  await page.keyboard.press('l')
  await expect(lane(page, 'Analytics')).toBeVisible()
  await expect(lanesSwitch(page)).toHaveAttribute('aria-checked', 'true')
  const tab = (name: string) =>
    page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true })
  for (const [key, view] of [
    ['2', 'Team'],
    ['3', 'Activity'],
    ['4', 'Export'],
    ['5', 'Import'],
  ] as const) {
    await page.keyboard.press(key)
    await expect(tab(view)).toHaveAttribute('aria-selected', 'true')
  }
  await expect(page.getByRole('region', { name: 'Activity' })).toHaveCount(0)
  await page.keyboard.press('3')
  await expect(page.getByRole('region', { name: 'Activity' })).toBeVisible()
  await page.keyboard.press('2')
  await expect(page.getByRole('region', { name: 'Team Analytics', exact: true })).toBeVisible()
  await page.keyboard.press('1')
  await expect(lane(page, 'Analytics')).toBeVisible()
})

test('keyboard only: create goals, move the focus, move a goal and edit it', async ({ page }) => {
  await freshQuarter(page)
  await page.locator('body').click({ position: { x: 5, y: 600 } })
  await page.keyboard.press('n')
  const form = column(page, 'To do').getByRole('form', { name: 'New goal in To do' })
  await expect(form).toBeVisible()
  // The goal text has the focus; the plan's first team is named in the field after it.
  await page.keyboard.type('Superset upgrade')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Analytics')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(card(column(page, 'To do'), 'Superset upgrade')).toBeVisible()
  await expect(form.getByLabel('Goal text')).toBeFocused()
  await page.keyboard.type('Presto experiments')
  await page.keyboard.press('Enter')
  await expect(card(column(page, 'To do'), 'Presto experiments')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()

  // From the "Add goal" button back to the last card, then up with the arrow.
  await page.keyboard.press('Shift+Tab')
  await expect(card(page, 'Presto experiments')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(card(page, 'Superset upgrade')).toBeFocused()

  // Pick it up, carry it two columns right, drop it; the live region says where it is.
  const live = page.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  await expect(live).toHaveText(/^Picked up goal Superset upgrade/)
  await afterFrames(page, 3)
  await page.keyboard.press('ArrowRight')
  await expect(live).toHaveText(/is over In progress/)
  await page.keyboard.press('ArrowRight')
  await expect(live).toHaveText(/is over Done/)
  await page.keyboard.press('Space')
  await expect(card(column(page, 'Done'), 'Superset upgrade')).toBeVisible()
  await expect(card(page, 'Superset upgrade')).toBeFocused()

  // Arrows move the focus between columns; E edits the focused card.
  await page.keyboard.press('ArrowLeft')
  await expect(card(page, 'Presto experiments')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(card(page, 'Superset upgrade')).toBeFocused()
  await page.keyboard.press('e')
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  await expect(editor).toBeVisible()
  await editor.getByLabel('Goal text').press('End')
  await page.keyboard.type(' to 1.0')
  await page.keyboard.press('Tab')
  // Tab through to Save and press it, as a keyboard user does.
  const save = editor.getByRole('button', { name: 'Save', exact: true })
  for (let i = 0; i < 30 && !(await save.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(save).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(card(column(page, 'Done'), 'Superset upgrade to 1.0')).toBeFocused()
})

test('Ctrl+↓ and Ctrl+↑ take the focus through every lane in turn, also lanes scrolled out of view', async ({
  page,
}) => {
  // A short window: most lanes start far below the view, their cards not yet mounted.
  await page.setViewportSize({ width: 1600, height: 700 })
  await exampleQuarter(page)
  await lanesSwitch(page).click()
  await expect(lane(page, 'Analytics')).toBeVisible()
  const lanes = await page
    .locator('[data-lane-team]')
    .evaluateAll((all) =>
      all
        .filter((l) => !/^0 goals$/.test(l.querySelector('.swimlane-count')?.textContent ?? ''))
        .map((l) => l.getAttribute('data-lane-name')),
    )
  expect(lanes.length).toBeGreaterThan(8)
  const focusedLane = () =>
    page.evaluate(() =>
      document.activeElement?.closest('[data-lane-team]')?.getAttribute('data-lane-name'),
    )
  await lane(page, lanes[0] ?? '')
    .locator('li[data-goal-id]')
    .first()
    .focus()
  const visited = [await focusedLane()]
  for (let i = 1; i < lanes.length; i++) {
    await page.keyboard.press('Control+ArrowDown')
    await expect.poll(focusedLane).not.toBe(visited.at(-1))
    visited.push(await focusedLane())
  }
  expect(visited).toEqual(lanes)
  // Past the last lane the focus stays; Ctrl+↑ goes back one lane.
  await page.keyboard.press('Control+ArrowDown')
  expect(await focusedLane()).toBe(lanes.at(-1))
  await page.keyboard.press('Control+ArrowUp')
  await expect.poll(focusedLane).toBe(lanes.at(-2))
  await expect(page.locator(':focus')).toBeInViewport()
})

test('Ctrl+↓ passes empty lanes and reaches a lane far below, whose cards were not mounted yet', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Superset upgrade'])
  await showView(page, 'Team')
  // Eight teams without goals between Analytics and Performance: lanes of empty columns.
  for (let i = 1; i <= 8; i++) await addTeam(page, `Team ${i}`)
  await addTeam(page, 'Performance')
  await showView(page, 'Board')
  await quickAdd(page, 'In progress', ['Measure first paint'], 'Performance')
  await page.setViewportSize({ width: 1600, height: 500 })
  await lanesSwitch(page).click()
  await expect(lane(page, 'Performance')).toBeAttached()
  // Far below the view: not mounted until it comes near.
  await expect(lane(page, 'Performance').locator('li[data-goal-id]')).toHaveCount(0)

  await card(laneColumn(page, 'Analytics', 'To do'), 'Superset upgrade').focus()
  await page.keyboard.press('Control+ArrowDown')
  const measure = card(laneColumn(page, 'Performance', 'In progress'), 'Measure first paint')
  await expect(measure).toBeFocused()
  await expect(measure).toBeInViewport()
  // And back up past the empty lanes, to the first one, scrolled away meanwhile.
  await page.keyboard.press('Control+ArrowUp')
  const superset = card(laneColumn(page, 'Analytics', 'To do'), 'Superset upgrade')
  await expect(superset).toBeFocused()
  await expect(superset).toBeInViewport()
})
