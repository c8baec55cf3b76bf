/**
 * One way in: a start reads the quarter into memory and shows one board,
 * draggable from its first frame. Nothing but the store is painted, nothing
 * moves by itself after a start, and the first drag after a reload works.
 */
import { card, column, dragCard, expect, exampleQuarter, reloadApp, test } from './fixtures'
import { afterFrames } from './board.helpers'
import { lastCard, seedLongQuarter } from './longQuarter.helpers'

test('a later start shows what the store holds, and the first drag after it lands', async ({
  page,
}) => {
  await exampleQuarter(page)
  const moved = 'Migrate Service - changeprop'
  await page.getByRole('searchbox').fill('Migrate Service')
  await dragCard(page, card(column(page, 'To do'), moved), column(page, 'Blocked'))
  await expect(card(column(page, 'Blocked'), moved)).toBeVisible()

  await reloadApp(page)
  await expect(card(column(page, 'Blocked'), moved)).toBeVisible()
  // The board takes drags at once: no second board replaces the first.
  await dragCard(page, card(column(page, 'Blocked'), moved), column(page, 'Done'))
  await expect(card(column(page, 'Done'), moved)).toBeVisible()
  await reloadApp(page)
  await expect(card(column(page, 'Done'), moved)).toBeVisible()
})

test('markup left in localStorage is never painted, and cannot navigate the app', async ({
  page,
}) => {
  await exampleQuarter(page)
  // What an earlier Quarterdeck kept there, tampered with.
  await page.evaluate(() => {
    localStorage.setItem(
      'quarterdeck.firstScreen',
      JSON.stringify({
        html: '<img src="x" onerror="window.__injected = true"><meta http-equiv="refresh" content="0;url=about:blank">',
      }),
    )
  })
  await reloadApp(page)
  await expect(column(page, 'Done')).toBeVisible()
  await afterFrames(page, 5)
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false)
  await expect(page.locator('img, meta[http-equiv="refresh"]')).toHaveCount(0)
  expect(page.url()).not.toBe('about:blank')
})

test('a column a person scrolls right after a start stays where it was put', async ({ page }) => {
  await seedLongQuarter(page)
  await reloadApp(page)
  const toDo = column(page, 'To do')
  const last = await lastCard(page, 'To do')
  // The cards just shown are measured in the next frames (the column keeps them in view).
  await afterFrames(page, 5)
  const scrolled = await toDo.evaluate((region) => region.scrollTop)
  expect(scrolled).toBeGreaterThan(0)
  // Nothing runs after the start that could scroll it (the old drag warm-up did).
  await afterFrames(page, 30)
  const moved = Math.abs((await toDo.evaluate((region) => region.scrollTop)) - scrolled)
  expect(moved, 'pixels the column scrolled').toBeLessThan(10)
  await expect(last).toHaveAttribute('aria-posinset', '70')
})
