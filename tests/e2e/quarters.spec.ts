/**
 * Quarters as a person runs them: switch between them, refuse a quarter
 * that exists (and open it instead), rename, change settings, delete and
 * undo, start the next quarter and check what was carried, undo that.
 */
import type { Locator, Page } from '@playwright/test'
import {
  card,
  column,
  exampleQuarter,
  expect,
  freshApp,
  reloadApp,
  test,
  menuAction,
  menuButton,
  outsideMessages,
} from './fixtures'
import { createQuarter, quickAdd } from './board.helpers'
import { expectEditorText } from './helpers/wikitextEditor'
import {
  chooseOption,
  expectChosen,
  optionNames,
  quarterNames,
  quarterSwitcher,
  switchQuarter,
} from './helpers/select'
import { desktopStandIn, type DesktopStandIn } from './helpers/desktopStandIn'

type MenuListener = Parameters<DesktopStandIn['onMenuCommand']>[0]

test.describe.configure({ timeout: 90_000 })

const Q2_LABEL = 'Wikimedia Technology · FY2019–20 Q2 · October – December 2019'

/** The label of the quarter the switcher shows. */
function shownQuarter(page: Page): Locator {
  return quarterSwitcher(page)
}

/** Creates a quarter with "New quarter" in the header (department prefilled from the open one). */
async function newQuarter(page: Page, quarter: string, department?: string): Promise<Locator> {
  await menuAction(page, 'New quarter')
  const dialog = page.getByRole('dialog', { name: 'New quarter' })
  if (department !== undefined) await dialog.getByLabel('Department name').fill(department)
  await dialog.getByLabel('Year the fiscal year starts').fill('2019')
  await chooseOption(dialog, 'Quarter', quarter)
  await dialog.getByRole('button', { name: 'Create quarter' }).click()
  return dialog
}

/** Shows only the cards whose text matches, whatever the column's length. */
async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search goals').fill(text)
}

test('switches between quarters, each with its own goals, and comes back to the last one', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page, 'Wikimedia Technology', '2019', 'Q2')
  await quickAdd(page, 'To do', ['Plan the offsite'])
  const dialog = await newQuarter(page, 'Q3')
  await expect(dialog).toBeHidden()
  await expect(shownQuarter(page)).toHaveText(
    'Wikimedia Technology · FY2019–20 Q3 · January – March 2020',
  )
  await expect(card(page, 'Plan the offsite')).toHaveCount(0)
  await quickAdd(page, 'To do', ['Hire two engineers'])

  // Quarters are grouped by fiscal year, newest first.
  await newQuarter(page, 'Q4')
  await menuAction(page, 'New quarter')
  const again = page.getByRole('dialog', { name: 'New quarter' })
  await again.getByLabel('Year the fiscal year starts').fill('2020')
  await chooseOption(again, 'Quarter', 'Q1')
  await again.getByRole('button', { name: 'Create quarter' }).click()
  await expect(shownQuarter(page)).toContainText('FY2020–21 Q1')
  await quarterSwitcher(page).click()
  const groups = page.getByRole('listbox').getByRole('group')
  await expect(groups).toHaveCount(2)
  await expect(groups.nth(0)).toHaveAccessibleName('FY2020–21')
  await expect(groups.nth(1)).toHaveAccessibleName('FY2019–20')
  await expect(groups.nth(1).getByRole('option')).toHaveText([
    /FY2019–20 Q4/,
    /FY2019–20 Q3/,
    /FY2019–20 Q2/,
  ])
  await page.keyboard.press('Escape')
  await expect(groups).toHaveCount(0)

  await switchQuarter(page, Q2_LABEL)
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()
  await expect(card(page, 'Hire two engineers')).toHaveCount(0)
  await switchQuarter(page, 'Wikimedia Technology · FY2019–20 Q3 · January – March 2020')
  await expect(card(column(page, 'To do'), 'Hire two engineers')).toBeVisible()
  await expect(card(page, 'Plan the offsite')).toHaveCount(0)

  // A new window opens the quarter this one showed last.
  await reloadApp(page)
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q3')
  await expect(card(column(page, 'To do'), 'Hire two engineers')).toBeVisible()
})

