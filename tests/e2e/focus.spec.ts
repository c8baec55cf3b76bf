import { card, column, expect, freshApp, test, menuAction } from './fixtures'
import { cardTexts, submitQuarter } from './board.helpers'
import { chooseOption, quarterSwitcher } from './helpers/select'

test.describe('where the focus lands', () => {
  test.describe.configure({ timeout: 90_000 })

  test('after "Create quarter", on adding the first goal, and from the New quarter dialog', async ({
    page,
  }) => {
    await freshApp(page)
    await submitQuarter(page)
    const addToDo = column(page, 'To do').getByRole('button', { name: 'Add goal to To do' })
    await expect(addToDo).toBeFocused()
    await page.keyboard.press('Enter')
    const form = page.getByRole('form', { name: 'New goal in To do' })
    await expect(form.getByLabel('Goal text')).toBeFocused()

    await menuAction(page, 'New quarter')
    const dialog = page.getByRole('dialog', { name: 'New quarter' })
    await dialog.getByLabel('Department name').fill('Wikimedia Technology')
    await chooseOption(dialog, 'Quarter', 'Q3')
    await dialog.getByRole('button', { name: 'Create quarter' }).click()
    await expect(dialog).toBeHidden()
    await expect(quarterSwitcher(page)).toContainText('Q3')
    await expect(
      column(page, 'To do').getByRole('button', { name: 'Add goal to To do' }),
    ).toBeFocused()
  })

  test('the first goal with a new team name keeps the next goal typed right after it', async ({
    page,
  }) => {
    await freshApp(page)
    await submitQuarter(page)
    const todo = column(page, 'To do')
    await todo.getByRole('button', { name: 'Add goal to To do' }).click()
    const form = todo.getByRole('form', { name: 'New goal in To do' })
    await page.keyboard.type('Superset upgrade')
    await form.getByLabel('New team name').click()
    await page.keyboard.type('Analytics')
    // Enter in the team name field, and the next goal typed at once, with no pause.
    await page.keyboard.press('Enter')
    await page.keyboard.type('Migrate eventlogging to python3')
    await page.keyboard.press('Enter')
    await expect(card(todo, 'Superset upgrade')).toBeVisible()
    await expect(card(todo, 'Migrate eventlogging to python3')).toHaveAccessibleName(
      /^Migrate eventlogging to python3, Analytics, To do/,
    )
    await expect(form.getByLabel('Goal text')).toBeFocused()
    await expect(form.getByLabel('Goal text')).toHaveValue('')

    // Goals typed as fast as keys go: an Enter while the goal before is written is kept too.
    for (const text of ['One', 'Two', 'Three']) {
      await page.keyboard.type(text)
      await page.keyboard.press('Enter')
    }
    await expect
      .poll(() => cardTexts(page, 'To do'))
      .toEqual(['Superset upgrade', 'Migrate eventlogging to python3', 'One', 'Two', 'Three'])
    await expect(form.getByLabel('Goal text')).toHaveValue('')
  })
})
