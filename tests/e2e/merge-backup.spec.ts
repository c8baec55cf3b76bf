import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { freshQuarter, quickAdd, cardTexts } from './board.helpers'
import { test, expect, column, card, dragCard, boardIdle, freshApp, menuAction } from './fixtures'
import { expectNoViolations } from './helpers/axe'
import { chooseInOpenDialog, desktopStandIn } from './helpers/desktopStandIn'

// A quarter made, saved, changed, merged and undone: on the shared 2-core machines this
// can take longer than the default minute when other runs share them.
test.slow()

interface BackupFile {
  plans: Array<{
    plan: { id: string; quarter: number }
    goals: Array<{ id: string; text: string; status: string; rank: string }>
    history: Array<{
      id: string
      goalId: string
      planId: string
      from: string | null
      to: string
      at: number
    }>
  }>
}

/** Clicks "Save backup…" and returns the downloaded file's text. */
async function saveBackup(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  return readFile(await (await downloading).path(), 'utf8')
}

/** Clicks a menu item ("Merge backup…") and picks a file of this JSON in the web build's file input. */
async function pickBackup(page: Page, item: string, name: string, file: object) {
  const choosing = page.waitForEvent('filechooser')
  await menuAction(page, item)
  const chooser = await choosing
  await chooser.setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  })
}

/** Clicks "Merge backup…" and picks a file with this text in the web build's file input. */
async function mergeBackup(page: Page, name: string, file: BackupFile) {
  await pickBackup(page, 'Merge backup…', name, file)
}

/**
 * A colleague's copy of the backup: "Ship search" blocked there, and a goal of theirs added.
 * Without the saved backup's id: a copy with no backup in common with this one (the saved
 * backup itself is one this quarter was in step with, so it would merge three ways).
 */
function colleaguesCopy(text: string): BackupFile {
  const file = JSON.parse(text) as BackupFile & { backupId?: string }
  delete file.backupId
  const doc = file.plans[0]!
  const ship = doc.goals.find((g) => g.text === 'Ship search')!
  doc.history.push({
    id: 'their-h1',
    goalId: ship.id,
    planId: doc.plan.id,
    from: ship.status,
    to: 'blocked',
    at: 5,
  })
  ship.status = 'blocked'
  doc.goals.push({
    ...doc.goals.find((g) => g.text === 'Write docs')!,
    id: 'their-goal',
    text: 'Goal from a colleague',
    rank: 'zz',
  })
  doc.history.push({
    id: 'their-h2',
    goalId: 'their-goal',
    planId: doc.plan.id,
    from: null,
    to: 'todo',
    at: 6,
  })
  return file
}

test('merging a colleague’s backup: a conflict chosen side by side, their goal added, one Undo takes it back', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
  const backup = await saveBackup(page)

  // Here, meanwhile, "Ship search" goes in progress.
  await dragCard(page, card(page, 'Ship search'), column(page, 'In progress'))
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
  await boardIdle(page)

  await mergeBackup(page, 'colleague.json', colleaguesCopy(backup))
  const dialog = page.getByRole('dialog', { name: 'Merge colleague.json' })
  await expect(dialog).toContainText(
    'The two copies have no wiki revision or backup in common, so every difference between them is offered as a choice.',
  )
  const status = dialog.getByRole('group', { name: /Goal “Ship search” \(Analytics\): Status/ })
  await expect(status.getByRole('radio', { name: /This computer.*In progress/ })).toBeChecked()
  await expect(status.getByRole('radio', { name: /The backup.*Blocked/ })).not.toBeChecked()
  const added = dialog.getByRole('group', { name: /Goal “Goal from a colleague”/ })
  await expect(added.getByRole('radio', { name: /This computer.*not in this copy/ })).toBeChecked()
  // Nothing changes before the choice is made.
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()

  await status.getByRole('radio', { name: /The backup/ }).check()
  await added.getByRole('radio', { name: /The backup/ }).check()
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Merged colleague.json' })).toContainText(
    '2 conflicts decided',
  )
  await expect(card(column(page, 'Blocked'), 'Ship search')).toBeVisible()
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Write docs', 'Goal from a colleague'])
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveCount(0)

  // One Undo puts the board back as it was before the merge.
  await boardIdle(page)
  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+z')
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Write docs'])
  await expect(column(page, 'Blocked').getByRole('listitem')).toHaveCount(0)
})