test('refuses to create a quarter that exists, and opens it instead', async ({ page }) => {
  await freshApp(page)
  await createQuarter(page, 'Wikimedia Technology', '2019', 'Q2')
  await quickAdd(page, 'To do', ['Plan the offsite'])
  await newQuarter(page, 'Q3')
  await expect(shownQuarter(page)).toContainText('Q3')

  // The same department in other letters is the same quarter.
  const dialog = await newQuarter(page, 'Q2', 'wikimedia technology')
  const alert = outsideMessages(dialog.getByRole('alert'))
  await expect(alert).toContainText('Wikimedia Technology FY2019–20 Q2 already exists.')
  await alert.getByRole('button', { name: 'Open it' }).click()
  await expect(dialog).toBeHidden()
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q2')
  // The refused quarter was not made: still the two.
  await expect.poll(() => quarterNames(page)).toHaveLength(2)
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()
  await expect.poll(() => quarterNames(page)).toHaveLength(2)

  // Another department's Q2 is another quarter.
  await newQuarter(page, 'Q2', 'Audiences')
  await expect(shownQuarter(page)).toHaveText('Audiences · FY2019–20 Q2 · October – December 2019')
  await expect.poll(() => quarterNames(page)).toHaveLength(3)
})

test('renames a quarter, changes its settings, and deletes it with undo', async ({ page }) => {
  await freshApp(page)
  await createQuarter(page, 'Wikimedia Technology', '2019', 'Q2')
  await quickAdd(page, 'To do', ['Plan the offsite'])
  await newQuarter(page, 'Q3')
  await expect(shownQuarter(page)).toContainText('Q3')

  const openSettings = async () => {
    await menuAction(page, 'Quarter settings')
    return page.getByRole('dialog', { name: 'Quarter settings' })
  }
  // Renaming Q3 to Q2 would make a second Q2: refused, with Q2 on offer.
  let settings = await openSettings()
  await expect(settings.getByLabel('Department name')).toHaveValue('Wikimedia Technology')
  await chooseOption(settings, 'Quarter', 'Q2')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(outsideMessages(settings.getByRole('alert'))).toContainText(
    'Wikimedia Technology FY2019–20 Q2 already exists.',
  )
  await expect(settings.getByRole('button', { name: 'Open it' })).toBeVisible()
  await settings.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(settings).toBeHidden()

  // Rename the department, and change the title pattern and intro.
  settings = await openSettings()
  await settings.getByLabel('Department name').fill('Technology')
  await settings.getByLabel('Page title pattern').fill('{department}/Goals/{year}')
  await expect(outsideMessages(settings.getByRole('status'))).toHaveText(
    '{year} is not a placeholder and stays as written; use {department}, {fy} or {quarter}. Without both {fy} and {quarter}, quarters share page titles.',
  )
  await settings.getByLabel('Page title pattern').fill('{department}/Goals/FY{fy}/Q{quarter}')
  await expect(settings.getByText(/placeholder|share page titles/)).toBeHidden()
  await expect(settings.getByTestId('page-title')).toHaveText('Technology/Goals/FY2019-20/Q3')
  await settings.getByLabel('Intro text').fill('What Technology does this quarter.')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toBeHidden()
  await expect(shownQuarter(page)).toHaveText('Technology · FY2019–20 Q3 · January – March 2020')
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  await expect(page.getByText('Technology/Goals/FY2019-20/Q3', { exact: true })).toBeVisible()
  await expectEditorText(
    page.getByRole('textbox', { name: 'Wikitext', exact: true }),
    /What Technology does this quarter\./,
  )
  await page.getByRole('tab', { name: 'Board', exact: true }).click()
  // The rename is one step to undo.
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(shownQuarter(page)).toContainText('Wikimedia Technology · FY2019–20 Q3')

  // A fiscal year that starts in January: Q3 is July to September, the year is one year.
  settings = await openSettings()
  await expectChosen(settings, 'Month the fiscal year starts', 'July')
  await chooseOption(settings, 'Month the fiscal year starts', 'January')
  await expect(settings.getByTestId('period-label')).toHaveText('FY2019 Q3: July – September 2019')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toBeHidden()
  await expect(shownQuarter(page)).toHaveText(
    'Wikimedia Technology · FY2019 Q3 · July – September 2019',
  )
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(shownQuarter(page)).toHaveText(
    'Wikimedia Technology · FY2019–20 Q3 · January – March 2020',
  )

  // Delete Q2, after saying what goes with it; Undo brings it back, goals and all.
  await switchQuarter(page, Q2_LABEL)
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()
  settings = await openSettings()
  await settings.getByRole('button', { name: 'Delete quarter…' }).click()
  await expect(
    settings.getByText(/with its 1 team and 1 goal\? Undo brings it back\./),
  ).toBeVisible()
  // The safe answer has the focus.
  await expect(settings.getByRole('button', { name: 'Keep it' })).toBeFocused()
  await settings
    .getByRole('button', {
      name: 'Delete Wikimedia Technology FY2019–20 Q2 · October – December 2019',
    })
    .click()
  await expect(settings).toBeHidden()
  await expect.poll(() => quarterNames(page)).toHaveLength(1)
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q3')
  const message = page.getByRole('status').filter({ hasText: 'Deleted Wikimedia Technology' })
  await message.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => quarterNames(page)).toHaveLength(2)
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q2')
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()

  // Still there in a new window.
  await reloadApp(page)
  await expect.poll(() => quarterNames(page)).toHaveLength(2)
})

