/**
 * A full disk while the app writes its store (issue 18): the edit or import
 * is refused with one sentence, what was typed stays, the app keeps working,
 * and once there is space again the same action lands, with no reload. The
 * disk is "full" while a flag is set: IndexedDB's writes then throw the
 * QuotaExceededError Chromium raises when the profile's disk has no room.
 */
import type { Page } from '@playwright/test'
import { test, expect, exampleQuarter, column, card, reloadApp } from './fixtures'
import { quarterNames } from './helpers/select'

const DISK_FULL =
  'The disk is full, so this change was not saved (what you typed is kept); free some space and try again.'

const GOAL = 'Add mediarequests metrics to Wikistats UI'

/** Installs the switchable full disk in every page load. */
async function switchableDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const full = () => (window as { diskFull?: boolean }).diskFull === true
    for (const name of ['put', 'add', 'delete', 'clear'] as const) {
      const write = IDBObjectStore.prototype[name] as (...args: unknown[]) => IDBRequest
      Object.defineProperty(IDBObjectStore.prototype, name, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, ...args: unknown[]) {
          if (full()) throw new DOMException('The disk is full.', 'QuotaExceededError')
          return write.apply(this, args)
        },
      })
    }
  })
}

const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => Object.assign(window, { diskFull: value }), full)

test('an edit on a full disk says so, keeps the typing, and saves once there is space', async ({
  page,
}) => {
  await switchableDisk(page)
  await exampleQuarter(page)
  await card(page, GOAL).click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  await editor.getByLabel('Goal text').fill(`${GOAL} (typed on a full disk)`)

  await setDiskFull(page, true)
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor.getByText(DISK_FULL)).toBeVisible()
  await expect(editor.getByLabel('Goal text')).toHaveValue(`${GOAL} (typed on a full disk)`)
  await expect(page.getByText(/already used|QuotaExceeded/)).toHaveCount(0)
  // The board still shows what the store holds.
  await expect(card(column(page, 'Done'), `${GOAL} (typed`)).toHaveCount(0)

  await setDiskFull(page, false)
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor).toBeHidden()
  await expect(card(page, `${GOAL} (typed on a full disk)`)).toBeVisible()

  await reloadApp(page)
  await expect(card(page, `${GOAL} (typed on a full disk)`)).toBeVisible()
})

const PAGE = `'''Test Lab Goals, FY2019–20, Q2 (October - December 2019)'''

== Search ==
Team Manager: Erika Example

* Improve the ranking of search results T1001 {{Done}}
* Ship the new query parser {{in progress}}
`

test('an import on a full disk says the disk is full, leaves a usable board, and works once there is space', async ({
  page,
}) => {
  await switchableDisk(page)
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(PAGE)
  await page.getByRole('button', { name: 'Read page' }).click()
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText('2 goals')

  await setDiskFull(page, true)
  const create = page.getByRole('button', { name: 'Create quarter from this page' })
  await create.click()
  await expect(page.getByText(DISK_FULL)).toBeVisible()
  await expect(page.getByText(/already used/)).toHaveCount(0)
  await expect.poll(() => quarterNames(page)).toHaveLength(1)

  // Tried again on the still-full disk: the same sentence, never "ids already used".
  await create.click()
  await expect(page.getByText(DISK_FULL)).toBeVisible()
  await expect(page.getByText(/already used/)).toHaveCount(0)

  await setDiskFull(page, false)
  await create.click()
  await expect(card(column(page, 'Done'), 'Improve the ranking of search results')).toBeVisible()
  await expect(page.getByText('Loading goals…')).toHaveCount(0)
  await expect.poll(() => quarterNames(page)).toHaveLength(2)

  await reloadApp(page)
  await expect(card(page, 'Improve the ranking of search results')).toBeVisible()
})
