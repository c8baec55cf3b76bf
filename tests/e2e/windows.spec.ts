/**
 * Two windows on one quarter: what one saves reaches the other, and neither
 * ever loses the other's work without a word.
 */
import { card, column, dragCard, expect, test, outsideMessages } from './fixtures'
import { cardTexts, freshQuarter, quickAdd } from './board.helpers'

test.describe('two windows', () => {
  test.describe.configure({ timeout: 90_000 })

  test('the same field saved in both: the second is told, sees both versions and chooses', async ({
    page,
    context,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Superset upgrade'])
    const other = await context.newPage()
    await other.goto('/')
    await expect(card(other, 'Superset upgrade')).toBeVisible()

    // B starts editing the text; meanwhile A saves another text.
    await card(other, 'Superset upgrade').click()
    const editorB = other.getByRole('dialog', { name: 'Edit goal' })
    await editorB.getByLabel('Goal text').fill('Superset upgrade to 0.36')
    await card(page, 'Superset upgrade').click()
    const editorA = page.getByRole('dialog', { name: 'Edit goal' })
    await editorA.getByLabel('Goal text').fill('Superset upgrade (Analytics)')
    await editorA.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editorA).toBeHidden()
    await expect(card(other, 'Superset upgrade (Analytics)')).toBeVisible()

    // B saves: nothing is overwritten; B sees both versions.
    await editorB.getByRole('button', { name: 'Save', exact: true }).click()
    const conflict = outsideMessages(
      editorB.getByRole('alert').filter({ hasText: 'another window' }),
    )
    await expect(conflict).toContainText('Other window: Superset upgrade (Analytics)')
    await expect(conflict).toContainText('Yours: Superset upgrade to 0.36')
    await expect(card(page, 'Superset upgrade (Analytics)')).toBeVisible()

    // B keeps its own: now it is saved, in both windows.
    await conflict.getByRole('button', { name: 'Keep mine' }).click()
    await expect(editorB).toBeHidden()
    await expect(card(page, 'Superset upgrade to 0.36')).toBeVisible()
    await expect(card(other, 'Superset upgrade to 0.36')).toBeVisible()
    await other.close()
  })

  test('a goal deleted in one window while edited in the other keeps the typing and can be restored', async ({
    page,
    context,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'In progress', ['Migrate eventlogging to python3', 'Keep me'])
    const other = await context.newPage()
    await other.goto('/')
    await card(other, 'Migrate eventlogging to python3').click()
    const editorB = other.getByRole('dialog', { name: 'Edit goal' })
    await editorB.getByLabel('Note').fill('blocked on the new hosts')
    await editorB.getByLabel('Goal text').fill('Migrate eventlogging to python3.7')

    await card(page, 'Migrate eventlogging to python3').click()
    await page
      .getByRole('dialog', { name: 'Edit goal' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await expect(card(page, 'Migrate eventlogging to python3')).toHaveCount(0)

    // B's editor stays, with what was typed, and says what happened.
    await expect(outsideMessages(editorB.getByRole('alert'))).toContainText(
      'deleted in another window',
    )
    await expect(editorB.getByLabel('Goal text')).toHaveValue('Migrate eventlogging to python3.7')
    await expect(editorB.getByLabel('Note')).toHaveValue('blocked on the new hosts')
    await editorB.getByRole('button', { name: 'Restore goal with my changes' }).click()
    await expect(editorB).toBeHidden()
    const restored = card(column(page, 'In progress'), 'Migrate eventlogging to python3.7')
    await expect(restored).toBeVisible()
    await expect(restored).toContainText('blocked on the new hosts')
    await other.close()
  })

  test('undo after another window moved the same goal leaves the later move alone', async ({
    page,
    context,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Superset upgrade', 'Other goal'])
    const other = await context.newPage()
    await other.goto('/')
    await expect(card(other, 'Superset upgrade')).toBeVisible()

    // A moves it to In progress; B then moves it on to Done.
    await dragCard(page, card(page, 'Superset upgrade'), column(page, 'In progress'))
    await expect(card(column(other, 'In progress'), 'Superset upgrade')).toBeVisible()
    await dragCard(other, card(other, 'Superset upgrade'), column(other, 'Done'))
    await expect(card(column(page, 'Done'), 'Superset upgrade')).toBeVisible()

    // A's undo would put it back in To do over B's later move: it says so and does nothing.
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await expect(page.getByRole('region', { name: 'Messages' })).toContainText(
      'Move goal: not undone. This goal was changed in another window meanwhile',
    )
    await expect(card(column(page, 'Done'), 'Superset upgrade')).toBeVisible()
    await expect(card(column(other, 'Done'), 'Superset upgrade')).toBeVisible()
    expect(await cardTexts(page, 'To do')).toEqual(['Other goal'])
    await other.close()
  })
})
