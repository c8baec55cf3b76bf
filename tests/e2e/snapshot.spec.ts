/**
 * A later start shows the last board at once: the snapshot of the first
 * screen, painted from the entry script while the app's script still loads,
 * and only when it shows exactly what the store holds.
 */
import type { Page } from '@playwright/test'
import { boardIdle, card, column, dragCard, expect, freshApp, reloadApp, test } from './fixtures'

const APP_SCRIPT = /\/assets\/startApp-[^/]*\.js$/

/** Holds back the app's script (React and the live board) until the returned function is called. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(APP_SCRIPT, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Reloads with the app's script held back, once the startup read is done. */
async function reloadHoldingApp(page: Page): Promise<() => void> {
  const release = await holdAppScript(page)
  await page.reload({ waitUntil: 'domcontentloaded' })
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByName('quarterdeck:startup-read').length),
    )
    .toBe(1)
  return release
}

/** Names of the regions in Chromium's accessibility tree (Playwright's role queries ignore `inert`). */
async function accessibleRegions(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  await cdp.detach()
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'region')
    .map((node) => String(node.name?.value ?? ''))
}

async function exampleBoard(page: Page): Promise<void> {
  await freshApp(page)
  await page.getByRole('button', { name: 'Load example quarter' }).click()
  await boardIdle(page)
}

/** The example board, with a snapshot of it stored as the page went (by a reload). */
async function exampleBoardWithSnapshot(page: Page): Promise<void> {
  await exampleBoard(page)
  expect(await storedSnapshot(page)).toBeNull()
  await reloadApp(page)
  await boardIdle(page)
  expect(await storedSnapshot(page)).not.toBeNull()
}

function storedSnapshot(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('quarterdeck.firstScreen'))
}

test.describe('the first screen of a later start', () => {
  test.describe.configure({ timeout: 90_000 })

  test('shows the last board before the app’s script has run, inert, then the live board', async ({
    page,
  }) => {
    await exampleBoard(page)
    const moved = 'Migrate Service - changeprop'
    await dragCard(page, card(column(page, 'To do'), moved), column(page, 'Done'))
    await expect(card(column(page, 'Done'), moved)).toBeVisible()
    await boardIdle(page)
    const counts = await page.locator('.board .column-count').allTextContents()

    const release = await reloadHoldingApp(page)
    const snapshot = page.locator('[data-snapshot]')
    await expect(snapshot).toBeVisible()
    // The board as it was left, the moved card in its new column.
    await expect(snapshot.locator('.board .column-count')).toHaveText(counts)
    await expect(
      snapshot.locator('section.column-done li').filter({ hasText: moved }),
    ).toBeVisible()
    await expect(snapshot.locator('section.column-todo li').filter({ hasText: moved })).toHaveCount(
      0,
    )
    // It takes no input: nothing in it can be focused, and it is busy for assistive technology.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    await expect(snapshot).toHaveAttribute('aria-busy', 'true')
    // Chromium's accessibility tree (what a screen reader reads) leaves it out.
    expect(await accessibleRegions(page)).toEqual([])

    release()
    await expect(snapshot).toHaveCount(0)
    await boardIdle(page)
    await expect(page.locator('.board .column-count')).toHaveText(counts)
    await expect(card(column(page, 'Done'), moved)).toBeVisible()
    await expect(column(page, 'To do')).toHaveCount(1)
    expect(await accessibleRegions(page)).toContain('To do')
  })

  test('gives way to a message when the app’s script cannot load', async ({ page }) => {
    await exampleBoardWithSnapshot(page)
    await page.route(APP_SCRIPT, (route) => route.abort())
    await page.reload({ waitUntil: 'domcontentloaded' })
    // Not an inert board that looks ready but takes no input.
    await expect(page.getByRole('alert')).toContainText('Quarterdeck could not load its script')
    await expect(page.getByRole('alert')).toContainText('Reload the window to try again.')
    await expect(page.locator('[data-snapshot]')).toHaveCount(0)
  })

  test('is not shown when the board has changed since it was taken', async ({ page }) => {
    await exampleBoardWithSnapshot(page)
    const taken = await storedSnapshot(page)
    // A search is not what a start shows, so no new snapshot is taken as the page goes.
    const moved = 'Migrate Service - changeprop'
    await page.getByRole('searchbox').fill('Migrate Service')
    await dragCard(page, card(column(page, 'To do'), moved), column(page, 'Blocked'))
    await expect(card(column(page, 'Blocked'), moved)).toBeVisible()
    await boardIdle(page)

    const release = await reloadHoldingApp(page)
    expect(await storedSnapshot(page)).toBe(taken)
    // The startup read is done and found the board changed: nothing painted.
    await expect(page.locator('#root')).toBeEmpty()
    release()
    await boardIdle(page)
    await expect(card(column(page, 'Blocked'), moved)).toBeVisible()
  })
})
