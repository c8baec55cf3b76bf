/**
 * The modal dialog every dialog of the app is drawn with (components/Dialog.tsx,
 * on React Aria Components): the focus goes into it and stays there, the page
 * behind can be neither clicked nor reached, Escape closes it, and the focus
 * goes back to what opened it.
 */
import type { Locator } from '@playwright/test'
import { card, expect, menuButton, test } from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'

/** Whether the focus is inside `dialog`. */
function holdsFocus(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((node) => node.contains(document.activeElement))
}

test('a dialog keeps the focus, shuts out the page behind, and gives the focus back', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Alpha', 'Beta'])

  // Opened from a card: the child marked data-autofocus (Close) takes the focus.
  await card(page, 'Alpha').focus()
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  const close = shortcuts.getByRole('button', { name: 'Close', exact: true })
  await expect(close).toBeFocused()
  // Tab and Shift+Tab stay in the dialog (Close is its only control).
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    await expect(close).toBeFocused()
  }
  // The page behind is inert: out of reach of assistive technology and of the pointer.
  const menu = menuButton(page)
  expect(await menu.evaluate((node) => node.closest('[inert]') !== null)).toBe(true)
  const box = (await menu.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(shortcuts).toBeVisible()
  // The press on the backdrop left the focus in the dialog.
  await expect(close).toBeFocused()
  // Escape closes it; the focus is back on the card, and the page is live again.
  await page.keyboard.press('Escape')
  await expect(shortcuts).toBeHidden()
  await expect(card(page, 'Alpha')).toBeFocused()
  expect(await menu.evaluate((node) => node.closest('[inert]') !== null)).toBe(false)

  // The goal editor: its first control takes the focus, which stays in it both ways round.
  await card(page, 'Beta').click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  await expect(editor.getByLabel('Goal text')).toBeFocused()
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    expect(await holdsFocus(editor)).toBe(true)
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await holdsFocus(editor)).toBe(true)
  }
  // The window's shortcuts stand aside while a dialog is open: "?" opens no second dialog.
  await editor.getByRole('button', { name: 'Cancel', exact: true }).focus()
  await page.keyboard.press('?')
  await expect(shortcuts).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect(card(page, 'Beta')).toBeFocused()
})