test('deleting the only quarter shows the first-run screen, and Undo brings it back', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page, 'Wikimedia Technology', '2019', 'Q2')
  await quickAdd(page, 'To do', ['Plan the offsite'])
  await menuAction(page, 'Quarter settings')
  const settings = page.getByRole('dialog', { name: 'Quarter settings' })
  await settings.getByRole('button', { name: 'Delete quarter…' }).click()
  await page.keyboard.press('Enter')
  // Enter on the focused "Keep it" keeps it.
  await expect(settings.getByRole('button', { name: 'Delete quarter…' })).toBeVisible()
  await settings.getByRole('button', { name: 'Delete quarter…' }).click()
  await settings.getByRole('button', { name: /^Delete Wikimedia Technology/ }).click()
  await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
  await expect(quarterSwitcher(page)).toHaveCount(0)
  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted Wikimedia Technology' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q2')
})

const CARRIED_BLOCKED =
  'Release Mediawiki History in JSON/CSV or mysql dump format (the best dataset to date measure content and contributors)'
const IN_PROGRESS = 'Deploy Entropy-based alarms'
const DONE = 'Initial (Stream) Config Service implementation in vagrant'
const POSTPONED = 'Resolve Kafka Connect HDFS Licensing issue'
const PERFORMANCE_GOAL = 'Publish 2 blog posts about performance'

