import {
  boardIdle,
  card,
  column,
  dragCard,
  expect,
  reloadApp,
  test,
  outsideMessages,
} from './fixtures'
import { cardTexts, columnCount, freshQuarter, quickAdd } from './board.helpers'
import { chooseOption, expectChosen } from './helpers/select'

test.describe('goals', () => {
  // Whole user journeys of many steps: more time than the default on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 })

  test('the editor validates task ids, saves every field, and creates teams and groups', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Migrate eventlogging to python3'])
    await card(page, 'Migrate eventlogging to python3').click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    await expect(editor).toBeVisible()

    await editor.getByLabel('Goal text').fill('Migrate EventLogging to Python 3')
    await editor.getByLabel('Phabricator tasks').fill('T234593, 12345')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(outsideMessages(editor.getByRole('alert'))).toContainText(
      'Not a Phabricator task id: "12345"',
    )
    // Nothing was saved. Cancel asks before throwing the changes away; Escape keeps editing.
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click()
    const question = editor.getByText('Discard the changes you made to this goal?')
    await expect(question).toBeVisible()
    await expect(editor.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(question).toBeHidden()
    await expect(editor.getByLabel('Goal text')).toHaveValue('Migrate EventLogging to Python 3')
    await page.keyboard.press('Escape')
    await expect(question).toBeVisible()
    await editor.getByRole('button', { name: 'Discard changes' }).click()
    await expect(editor).toBeHidden()
    await expect(card(page, 'Migrate eventlogging to python3')).toBeVisible()
    // The focus goes back to the card that opened the editor, as it does after Escape.
    await expect(card(page, 'Migrate eventlogging to python3')).toBeFocused()
    await card(page, 'Migrate eventlogging to python3').press('Enter')
    await expect(editor).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await expect(card(page, 'Migrate eventlogging to python3')).toBeFocused()

    await card(page, 'Migrate eventlogging to python3').press('Enter')
    await expect(editor).toBeVisible()
    await editor.getByLabel('Goal text').fill('')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(outsideMessages(editor.getByRole('alert'))).toHaveText(
      'Goal text cannot be empty.',
    )

    await editor.getByLabel('Goal text').fill('Migrate EventLogging to Python 3')
    await editor.getByLabel('Phabricator tasks').fill('T234593 t159170')
    await editor.getByLabel('Note').fill('this work continues from Q1')
    await editor.getByLabel('Stretch goal').check()
    await editor.getByRole('button', { name: 'New team…' }).click()
    await editor.getByLabel('New team name').fill('Core Platform')
    await editor.getByLabel('New team name').press('Enter')
    await expectChosen(editor, 'Team', 'Core Platform')
    await editor.getByRole('button', { name: 'New priority group…' }).click()
    await editor.getByLabel('New priority group title').fill('Reduce platform Complexity')
    await editor.getByLabel('New priority group title').press('Enter')
    await expectChosen(editor, 'Priority group', 'Reduce platform Complexity')
    await chooseOption(editor, 'Status', 'Done')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor).toBeHidden()

    const edited = card(column(page, 'Done'), 'Migrate EventLogging to Python 3')
    await expect(edited).toHaveAccessibleName(
      'Migrate EventLogging to Python 3, Core Platform, Reduce platform Complexity, Done, stretch goal, tasks T234593 T159170',
    )
    // The card moved to Done, and the focus went with it.
    await expect(edited).toBeFocused()
    await expect(edited).toContainText('this work continues from Q1')
    await expect(edited).toContainText('Stretch')
    await reloadApp(page)
    await expect(card(column(page, 'Done'), 'Migrate EventLogging to Python 3')).toContainText(
      'T159170',
    )
  })

  test('a save in one window keeps what another window changed meanwhile', async ({
    page,
    context,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Superset upgrade'])
    await card(page, 'Superset upgrade').click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    await editor.getByLabel('Note').fill('waiting for the new hosts')

    // Meanwhile, in another window, the goal moves to Done.
    const other = await context.newPage()
    await other.goto('/')
    await boardIdle(other)
    await dragCard(other, card(other, 'Superset upgrade'), column(other, 'Done'))
    await expect(card(column(page, 'Done'), 'Superset upgrade')).toHaveCount(1)

    // The first window saves its note: the move stays, and the note is added.
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor).toBeHidden()
    const saved = card(column(page, 'Done'), 'Superset upgrade')
    await expect(saved).toContainText('waiting for the new hosts')
    await expect(card(column(other, 'Done'), 'Superset upgrade')).toContainText(
      'waiting for the new hosts',
    )
    // Undo takes back the note only.
    await page.keyboard.press('Control+z')
    await expect(saved).not.toContainText('waiting for the new hosts')
    await expect(card(column(page, 'Done'), 'Superset upgrade')).toHaveCount(1)
    await other.close()
  })

  test('delete takes effect at once and Undo restores the goal where it was', async ({ page }) => {
    await freshQuarter(page)
    await quickAdd(page, 'In progress', ['Keep me', 'Delete me', 'Keep me too'])
    await card(page, 'Delete me').click()
    await page
      .getByRole('dialog', { name: 'Edit goal' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await expect(card(page, 'Delete me')).toHaveCount(0)
    await expect(columnCount(page, 'In progress')).toHaveText('2')
    // The keyboard keeps its place: the card that took the deleted one's place has the focus.
    await expect(card(page, 'Keep me too')).toBeFocused()
    const toast = page.getByRole('region', { name: 'Messages' })
    await expect(toast).toContainText('Goal deleted — Undo')
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Keep me', 'Delete me', 'Keep me too'])

    // Ctrl+Z does the same when focus is not in a text field.
    await card(page, 'Keep me too').click()
    await page
      .getByRole('dialog', { name: 'Edit goal' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await expect(card(page, 'Keep me too')).toHaveCount(0)
    // The last card of its column: the one above it takes the focus.
    await expect(card(page, 'Delete me')).toBeFocused()
    await page.keyboard.press('Control+z')
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Keep me', 'Delete me', 'Keep me too'])
    await reloadApp(page)
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Keep me', 'Delete me', 'Keep me too'])
  })

  test('four Ctrl+Z and four Ctrl+Shift+Z pressed in a burst each take one step', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['First', 'Second', 'Third', 'Fourth', 'Fifth'])
    await expect(columnCount(page, 'To do')).toHaveText('5')
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    // No wait between the keys: each undo lands before the store has the one before it.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z')
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['First'])
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+z')
    await expect
      .poll(() => cardTexts(page, 'To do'))
      .toEqual(['First', 'Second', 'Third', 'Fourth', 'Fifth'])
    await expect(page.getByRole('region', { name: 'Messages' })).not.toContainText('not done')
    await reloadApp(page)
    await expect
      .poll(() => cardTexts(page, 'To do'))
      .toEqual(['First', 'Second', 'Third', 'Fourth', 'Fifth'])
  })

  test('filters by team and searches by text, with counts of what is shown', async ({ page }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Superset upgrade', 'Presto experiments'], 'Analytics')
    // A second team, created from the editor of a new goal.
    await quickAdd(page, 'Done', ['Implement REST APIs for MVP'], 'Analytics')
    await card(page, 'Implement REST APIs for MVP').click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    await editor.getByRole('button', { name: 'New team…' }).click()
    await editor.getByLabel('New team name').fill('Core Platform')
    await editor.getByRole('button', { name: 'Add', exact: true }).click()
    await expectChosen(editor, 'Team', 'Core Platform')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor).toBeHidden()

    await chooseOption(page, 'Team filter', 'Core Platform')
    await expect(columnCount(page, 'To do')).toHaveText('0')
    await expect(columnCount(page, 'Done')).toHaveText('1')
    await expect(page.getByText('Showing 1 of 3 goals')).toBeVisible()

    await page.getByRole('button', { name: 'Remove filter Team: Core Platform' }).click()
    await page.getByLabel('Search goals').fill('presto')
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Presto experiments'])
    await expect(columnCount(page, 'Done')).toHaveText('0')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(columnCount(page, 'To do')).toHaveText('2')

    // "/" focuses the search box from anywhere on the board.
    await page.getByRole('heading', { name: 'To do' }).click()
    await page.keyboard.press('/')
    await expect(page.getByLabel('Search goals')).toBeFocused()
  })
})
