/**
 * A quarter of long columns (70 goals each: far more than a column shows at
 * once), written straight into the app's database as the board benchmark
 * does rather than typed in, and the steps a person takes in such a column.
 */
import type { Locator, Page } from '@playwright/test'
import { columnCounts, seedDocument, writeDocumentInPage } from '../../bench/boardSeed'
import { column, expect, freshApp } from './fixtures'

const DATABASE_NAME = 'quarterdeck'
const PLAN_KEY = 'quarterdeck.currentPlanId'
const SIZE = { goals: 350, teams: 2, groupsPerTeam: 1 }

/** Goals in each column of the long quarter. */
export const PER_COLUMN = '70'

/** Opens a fresh app and writes the long quarter into its store; the next load shows it. */
export async function seedLongQuarter(page: Page): Promise<void> {
  await freshApp(page)
  await page.waitForFunction(
    async (name) => (await indexedDB.databases()).some((db) => db.name === name && db.version),
    DATABASE_NAME,
  )
  const doc = seedDocument(SIZE)
  expect(String(columnCounts(doc)['todo'])).toBe(PER_COLUMN)
  await page.evaluate(writeDocumentInPage, { databaseName: DATABASE_NAME, doc })
  await page.evaluate(({ key, id }) => localStorage.setItem(key, id), {
    key: PLAN_KEY,
    id: doc.plan.id,
  })
}

/** Scrolls a column to its end, as a person does with the wheel. */
export async function scrollToEnd(target: Locator): Promise<void> {
  await target.evaluate((node) => node.scrollTo({ top: node.scrollHeight }))
}

/** The last card of a column, once it is scrolled to its end and the card is shown. */
export async function lastCard(page: Page, label: string): Promise<Locator> {
  const target = column(page, label)
  const last = target.getByRole('listitem').last()
  await expect(async () => {
    await scrollToEnd(target)
    const size = await last.getAttribute('aria-setsize')
    expect(await last.getAttribute('aria-posinset')).toBe(size)
  }).toPass()
  return last
}
