/**
 * The goal store's files damaged or deleted on disk between two starts (a
 * disk error, a clean-up tool, a half-restored profile), not through
 * IndexedDB: Chromium's LevelDB folder itself is garbled or removed while the
 * browser is closed. The next start must never be a silent empty one: it
 * says the quarters are missing (or that the store cannot be opened) and a
 * backup file brings every goal back. lost-store.spec.ts empties the store
 * through IndexedDB; this one breaks it as a disk would.
 */
import { rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { test, type Page } from '@playwright/test'
import { card, column, expect, menuAction, messages } from './fixtures'
import { bigBackup, holdNextReading, restoringMessage } from './helpers/bigBackup'
import { garble, startOnProfile, storeFolder, type PersistentApp } from './helpers/persistentApp'

const GOAL = 'Add mediarequests metrics to Wikistats UI'

async function saveBackup(page: Page): Promise<Buffer> {
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  return readFile(await (await downloading).path())
}

/** Loads the example, saves a backup, closes; returns the backup. */
async function quarterWithBackup(profile: string, baseURL: string): Promise<Buffer> {
  const app = await startOnProfile(profile, baseURL)
  await app.page.getByRole('button', { name: 'Load example quarter' }).click()
  await expect(column(app.page, 'Done')).toBeVisible()
  await expect(app.page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  const backup = await saveBackup(app.page)
  expect(app.problems.errors).toEqual([])
  // The fact that the store held a quarter, kept outside IndexedDB, is what the next start
  // goes by: closed before the page recorded it, that start would rightly know of no quarter.
  await expect
    .poll(() => app.page.evaluate(() => window.localStorage.getItem('quarterdeck.quarterCount')))
    .toBe('1')
  await app.context.close()
  return backup
}

/** Chooses `buffer` as the file named `name` in the file chooser that `click` opens. */
async function chooseFile(page: Page, click: () => Promise<void>, name: string, buffer: Buffer) {
  const choosing = page.waitForEvent('filechooser')
  await click()
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer })
}

/** The board of the example quarter, on this start and the next. */
async function quarterBack(app: PersistentApp, profile: string, baseURL: string): Promise<void> {
  await expect(card(column(app.page, 'Done'), GOAL)).toBeVisible()
  await expect(app.page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  expect(app.problems.errors).toEqual([])
  await app.context.close()

  const next = await startOnProfile(profile, baseURL)
  await expect(card(column(next.page, 'Done'), GOAL)).toBeVisible()
  await expect(next.page.getByText('Your quarters are missing')).toHaveCount(0)
  await expect(next.page.getByText('could not open its data')).toHaveCount(0)
  await next.context.close()
}

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures used from this pattern: none
test('the store folder garbled on disk between two starts: the store is said unreadable, a wrong file changes nothing, and a backup file brings the quarter back', async ({}, testInfo) => {
  test.slow() // three starts of Chromium
  const profile = testInfo.outputPath('profile')
  const baseURL = String(testInfo.project.use.baseURL)
  const backup = await quarterWithBackup(profile, baseURL)
  garble(storeFolder(profile))

  // Chromium cannot read the files: the page says so and offers a backup file, in web mode too.
  const app = await startOnProfile(profile, baseURL)
  const page = app.page.getByRole('alert').filter({ hasText: 'could not open its data' })
  await expect(page).toContainText(
    'The browser cannot read the goal store’s files: they are damaged.',
  )
  const replace = page.getByRole('button', { name: 'Replace it with a backup file…' })

  // A file that is no backup: a sentence, and the store is left as it was.
  await chooseFile(app.page, () => replace.click(), 'notes.json', Buffer.from('{"notes": []}'))
  await expect(page).toContainText('cannot be read')
  await expect(replace).toBeEnabled()

  // A big backup shows a progress bar and Cancel while it is read; Cancel leaves the page as it was.
  const { bar, cancel } = restoringMessage(app.page, 'big.json')
  await holdNextReading(app.page)
  await chooseFile(app.page, () => replace.click(), 'big.json', Buffer.from(bigBackup()))
  await cancel.waitFor({ timeout: 60_000 })
  await expect(bar).toBeVisible()
  await cancel.click()
  await expect(messages(app.page)).toContainText('Did not restore big.json. Nothing was changed.')
  await expect(bar).toHaveCount(0)
  await expect(page).toContainText('they are damaged')
  await expect(replace).toBeEnabled()

  await chooseFile(app.page, () => replace.click(), 'quarterdeck-backup.json', backup)
  await quarterBack(app, profile, baseURL)
})

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures used from this pattern: none
test('the store folder deleted between two starts: the quarters are said missing, and a backup file brings them back', async ({}, testInfo) => {
  test.slow() // three starts of Chromium
  const profile = testInfo.outputPath('profile')
  const baseURL = String(testInfo.project.use.baseURL)
  const backup = await quarterWithBackup(profile, baseURL)
  rmSync(storeFolder(profile), { recursive: true })

  const app = await startOnProfile(profile, baseURL)
  const missing = app.page.getByRole('alert').filter({ hasText: 'Your quarters are missing' })
  await expect(missing).toContainText(
    'Quarterdeck held 1 quarter here, but its goal store is empty',
  )
  await expect(app.page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
  await chooseFile(
    app.page,
    () => missing.getByRole('button', { name: 'Open a backup file…' }).click(),
    'quarterdeck-backup.json',
    backup,
  )
  await quarterBack(app, profile, baseURL)
})
