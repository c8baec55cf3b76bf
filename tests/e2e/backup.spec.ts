import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect, freshApp, column, card, menuAction } from './fixtures'
import { quarterNames } from './helpers/select'

const GOAL = 'Add mediarequests metrics to Wikistats UI'

async function loadExample(page: Page) {
  await freshApp(page)
  await page.getByRole('button', { name: 'Load example quarter' }).click()
  await expect(card(column(page, 'Done'), GOAL)).toBeVisible()
}

/** Clicks "Save backup…" and returns the downloaded file's name and text. */
async function saveBackup(page: Page): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  const download = await downloading
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') }
}

/**
 * Clicks "Open backup…" and picks a file with this text in the file input the
 * web build opens (data-testid "open-file-input"). Waiting for the file
 * chooser keeps it open; otherwise headless Chromium cancels it at once.
 */
async function openBackup(page: Page, name: string, text: string) {
  const choosing = page.waitForEvent('filechooser')
  await menuAction(page, 'Open backup…')
  const chooser = await choosing
  expect(await chooser.element().getAttribute('data-testid')).toBe('open-file-input')
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('a backup saved on one machine opens on another with its goals', async ({ page, browser }) => {
  await loadExample(page)
  const backup = await saveBackup(page)
  expect(backup.name).toMatch(/^quarterdeck-backup-\d{4}-\d{2}-\d{2}\.json$/)
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'quarterdeck' })
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved a backup of 1 quarter' }),
  ).toBeVisible()

  // A fresh browser context has its own, empty IndexedDB: another machine.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  try {
    await freshApp(otherPage)
    await openBackup(otherPage, backup.name, backup.text)
    await expect(card(column(otherPage, 'Done'), GOAL)).toBeVisible()
    await expect(card(column(otherPage, 'Postponed'), 'Resolve Kafka Connect HDFS')).toBeVisible()
  } finally {
    await other.close()
  }
})

test('opening a backup of a stored plan asks first: Cancel, Keep both, Replace', async ({
  page,
}) => {
  await loadExample(page)
  const backup = await saveBackup(page)

  await openBackup(page, backup.name, backup.text)
  const dialog = page.getByRole('dialog', { name: 'Replace a quarter?' })
  await expect(dialog).toContainText(
    'FY2019–20 Q2 · October – December 2019 (Wikimedia Technology)',
  )
  // The safe answer has the focus; Escape gives it, like Cancel.
  await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed.' })).toBeVisible()

  await openBackup(page, backup.name, backup.text)
  await page.getByRole('dialog').getByRole('button', { name: 'Keep both' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'beside the existing ones' }),
  ).toBeVisible()

  await expect.poll(() => quarterNames(page)).toHaveLength(2)
  // Both copies are in a new backup, each with all its goals, under different ids.
  const both = JSON.parse((await saveBackup(page)).text) as {
    plans: { plan: { id: string }; goals: unknown[] }[]
  }
  expect(both.plans).toHaveLength(2)
  expect(new Set(both.plans.map((p) => p.plan.id)).size).toBe(2)
  expect(both.plans[0]?.goals.length).toBe(both.plans[1]?.goals.length)

  await openBackup(page, backup.name, backup.text)
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'restored from the backup' }),
  ).toBeVisible()
  expect(JSON.parse((await saveBackup(page)).text).plans).toHaveLength(2)
})

test('a malformed backup shows what is wrong and changes nothing', async ({ page }) => {
  await loadExample(page)
  const backup = await saveBackup(page)
  const before = await column(page, 'Done').getByRole('listitem').count()

  const truncated = backup.text.slice(0, Math.floor(backup.text.length / 2))
  await openBackup(page, 'cut-short.json', truncated)
  const alert = page.getByRole('alert').filter({ hasText: 'Could not open cut-short.json' })
  await expect(alert).toContainText('Nothing was changed.')

  const wrongStatus = backup.text.replace('"status": "done"', '"status": "finished"')
  await openBackup(page, 'bad-status.json', wrongStatus)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not open bad-status.json' }),
  ).toContainText('status')

  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(column(page, 'Done').getByRole('listitem')).toHaveCount(before)
  expect(JSON.parse((await saveBackup(page)).text).plans).toHaveLength(1)
})
