import { card, column, expect, freshApp, test } from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'

const ONE_GOAL_PAGE = `== Security ==
Directors: Ann Alpha

* Audit the login flow T1003 {{Not done|Blocked}}
`

// A goal without a status: the importer reads it, as To do, and says so.
const NO_STATUS_PAGE = `== Security ==
Directors: Ann Alpha

* Rotate the signing keys
* Audit the login flow {{Done}}
`

test.describe('wording', () => {
  test('one goal is "1 goal" on the board, in its column and in a page read for import', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Superset upgrade'])
    await expect(page.locator('.filter-summary')).toHaveText('1 goal')
    await expect(column(page, 'To do').getByLabel('1 goal', { exact: true })).toHaveText('1')
    await expect(column(page, 'Done').getByLabel('0 goals', { exact: true })).toHaveText('0')
    await page.getByLabel('Search goals').fill('superset')
    await expect(page.locator('.filter-summary')).toHaveText('Showing 1 of 1 goal')
    await expect(card(page, 'Superset upgrade')).toBeVisible()

    await freshApp(page)
    await page.getByRole('tab', { name: 'Import', exact: true }).click()
    await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(ONE_GOAL_PAGE)
    await page.getByRole('button', { name: 'Read page' }).click()
    const found = page.getByRole('region', { name: 'Page read' })
    await expect(found).toContainText('1 team, 0 priority groups, 1 goal, 0 status updates')
    await expect(found.getByRole('heading', { name: 'Security (1 goal)' })).toBeVisible()
    await expect(found).not.toContainText('1 goals')
  })

  test('a line the importer read, with a status it chose, is not said to be kept as text', async ({
    page,
  }) => {
    await freshApp(page)
    await page.getByRole('tab', { name: 'Import', exact: true }).click()
    await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(NO_STATUS_PAGE)
    await page.getByRole('button', { name: 'Read page' }).click()
    const report = page.getByRole('list', { name: 'Import report' })
    await expect(report.getByRole('listitem')).toHaveText([
      /^Line 1: “== Security ==” — No quarter heading or page title found; department "Department" and the current quarter used\.$/,
      'Line 4: “* Rotate the signing keys” — No status found; set to To do.',
    ])
    await expect(report).not.toContainText('Kept as text')
  })
})