for (const theme of ['light', 'dark'] as const) {
  test(`the conflict dialog reads in the ${theme} theme: axe finds nothing, a chosen side included`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
    const backup = await saveBackup(page)
    await dragCard(page, card(page, 'Ship search'), column(page, 'In progress'))
    await boardIdle(page)
    await mergeBackup(page, 'colleague.json', colleaguesCopy(backup))
    const dialog = page.getByRole('dialog', { name: 'Merge colleague.json' })
    const status = dialog.getByRole('group', { name: /Goal “Ship search” \(Analytics\): Status/ })
    await status.getByRole('radio', { name: /The backup/ }).check()
    await expectNoViolations(page, `the conflict dialog (${theme})`, '.dialog-backdrop')
  })
}

test('a backup of another quarter is refused in one sentence and changes nothing', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
  const file = colleaguesCopy(await saveBackup(page))
  file.plans[0]!.plan.quarter = 3
  await mergeBackup(page, 'q3.json', file)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not merge q3.json' }),
  ).toContainText('the quarter open here. Nothing was changed.')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Ship search', 'Write docs'])
})

test('a backup in Latin-1, and a binary file, are refused in one sentence each and change nothing', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
  const file = colleaguesCopy(await saveBackup(page))
  file.plans[0]!.goals[0]!.text = 'Qualité de la recherche'
  const pick = async (name: string, buffer: Buffer) => {
    const choosing = page.waitForEvent('filechooser')
    await menuAction(page, 'Merge backup…')
    await (await choosing).setFiles({ name, mimeType: 'application/json', buffer })
  }
  // The file's bytes are decoded by the merging worker, which says what the file is not.
  await pick('latin1.json', Buffer.from(JSON.stringify(file), 'latin1'))
  await expect(page.getByRole('alert').filter({ hasText: 'latin1.json' })).toContainText(
    'Could not merge latin1.json: latin1.json is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it. Nothing was changed.',
  )
  await pick('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 7]))
  await expect(page.getByRole('alert').filter({ hasText: 'photo.png' })).toContainText(
    'Could not merge photo.png: photo.png is not a Quarterdeck backup: it holds binary data, not text.',
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Ship search', 'Write docs'])
})

test("in the desktop app, main's bytes go to the merging worker, which refuses Latin-1 and binary files in the same sentences", async ({
  page,
}) => {
  await desktopStandIn(page)
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search'])
  await chooseInOpenDialog(page, 'latin1.json', Buffer.from('{"text":"Qualit\xe9"}', 'latin1'))
  await menuAction(page, 'Merge backup…')
  await expect(page.getByRole('alert').filter({ hasText: 'latin1.json' })).toContainText(
    'Could not merge latin1.json: latin1.json is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it. Nothing was changed.',
  )
  await chooseInOpenDialog(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 7]))
  await menuAction(page, 'Merge backup…')
  await expect(page.getByRole('alert').filter({ hasText: 'photo.png' })).toContainText(
    'Could not merge photo.png: photo.png is not a Quarterdeck backup: it holds binary data, not text.',
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Ship search'])
})

/** A backup file (format version 2) whose quarter was last in step with revision `revid` of its wiki page. */
interface BasedBackupFile extends BackupFile {
  version: number
  wikiBases: Record<
    string,
    { apiUrl: string; title: string; revid: number; timestamp: string; doc: unknown }
  >
}

/**
 * The saved backup as if its quarter had just been published as revision `revid`: the
 * base, built as the backup format writes it, is the quarter as this backup holds it.
 */
function publishedAs(text: string, revid: number): BasedBackupFile {
  const file = JSON.parse(text) as BasedBackupFile
  const doc = file.plans[0]!
  file.version = 2
  file.wikiBases = {
    [doc.plan.id]: {
      apiUrl: 'https://wiki.example/w/api.php',
      title: 'Analytics/Goals',
      revid,
      timestamp: '2026-12-02T10:00:00Z',
      doc: structuredClone(doc),
    },
  }
  return file
}

/** A colleague's copy of `file`: the goal `text` moved to `status` there. */
function theirCopy(file: BasedBackupFile, text: string, status: string): BasedBackupFile {
  const theirs = structuredClone(file)
  const doc = theirs.plans[0]!
  const target = doc.goals.find((g) => g.text === text)!
  doc.history.push({
    id: `their-${status}`,
    goalId: target.id,
    planId: doc.plan.id,
    from: target.status,
    to: status,
    at: 7,
  })
  target.status = status
  return theirs
}