/** From the example (Q2), starts Q3 leaving one goal and the whole of Performance behind. */
async function startQ3(page: Page): Promise<void> {
  await menuAction(page, 'Start next quarter')
  const dialog = page.getByRole('dialog', { name: 'Start next quarter' })
  // Prefilled with the quarter that follows.
  await expect(dialog.getByLabel('Department name')).toHaveValue('Wikimedia Technology')
  await expect(dialog.getByLabel('Year the fiscal year starts')).toHaveValue('2019')
  await expectChosen(dialog, 'Quarter', 'Q3')
  await expect(dialog.getByTestId('period-label')).toHaveText('FY2019–20 Q3: January – March 2020')

  // Every unfinished goal is listed and carried; done goals are not listed.
  await expect(dialog.getByRole('checkbox', { name: IN_PROGRESS })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: CARRIED_BLOCKED })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: POSTPONED })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: DONE })).toHaveCount(0)
  const summary = dialog.locator('.carry-summary')
  const total = Number(/of (\d+) unfinished/.exec((await summary.textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(20)
  await expect(summary).toContainText(`${total} of ${total} unfinished goals carried over`)

  // Leave one goal behind, and a whole team.
  await dialog.getByRole('checkbox', { name: POSTPONED }).uncheck()
  const performance = dialog.getByRole('checkbox', { name: 'Carry over every goal of Performance' })
  await expect(performance).toBeChecked()
  await performance.uncheck()
  await expect(dialog.getByRole('checkbox', { name: PERFORMANCE_GOAL })).not.toBeChecked()
  const analytics = dialog.getByRole('checkbox', { name: 'Carry over every goal of Analytics' })
  await expect(analytics).not.toBeChecked()
  await expect(analytics).toHaveJSProperty('indeterminate', true)
  await expect(summary).not.toContainText(`${total} of ${total}`)

  await dialog.getByRole('button', { name: 'Start next quarter' }).click()
  await expect(dialog).toBeHidden()
  await expect(shownQuarter(page)).toHaveText(
    'Wikimedia Technology · FY2019–20 Q3 · January – March 2020',
  )
}

test('starts the next quarter with the unfinished goals chosen, and leaves Q2 as it was', async ({
  page,
}) => {
  await exampleQuarter(page)
  await startQ3(page)
  await expect(
    page.getByRole('status').filter({ hasText: /Started FY2019–20 Q3 .* carried over from Q2\./ }),
  ).toBeVisible()

  // Carried: In progress stays, Blocked starts as To do, both marked continued from Q2.
  await search(page, IN_PROGRESS)
  const inProgress = card(column(page, 'In progress'), IN_PROGRESS)
  await expect(inProgress).toBeVisible()
  await expect(inProgress).toContainText('Continued from Q2')
  await search(page, 'Release Mediawiki History')
  const blocked = card(column(page, 'To do'), CARRIED_BLOCKED)
  await expect(blocked).toBeVisible()
  await expect(blocked).toContainText('Continued from Q2')
  // Left behind: the one goal, Performance's goals, and every done goal.
  for (const text of [POSTPONED, PERFORMANCE_GOAL, DONE]) {
    await search(page, text)
    await expect(card(page, text)).toHaveCount(0)
  }
  await search(page, '')
  await expect(column(page, 'Done').getByRole('listitem')).toHaveCount(0)
  // The teams came along, Performance too.
  const teams = await optionNames(page, 'Team filter')
  for (const team of ['Analytics', 'Performance', 'Site Reliability Engineering']) {
    expect(teams.filter((name) => name === team)).toHaveLength(1)
  }

  // The page shows the marker as a field of its own.
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  const wikitext = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expectEditorText(wikitext, /Deploy Entropy-based alarms.*\(continued from Q2\)/)
  await expectEditorText(wikitext, /Wikimedia Technology\/Goals\/2019-20 Q2/)
  // The intro names the new quarter, as the old one named its own.
  await expectEditorText(wikitext, /Team Goals and Status for Q3 FY19\/20 in support/)
  await page.getByRole('tab', { name: 'Board', exact: true }).click()

  // Q2 is unchanged.
  await switchQuarter(page, Q2_LABEL)
  await search(page, POSTPONED)
  await expect(card(column(page, 'Postponed'), POSTPONED)).toBeVisible()
  await search(page, DONE)
  await expect(card(column(page, 'Done'), DONE)).toBeVisible()
  await search(page, CARRIED_BLOCKED.slice(0, 30))
  const old = card(column(page, 'Blocked'), CARRIED_BLOCKED)
  await expect(old).toBeVisible()
  await expect(old).not.toContainText('Continued from')
})

test('undoes starting the next quarter whole, and redoes it', async ({ page }) => {
  await exampleQuarter(page)
  await startQ3(page)
  await expect.poll(() => quarterNames(page)).toHaveLength(2)

  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Start next quarter: undone.' }),
  ).toBeVisible()
  await expect.poll(() => quarterNames(page)).toHaveLength(1)
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q2')
  await search(page, DONE)
  await expect(card(column(page, 'Done'), DONE)).toBeVisible()

  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q3')
  await expect.poll(() => quarterNames(page)).toHaveLength(2)

  // From Q2 again, Q3 exists: refused, with Q3 on offer.
  await switchQuarter(page, Q2_LABEL)
  await menuAction(page, 'Start next quarter')
  const dialog = page.getByRole('dialog', { name: 'Start next quarter' })
  await dialog.getByRole('button', { name: 'Start next quarter' }).click()
  await expect(outsideMessages(dialog.getByRole('alert'))).toContainText(
    'Wikimedia Technology FY2019–20 Q3 already exists.',
  )
  await dialog.getByRole('button', { name: 'Open it' }).click()
  await expect(dialog).toBeHidden()
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q3')
  await expect.poll(() => quarterNames(page)).toHaveLength(2)

  // Undone with the keyboard, it stays undone in a new window.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect.poll(() => quarterNames(page)).toHaveLength(1)
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q2')
  await reloadApp(page)
  await expect.poll(() => quarterNames(page)).toHaveLength(1)
})

test('starts the next quarter and takes it back with the keyboard alone', async ({ page }) => {
  await freshApp(page)
  await createQuarter(page, 'Wikimedia Technology', '2019', 'Q4')
  await quickAdd(page, 'To do', ['Plan the offsite'])
  // From the header's menu button on, keys only: Enter opens the menu on its first item.
  await menuButton(page).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'New quarter' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Start next quarter' })).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Start next quarter' })
  // The department has the focus; Q4 is followed by Q1 of the next fiscal year.
  await expect(dialog.getByLabel('Department name')).toBeFocused()
  await expect(dialog.getByTestId('period-label')).toHaveText('FY2020–21 Q1: July – September 2020')
  // Year, quarter, month, "Carry all", "Leave all behind", then the team.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab')
  await expect(
    dialog.getByRole('checkbox', { name: 'Carry over every goal of Analytics' }),
  ).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('checkbox', { name: 'Plan the offsite' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('checkbox', { name: 'Plan the offsite' })).not.toBeChecked()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Start next quarter' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(shownQuarter(page)).toContainText('FY2020–21 Q1')
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toContainText('Continued from Q4')

  await page.keyboard.press('Control+z')
  await expect(shownQuarter(page)).toContainText('FY2019–20 Q4')
  await expect.poll(() => quarterNames(page)).toHaveLength(1)
})

