import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { freshQuarter, quickAdd, cardTexts } from './board.helpers'
import { test, expect, column, card, dragCard, boardIdle, menuAction } from './fixtures'

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

/** Clicks "Merge backup…" and picks a file with this text in the web build's file input. */
async function mergeBackup(page: Page, name: string, file: BackupFile) {
  const choosing = page.waitForEvent('filechooser')
  await menuAction(page, 'Merge backup…')
  const chooser = await choosing
  await chooser.setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  })
}

/** A colleague's copy of the backup: "Ship search" blocked there, and a goal of theirs added. */
function colleaguesCopy(text: string): BackupFile {
  const file = JSON.parse(text) as BackupFile
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