test('copies last in step with the same wiki revision merge three ways: one change on each side with no question, the same field changed on both asked', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
  // Both copies as they were when the quarter was published as revision 7.
  const published = publishedAs(await saveBackup(page), 7)
  await pickBackup(page, 'Open backup…', 'published.json', published)
  await page
    .getByRole('dialog', { name: 'Replace a quarter?' })
    .getByRole('button', { name: 'Replace' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'Opened published.json' })).toBeVisible()
  await boardIdle(page)

  // Here "Ship search" goes in progress; there, "Write docs" is done.
  await dragCard(page, card(page, 'Ship search'), column(page, 'In progress'))
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
  await boardIdle(page)
  await mergeBackup(page, 'theirs.json', theirCopy(published, 'Write docs', 'done'))
  await expect(page.getByRole('status').filter({ hasText: 'Merged theirs.json' })).toContainText(
    '1 change from the backup applied, 1 change of yours kept. Both copies were last in step with revision 7 of “Analytics/Goals” on the wiki, so only the changes made since then are compared.',
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(card(column(page, 'Done'), 'Write docs')).toBeVisible()
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()

  // There, "Ship search" was blocked instead: that one field is asked, nothing else.
  await boardIdle(page)
  await mergeBackup(page, 'blocked.json', theirCopy(published, 'Ship search', 'blocked'))
  const dialog = page.getByRole('dialog', { name: 'Merge blocked.json' })
  await expect(dialog).toContainText(
    '1 change differs between this computer and the backup. Choose which to keep; everything else is merged as it is. Both copies were last in step with revision 7 of “Analytics/Goals” on the wiki, so only the changes made since then are compared.',
  )
  await expect(dialog.getByRole('group')).toHaveCount(1)
  const status = dialog.getByRole('group', { name: /Goal “Ship search” \(Analytics\): Status/ })
  await expect(status).toContainText('Before: To do')
  await status.getByRole('radio', { name: /The backup.*Blocked/ }).check()
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(card(column(page, 'Blocked'), 'Ship search')).toBeVisible()
  await expect(card(column(page, 'Done'), 'Write docs')).toBeVisible()

  // The next backup still carries the base.
  const again = JSON.parse(await saveBackup(page)) as BasedBackupFile
  expect(again.version).toBe(2)
  expect(Object.values(again.wikiBases).map((base) => base.revid)).toEqual([7])
})

test('a backup sent to a colleague and back merges three ways against it: each side’s change kept with no question', async ({
  page,
  browser,
}) => {
  // Manager A saves backup B0 and mails it to C.
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
  await boardIdle(page)
  const b0 = await saveBackup(page)

  // C opens it on another machine: a browser context of its own, with its own store.
  const machineC = await browser.newContext()
  const colleague = await machineC.newPage()
  try {
    await freshApp(colleague)
    await pickBackup(colleague, 'Open backup…', 'b0.json', JSON.parse(b0) as object)
    await expect(colleague.getByRole('status').filter({ hasText: 'Opened b0.json' })).toBeVisible()

    // Offline, A moves "Ship search" on; C rewords "Write docs".
    await dragCard(page, card(page, 'Ship search'), column(page, 'In progress'))
    await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
    await boardIdle(page)
    await card(colleague, 'Write docs').click()
    const editor = colleague.getByRole('dialog', { name: 'Edit goal' })
    await editor.getByLabel('Goal text').fill('Write docs for search')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(card(column(colleague, 'To do'), 'Write docs for search')).toBeVisible()
    await boardIdle(colleague)

    // C saves B1 and sends it back; A merges it.
    const b1 = await saveBackup(colleague)
    await mergeBackup(page, 'from-c.json', JSON.parse(b1) as BackupFile)
  } finally {
    await machineC.close()
  }
  const savedOn = await page.evaluate(
    (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }),
    (JSON.parse(b0) as { exportedAt: string }).exportedAt,
  )
  await expect(page.getByRole('status').filter({ hasText: 'Merged from-c.json' })).toContainText(
    `Merged from-c.json: 1 change from the backup applied, 1 change of yours kept. Both copies were last in step with the backup saved on ${savedOn}, so only the changes made since then are compared.`,
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Write docs for search'])
})
