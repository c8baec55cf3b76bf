/**
 * A new quarter's empty board says what to do next, and its buttons do it:
 * start from the previous quarter (undoable), add teams, import a page.
 */
import type { Page } from '@playwright/test'
import { card, column, exampleQuarter, expect, menuAction, test } from './fixtures'
import { chooseOption, optionNames } from './helpers/select'

/** Creates FY2019–20 Q3 beside the example's Q2, with "New quarter". */
async function newQ3(page: Page): Promise<void> {
  await menuAction(page, 'New quarter')
  const dialog = page.getByRole('dialog', { name: 'New quarter' })
  await dialog.getByLabel('Year the fiscal year starts').fill('2019')
  await chooseOption(dialog, 'Quarter', 'Q3')
  await dialog.getByRole('button', { name: 'Create quarter' }).click()
  await expect(dialog).toBeHidden()
}

function emptyBoard(page: Page) {
  return page.getByRole('group', { name: /^No goals in FY2019–20 Q3/ })
}

test('a new quarter starts from the previous one with one button, and Undo empties it again', async ({
  page,
}) => {
  await exampleQuarter(page)
  await newQ3(page)
  const empty = emptyBoard(page)
  await expect(empty).toBeVisible()
  await expect(empty.getByRole('button', { name: 'Add teams' })).toBeVisible()

  await empty.getByRole('button', { name: /^Start from FY2019–20 Q2/ }).click()
  // The unfinished goals of Q2 are here, continued from Q2; its done goals are not.
  await expect(card(column(page, 'To do'), 'Migrate Service - changeprop')).toBeVisible()
  await expect(card(column(page, 'In progress'), 'Deploy Entropy-based alarms')).toBeVisible()
  await expect(card(page, 'Productionize Kerberos Service')).toHaveCount(0)
  await expect(empty).toHaveCount(0)
  await expect(
    page.getByRole('status').filter({ hasText: /Started from FY2019–20 Q2/ }),
  ).toBeVisible()
  // The focus is on a card, not lost to the page.
  await expect(page.locator(':focus')).toHaveClass(/card/)
  // The teams came along.
  expect(await optionNames(page, 'Team filter')).toContain('Analytics')

  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(emptyBoard(page)).toBeVisible()
  await expect(column(page, 'To do').locator('.card')).toHaveCount(0)
  await expect.poll(() => optionNames(page, 'Team filter')).not.toContain('Analytics')
})

test('the empty board leads to the Team view and to Import', async ({ page }) => {
  await exampleQuarter(page)
  await newQ3(page)
  await emptyBoard(page).getByRole('button', { name: 'Add teams' }).click()
  await expect(page.getByRole('tab', { name: 'Team', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  // Ready to type the first team's name.
  await expect(page.getByLabel('New team name')).toBeFocused()
  await page.getByRole('tab', { name: 'Board', exact: true }).click()
  await emptyBoard(page).getByRole('button', { name: "Import last quarter's page" }).click()
  await expect(page.getByRole('textbox', { name: 'Wikitext to import' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Import', exact: true })).toBeFocused()
})

test('a quarter with no earlier one is not offered a start from one', async ({ page }) => {
  await exampleQuarter(page)
  await menuAction(page, 'New quarter')
  const dialog = page.getByRole('dialog', { name: 'New quarter' })
  await dialog.getByLabel('Year the fiscal year starts').fill('2018')
  await chooseOption(dialog, 'Quarter', 'Q1')
  await dialog.getByRole('button', { name: 'Create quarter' }).click()
  const empty = page.getByRole('group', { name: /^No goals in FY2018–19 Q1/ })
  await expect(empty).toBeVisible()
  await expect(empty.getByRole('button', { name: /^Start from/ })).toHaveCount(0)
  await expect(empty.getByRole('button', { name: 'Add teams' })).toBeVisible()
})
