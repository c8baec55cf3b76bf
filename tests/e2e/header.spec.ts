/**
 * The header is one row of one height at every window width, and the board
 * fits a 1024 px window; at 600 px it scrolls sideways a column at a time.
 */
import type { Page } from '@playwright/test'
import { expect, exampleQuarter, menuAction, test } from './fixtures'
import { quarterSwitcher } from './helpers/select'

interface HeaderShape {
  height: number
  /** Content taller or wider than the header (it would wrap or be cut). */
  overflows: boolean
  /** The tops and bottoms of its visible parts all lie within the header. */
  oneRow: boolean
}

function headerShape(page: Page): Promise<HeaderShape> {
  return page.locator('.app-header').evaluate((header) => {
    const box = header.getBoundingClientRect()
    // The quarter switcher is a button; the hidden <select> React Aria keeps for forms is no part.
    const parts = [...header.querySelectorAll('h1, [role="tab"], button')]
      .map((part) => part.getBoundingClientRect())
      .filter((r) => r.width > 0)
    return {
      height: box.height,
      overflows:
        header.scrollHeight > header.clientHeight || header.scrollWidth > header.clientWidth,
      oneRow: parts.every((r) => r.top >= box.top && r.bottom <= box.bottom),
    }
  })
}

test('the header keeps one row and one height at 1400, 1024 and 600 px, and with a message', async ({
  page,
}) => {
  await exampleQuarter(page)
  const shapes: HeaderShape[] = []
  for (const width of [1400, 1024, 600]) {
    await page.setViewportSize({ width, height: 800 })
    shapes.push(await headerShape(page))
    // Everything in it is still there and named, however narrow.
    for (const tab of ['Board', 'Export', 'Import']) {
      await expect(page.getByRole('tab', { name: tab, exact: true })).toBeVisible()
    }
    await expect(quarterSwitcher(page)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible()
  }
  expect(shapes.map((s) => s.overflows)).toEqual([false, false, false])
  expect(shapes.map((s) => s.oneRow)).toEqual([true, true, true])
  expect(new Set(shapes.map((s) => s.height)).size).toBe(1)

  // A message (a toast) leaves it alone too.
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  await downloading
  await expect(page.getByRole('status').filter({ hasText: 'Saved a backup' })).toBeVisible()
  expect((await headerShape(page)).height).toBe(shapes[0]?.height)
})

test('at 1024 px all six columns fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await exampleQuarter(page)
  const board = page.locator('.board')
  const fit = await board.evaluate((b) => ({
    scrolls: b.scrollWidth > b.clientWidth,
    columns: [...b.querySelectorAll('.column')].map((c) => {
      const r = c.getBoundingClientRect()
      return r.left >= 0 && r.right <= window.innerWidth
    }),
  }))
  expect(fit).toEqual({ scrolls: false, columns: [true, true, true, true, true, true] })
})

test('at 600 px the board scrolls sideways and stops on a column', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 })
  await exampleQuarter(page)
  const board = page.locator('.board')
  expect(await board.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true)
  expect(await board.evaluate((b) => getComputedStyle(b).scrollSnapType)).toBe('x mandatory')
  // A scroll of three quarters of a column, as a trackpad would make: snapping takes it on to
  // the next column (a shorter one may snap back to the first, which proves nothing). A wheel
  // that reaches the page before the board has settled can be lost: scroll until it moves.
  const step = await board.evaluate(
    (b) => (b.querySelector('.column')?.getBoundingClientRect().width ?? 200) * 0.75,
  )
  await expect(async () => {
    await board.hover()
    await page.mouse.wheel(step, 0)
    expect(await board.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0)
  }).toPass({ timeout: 15_000 })
  const offset = () =>
    board.evaluate((b) => {
      const edge =
        b.getBoundingClientRect().left + parseFloat(getComputedStyle(b).scrollPaddingLeft)
      return Math.min(
        ...[...b.querySelectorAll('.column')].map((c) =>
          Math.abs(c.getBoundingClientRect().left - edge),
        ),
      )
    })
  await expect.poll(() => board.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0)
  await expect.poll(offset).toBeLessThan(2)
})
