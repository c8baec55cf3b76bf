import type { Page } from '@playwright/test'
import { card, column, expect, reloadApp, test } from './fixtures'
import { BOARD_COLUMNS, columnCount, freshQuarter, quickAdd } from './board.helpers'
import { chooseOption } from './helpers/select'

/** Where each column is on screen, in board order. */
async function columnBoxes(page: Page) {
  const boxes = []
  for (const label of BOARD_COLUMNS) {
    const box = (await column(page, label).boundingBox())!
    boxes.push({ label, x: box.x, width: box.width })
  }
  return boxes
}

test.describe('the columns of the board', () => {
  test.describe.configure({ timeout: 90_000 })

  test('stay put when the first goal becomes Partially done, the last and narrower column', async ({
    page,
  }) => {
    await freshQuarter(page)
    // Six columns from the start: Partially done is offered before any goal has it.
    await expect(column(page, 'Partially done')).toBeVisible()
    await expect(columnCount(page, 'Partially done')).toHaveText('0')
    await quickAdd(page, 'In progress', ['Superset upgrade', 'Kerberos'])
    const before = await columnBoxes(page)
    const last = before.at(-1)!
    expect(last.label).toBe('Partially done')
    expect(last.width).toBeLessThan(before[0]!.width)

    await card(page, 'Superset upgrade').click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    await chooseOption(editor, 'Status', 'Partially done')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(card(column(page, 'Partially done'), 'Superset upgrade')).toBeFocused()
    expect(await columnBoxes(page)).toEqual(before)

    // And back: the column stays when it empties again.
    await reloadApp(page)
    await card(page, 'Superset upgrade').click()
    await chooseOption(editor, 'Status', 'Done')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(card(column(page, 'Done'), 'Superset upgrade')).toBeVisible()
    await expect(columnCount(page, 'Partially done')).toHaveText('0')
    expect(await columnBoxes(page)).toEqual(before)
  })
})
