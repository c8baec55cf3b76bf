/**
 * A store that vanished between two starts (Chromium replaced a damaged one,
 * or evicted a best-effort one) is never a silent empty start: the app
 * remembers outside IndexedDB that quarters existed, says they are missing,
 * and offers the way back: a backup file in web mode, the newest automatic
 * backup in the desktop app (its preload played by a stand-in, as in
 * damaged-store.spec.ts, keeping main's count file in sessionStorage).
 * Web mode also offers to save a backup after changes when the browser
 * refused persistent storage.
 */
import { readFile, writeFile } from 'node:fs/promises'
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
import { bigBackup, restoringMessage } from './helpers/bigBackup'
import { desktopStandIn, type DesktopStandIn } from './helpers/desktopStandIn'
import { holdStoreWrites } from './helpers/holdWrites'
import { quarterNames } from './helpers/select'

const GOAL = 'Add mediarequests metrics to Wikistats UI'

async function saveBackup(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  return readFile(await (await downloading).path(), 'utf8')
}

/** Deletes the goal store as Chromium does when it replaces a damaged one, then starts again. */
async function loseStoreAndRestart(page: Page): Promise<void> {
  await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('quarterdeck')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
      }),
  )
  await page.reload()
}

test('web mode: an emptied store says the quarters are missing and a backup file brings them back', async ({
  page,
}, testInfo) => {
  test.slow() // several starts of the app
  await exampleQuarter(page)
  const backup = testInfo.outputPath('backup.json')
  await writeFile(backup, await saveBackup(page))

  await loseStoreAndRestart(page)

  const alert = page.getByRole('alert').filter({ hasText: 'Your quarters are missing' })
  await expect(alert).toContainText('Quarterdeck held 1 quarter here, but its goal store is empty')
  await expect(alert).toContainText('or the browser cleared them to free disk space')
  const choosing = page.waitForEvent('filechooser')
  await alert.getByRole('button', { name: 'Open a backup file…' }).click()
  await (await choosing).setFiles(backup)
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()

  // Back for good: the next start is the board, with no warning.
  await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  await page.reload()
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
  await expect(page.getByText('Your quarters are missing')).toHaveCount(0)
})

test('web mode: a first start and a store emptied on purpose show no warning', async ({ page }) => {
  test.slow() // several starts of the app
  await freshApp(page)
  await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
  await expect(page.getByText('Your quarters are missing')).toHaveCount(0)

  await page.getByRole('button', { name: 'Load example quarter' }).click()
  await expect(column(page, 'Done')).toBeVisible()
  await menuAction(page, 'Quarter settings')
  const settings = page.getByRole('dialog', { name: 'Quarter settings' })
  await settings.getByRole('button', { name: 'Delete quarter…' }).click()
  await settings.getByRole('button', { name: /^Delete Wikimedia Technology/ }).click()
  await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('quarterdeck.quarterCount')))
    .toBe('0')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
  await expect(page.getByText('Your quarters are missing')).toHaveCount(0)
})

test('desktop app: an emptied store offers the newest automatic backup and restores it', async ({
  page,
}) => {
  test.slow() // several starts of the app
  await exampleQuarter(page)
  const backup = await saveBackup(page)
  await desktopStandIn(page)
  await page.addInitScript((content) => {
    Object.assign((window as unknown as { quarterdeck: DesktopStandIn }).quarterdeck, {
      latestAutoBackup: () =>
        Promise.resolve({
          name: 'quarterdeck-2026-12-01T17-30-00Z.json',
          savedAt: '2026-12-01T17:30:00.000Z',
          content,
        }),
      // Main's "Quarters kept.json", kept across reloads.
      rememberedQuarterCount: () =>
        Promise.resolve(Number(sessionStorage.getItem('test.quarterCount') ?? 0)),
      rememberQuarterCount: (count: number) => {
        sessionStorage.setItem('test.quarterCount', String(count))
        return Promise.resolve()
      },
    })
  }, backup)
  await page.reload()
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('test.quarterCount')))
    .toBe('1')

  await loseStoreAndRestart(page)

  const alert = page.getByRole('alert').filter({ hasText: 'Your quarters are missing' })
  await expect(alert).toContainText('Restore the newest automatic backup, or open a backup file')
  await page.getByRole('button', { name: 'Restore the newest automatic backup' }).click()
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
  await expect(page.getByText('Your quarters are missing')).toHaveCount(0)
})

test('desktop app: restoring a big automatic backup on an empty store shows a progress bar and Cancel, which changes nothing; a second try restores it', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await freshApp(page)
  await desktopStandIn(page)
  await page.addInitScript((content) => {
    Object.assign((window as unknown as { quarterdeck: DesktopStandIn }).quarterdeck, {
      latestAutoBackup: () =>
        Promise.resolve({ name: 'big-auto.json', savedAt: '2026-12-01T17:30:00.000Z', content }),
    })
  }, bigBackup())
  await page.reload()

  const offer = page.getByRole('alert').filter({ hasText: 'Restore your goals' })
  const restore = offer.getByRole('button', { name: 'Restore the newest automatic backup' })
  const { bar, cancel } = restoringMessage(page, 'big-auto.json')
  // The store held, the job waits before its write with Cancel on offer, however fast the machine.
  const release = await holdStoreWrites(page)
  await restore.click()
  await cancel.waitFor({ timeout: 60_000 })
  await expect(bar).toBeVisible()
  await cancel.click()
  await release()
  await expect(messages(page)).toContainText('Did not restore big-auto.json. Nothing was changed.')
  await expect(bar).toHaveCount(0)
  await expect(restore).toBeEnabled()
  await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
  await page.reload()
  await expect(restore).toBeEnabled()

  await restore.click()
  await expect(bar).toBeVisible({ timeout: 60_000 })
  await expect.poll(() => quarterNames(page), { timeout: 120_000 }).toHaveLength(1)
  await expect(bar).toHaveCount(0, { timeout: 60_000 })
  await expect(offer).toHaveCount(0)
})

test('web mode: when the browser refuses persistent storage, changes bring an offer to save a backup', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.storage.persisted = () => Promise.resolve(false)
    navigator.storage.persist = () => Promise.resolve(false)
  })
  test.slow() // ten written changes, one after another
  await exampleQuarter(page)
  const messages = page.getByRole('region', { name: 'Messages' })
  const offer = 'This browser may clear your goals when the disk runs low'
  await expect(messages).not.toContainText(offer)
  // Quick-added goals, each written on its own: the offer comes by the tenth change.
  await page.keyboard.press('n')
  let added = 0
  for (; added < 10 && !(await messages.textContent())?.includes(offer); added++) {
    await page.keyboard.type(`Reminder goal ${added + 1}`)
    await page.keyboard.press('Enter')
    await expect(card(column(page, 'To do'), `Reminder goal ${added + 1}`)).toBeVisible()
    await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  }
  await expect(messages).toContainText(offer)
  // Not at once: a few changes came first.
  expect(added).toBeGreaterThan(3)
  const downloading = page.waitForEvent('download')
  await messages.getByRole('button', { name: 'Save backup…' }).click()
  const saved = await readFile(await (await downloading).path(), 'utf8')
  expect(saved).toContain(`Reminder goal ${added}`)
  await expect(messages).not.toContainText('did not grant persistent storage')
})
