import { card, expect, test } from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'

test.describe('the goal editor', () => {
  test.describe.configure({ timeout: 90_000 })

  test('Escape pressed again and again never discards typing, and the editor opens again', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Superset upgrade'])
    await card(page, 'Superset upgrade').click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    const question = editor.getByText('Discard the changes you made to this goal?')
    await editor.getByLabel('Goal text').fill('Superset upgrade to 1.0')
    // Escape asks, Escape answers "Keep editing", and so on: never a discard without an answer.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Escape')
      if (i % 2 === 0) await expect(question).toBeVisible()
      else await expect(question).toBeHidden()
      await expect(editor).toBeVisible()
      await expect(editor.getByLabel('Goal text')).toHaveValue('Superset upgrade to 1.0')
    }
    // Quick presses, without waiting in between, do no worse.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Escape')
    await expect(editor).toBeVisible()
    await expect(editor.getByLabel('Goal text')).toHaveValue('Superset upgrade to 1.0')
    await expect(question).toBeVisible()
    await editor.getByRole('button', { name: 'Discard changes' }).click()
    await expect(editor).toBeHidden()
    await expect(card(page, 'Superset upgrade')).toBeFocused()

    // The same card's editor opens again, with the mouse and with the keyboard.
    await card(page, 'Superset upgrade').click()
    await expect(editor).toBeVisible()
    await expect(editor.getByLabel('Goal text')).toHaveValue('Superset upgrade')
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await card(page, 'Superset upgrade').press('Enter')
    await expect(editor).toBeVisible()
  })
})
