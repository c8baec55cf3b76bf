import type { Locator } from '@playwright/test'
import { card, expect, test } from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'
import { expectChosen, selectButton } from './helpers/select'

/** How far an element's content reaches past its box sideways (0: no sideways scrolling). */
function sidewaysOverflow(element: Locator): Promise<number> {
  return element.evaluate((node) => node.scrollWidth - node.clientWidth)
}

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

  test.describe('at 200% zoom in a small window', () => {
    // 1280×960 at 200%: a 640×480 CSS-pixel window drawn with two device pixels each.
    test.use({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 })

    test('Save is on screen without sideways scrolling, and a long group name stays inside', async ({
      page,
    }) => {
      await freshQuarter(page)
      await quickAdd(page, 'To do', ['Superset upgrade'])
      await card(page, 'Superset upgrade').click()
      const editor = page.getByRole('dialog', { name: 'Edit goal' })
      await expect(editor).toBeVisible()
      await editor.getByRole('button', { name: 'New priority group…' }).click()
      const longName =
        'Reduce platform complexity and make the Modern Event Platform the one way every team ' +
        'sends, stores and reads its events, from the edge to the data lake'
      await editor.getByLabel('New priority group title').fill(longName)
      await editor.getByLabel('New priority group title').press('Enter')
      await expectChosen(editor, 'Priority group', longName)
      const group = selectButton(editor, 'Priority group')
      await editor.getByLabel('Goal text').fill('Superset upgrade to 1.0')

      expect(await sidewaysOverflow(editor)).toBeLessThanOrEqual(0)
      expect(await sidewaysOverflow(page.locator('html'))).toBeLessThanOrEqual(0)
      const dialogBox = (await editor.boundingBox())!
      const groupBox = (await group.boundingBox())!
      expect(groupBox.x + groupBox.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width)
      // Save shows without scrolling, at the foot of the dialog, wherever the form is scrolled.
      const save = editor.getByRole('button', { name: 'Save', exact: true })
      await expect(save).toBeInViewport({ ratio: 1 })
      await editor.getByLabel('Goal text').focus()
      await expect(save).toBeInViewport({ ratio: 1 })
      await save.click()
      await expect(editor).toBeHidden()
      await expect(card(page, 'Superset upgrade to 1.0')).toBeVisible()
    })
  })
})
