/**
 * A goal store that cannot be opened at start is never shown as an empty
 * app. The desktop app's preload (window.quarterdeck) cannot run here, so a
 * stand-in with the same functions plays main's part: it holds an automatic
 * backup and records the copy of the damaged store. The damage itself is
 * what Chromium reports for broken files on disk: opening the store fails
 * with "Internal error opening backing store".
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  test,
  expect,
  exampleQuarter,
  column,
  card,
  freshApp,
  menuAction,
  messages,
} from './fixtures'
import {
  bigBackup,
  holdNextReading,
  restoringMessage,
  seenOverApp,
  watchMessagesOverApp,
} from './helpers/bigBackup'
import { desktopStandIn, type DesktopStandIn } from './helpers/desktopStandIn'
import { quarterNames } from './helpers/select'

const GOAL = 'Add mediarequests metrics to Wikistats UI'

/** Clicks "Save backup…" and returns the downloaded text. */
async function saveBackup(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  return readFile(await (await downloading).path(), 'utf8')
}

/** Makes the next start of the page find its store damaged, once. */
async function damageStoreOnce(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (localStorage.getItem('test.damageStore') !== 'once') return
    localStorage.removeItem('test.damageStore')
    const databases = indexedDB.databases.bind(indexedDB)
    let failed = false
    indexedDB.databases = () => {
      if (failed) return databases()
      failed = true
      return Promise.reject(
        new DOMException('Internal error opening backing store', 'UnknownError'),
      )
    }
  })
  await page.evaluate(() => localStorage.setItem('test.damageStore', 'once'))
}

// The name the stand-in gives its automatic backup.
const AUTO_BACKUP = 'quarterdeck-2026-12-01T17-30-00Z.json'

/** A stand-in for the desktop preload that holds `backup` as the newest automatic backup. */
async function desktopWithAutoBackup(page: Page, backup: string): Promise<void> {
  await desktopStandIn(page)
  await page.addInitScript((content) => {
    const kept: string[] = []
    Object.assign(window, { keptDamagedStores: kept })
    Object.assign((window as unknown as { quarterdeck: DesktopStandIn }).quarterdeck, {
      latestAutoBackup: () =>
        Promise.resolve({
          name: 'quarterdeck-2026-12-01T17-30-00Z.json',
          savedAt: '2026-12-01T17:30:00.000Z',
          content,
        }),
      keepDamagedStore: () => {
        const folder = `/home/me/.config/Quarterdeck/Damaged stores/${kept.length + 1}`
        kept.push(folder)
        return Promise.resolve(folder)
      },
    })
  }, backup)
}

test('a store that cannot be opened says so and, in the desktop app, restores the newest automatic backup', async ({
  page,
}) => {
  await exampleQuarter(page)
  const backup = await saveBackup(page)
  await desktopWithAutoBackup(page, backup)
  await damageStoreOnce(page)

  await page.reload()

  const alert = page.getByRole('alert')
  await expect(
    alert.getByRole('heading', { name: 'Quarterdeck could not open its data' }),
  ).toBeVisible()
  await expect(alert).toContainText('Internal error opening backing store')
  await expect(alert).toContainText('a copy of that store’s files is kept first')
  await page.getByRole('button', { name: 'Restore the newest automatic backup' }).click()

  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
  expect(
    await page.evaluate(
      () => (window as unknown as { keptDamagedStores: string[] }).keptDamagedStores,
    ),
  ).toHaveLength(1)
  // Restored for good: the next start opens the store as usual and shows the same goals.
  await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  await page.reload()
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
})

test('in web mode a store that cannot be opened says why and can be tried again, with nothing deleted', async ({
  page,
}) => {
  await exampleQuarter(page)
  await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  await damageStoreOnce(page)

  await page.reload()

  await expect(page.getByRole('alert')).toContainText('Internal error opening backing store')
  await expect(
    page.getByRole('button', { name: 'Restore the newest automatic backup' }),
  ).toHaveCount(0)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
})

test('restoring a big automatic backup shows a progress bar and Cancel, which leaves the page as it was; a second try restores it', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await freshApp(page)
  await desktopWithAutoBackup(page, bigBackup())
  await damageStoreOnce(page)
  await page.reload()

  const heading = page.getByRole('heading', { name: 'Quarterdeck could not open its data' })
  const restore = page.getByRole('button', { name: 'Restore the newest automatic backup' })
  const { bar, cancel } = restoringMessage(page, AUTO_BACKUP)
  await holdNextReading(page)
  await restore.click()
  // While the backup is read nothing has changed yet: Cancel is on offer.
  await cancel.waitFor({ timeout: 60_000 })
  await expect(bar).toBeVisible()
  await cancel.click()
  await expect(messages(page)).toContainText(`Did not restore ${AUTO_BACKUP}. Nothing was changed.`)
  await expect(bar).toHaveCount(0)
  await expect(heading).toBeVisible()
  await expect(restore).toBeEnabled()
  const kept = () =>
    page.evaluate(() => (window as unknown as { keptDamagedStores: string[] }).keptDamagedStores)
  expect(await kept()).toEqual([])

  // Once the damaged store is replaced, the bar stays on while the quarter is written, without Cancel.
  await watchMessagesOverApp(page)
  await restore.click()
  await expect.poll(() => quarterNames(page), { timeout: 120_000 }).toHaveLength(1)
  await expect(bar).toHaveCount(0, { timeout: 60_000 })
  expect(await seenOverApp(page)).toEqual({ bar: true, cancel: false })
  expect(await kept()).toHaveLength(1)
})