test('the desktop menu opens Start next quarter and Quarter settings, switches views, adds a goal, undoes and redoes', async ({
  page,
}) => {
  // The desktop app's preload, letting the test choose menu items as main sends them.
  await desktopStandIn(page)
  await page.addInitScript(() => {
    const listeners: MenuListener[] = []
    Object.assign(window, {
      chooseMenuItem: (command: Parameters<MenuListener>[0]) =>
        listeners.forEach((listener) => listener(command)),
    })
    ;(window as unknown as { quarterdeck: DesktopStandIn }).quarterdeck.onMenuCommand = (
      listener,
    ) => {
      listeners.push(listener)
      return () => void listeners.splice(listeners.indexOf(listener), 1)
    }
  })
  const choose = (command: string) =>
    page.evaluate((name) => {
      ;(window as unknown as { chooseMenuItem(name: string): void }).chooseMenuItem(name)
    }, command)
  await exampleQuarter(page)

  await choose('quarter-settings')
  const settings = page.getByRole('dialog', { name: 'Quarter settings' })
  await expect(settings.getByLabel('Department name')).toHaveValue('Wikimedia Technology')
  await settings.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(settings).toBeHidden()

  await choose('next-quarter')
  const next = page.getByRole('dialog', { name: 'Start next quarter' })
  await expectChosen(next, 'Quarter', 'Q3')
  await expect(next.getByRole('checkbox', { name: IN_PROGRESS })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(next).toBeHidden()
  await expect(shownQuarter(page)).toContainText('Q2')

  const tab = (name: string) =>
    page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true })
  await choose('show-team')
  await expect(tab('Team')).toHaveAttribute('aria-selected', 'true')
  await choose('show-activity')
  await expect(tab('Activity')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Activity' })).toBeVisible()
  await choose('show-board')
  await expect(tab('Board')).toHaveAttribute('aria-selected', 'true')

  // File → New Goal, then Edit → Undo Board Change and Redo Board Change.
  await choose('new-goal')
  const form = column(page, 'To do').getByRole('form', { name: 'New goal in To do' })
  await expect(form.getByLabel('Goal text')).toBeFocused()
  await page.keyboard.type('Plan the offsite')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await search(page, 'Plan the offsite')
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()
  await choose('undo')
  await expect(card(page, 'Plan the offsite')).toHaveCount(0)
  await choose('redo')
  await expect(card(column(page, 'To do'), 'Plan the offsite')).toBeVisible()
})
