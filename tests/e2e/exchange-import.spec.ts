import { test, expect, exampleQuarter, freshApp, column, card } from './fixtures'
import { editorText, expectEditorText } from './helpers/wikitextEditor'
import { quarterNames } from './helpers/select'

// A small page written by hand in the style of the reference page: a table
// team and a bullet-list team, template aliases, several task notations, and
// a header row the importer reports instead of placing.
const PAGE = `[[Test Lab/Goals/2019-20 Q1|Q1]] '''Test Lab Goals, FY2019–20, Q2 (October - December 2019)''' [[Test Lab/Goals/2019-20 Q3|Q3]]

Test Lab team goals and status for Q2 FY19/20

== Search ==
Team Manager: Erika Example

{| class="wikitable"
! Goal !! Status
|-
| Improve the ranking of search results {{Phabricator|T1001}} || {{Done}}
|-
| Ship the new query parser [[phab:T1002|T1002]] || {{in progress}} this work continues from Q1
|}

Dependencies on: Security

== Security ==
Directors: Ann Alpha and Bob Beta

* Audit the login flow T1003 {{Not done|Blocked}}
* Rotate the signing keys {{todo}}
* Review third-party libraries {{Postponed}}

Dependencies on:
`

test('reads a pasted page, shows what it found, and creates its quarter', async ({ page }) => {
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()

  await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(PAGE)
  await page.getByRole('button', { name: 'Read page' }).click()

  const found = page.getByRole('region', { name: 'Page read' })
  await expect(found).toContainText('FY2019–20 Q2')
  await expect(found).toContainText('Test Lab')
  await expect(found).toContainText('2 teams')
  await expect(found).toContainText('5 goals')
  const search = found.getByRole('region', { name: 'Goals of Search' })
  await expect(search.getByRole('listitem')).toHaveText([
    /Improve the ranking of search results — Done \(T1001\)/,
    /Ship the new query parser — In progress \(T1002\)/,
  ])
  const security = found.getByRole('region', { name: 'Goals of Security' })
  await expect(security.getByRole('listitem')).toHaveText([
    /Audit the login flow — Blocked \(T1003\)/,
    /Rotate the signing keys — To do/,
    /Review third-party libraries — Postponed/,
  ])

  // What the report says is checked in wording.spec.ts; a line it read is never "kept as text".
  await expect(found).not.toContainText('Kept as text')
  await expect(found.getByRole('heading', { name: 'Search (2 goals)' })).toBeVisible()
  await expect.poll(() => quarterNames(page)).toHaveLength(1)

  await page.getByRole('button', { name: 'Create quarter from this page' }).click()

  await expect(card(column(page, 'Done'), 'Improve the ranking of search results')).toBeVisible()
  await expect(card(column(page, 'In progress'), 'Ship the new query parser')).toBeVisible()
  await expect(card(column(page, 'Blocked'), 'Audit the login flow')).toBeVisible()
  await expect(card(column(page, 'To do'), 'Rotate the signing keys')).toBeVisible()
  await expect(card(column(page, 'Postponed'), 'Review third-party libraries')).toBeVisible()
  // The board shows the new quarter only, not the example's goals.
  await expect(card(page, 'Add mediarequests metrics to Wikistats UI')).toHaveCount(0)
})

test('says so when a page is not a goals page, and creates nothing', async ({ page }) => {
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()

  await page
    .getByRole('textbox', { name: 'Wikitext to import' })
    .fill('Just a note about lunch.\n\nNothing to see here.')
  await page.getByRole('button', { name: 'Read page' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /goals page/i })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create quarter from this page' })).toHaveCount(0)
})

test('warns that the quarter already exists and still adds it beside the existing one', async ({
  page,
}) => {
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  const exported = await editorText(page.getByRole('textbox', { name: 'Wikitext', exact: true }))

  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(exported)
  await page.getByRole('button', { name: 'Read page' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'already has a plan for FY2019–20 Q2' }),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText(
    'Every line was read as written; nothing to report.',
  )
  await page.getByRole('button', { name: 'Create quarter from this page' }).click()
  await expect(
    card(column(page, 'Done'), 'Add mediarequests metrics to Wikistats UI'),
  ).toBeVisible()
  // Two plans for the same quarter now: the imported one is shown, the example is untouched.
  await expect.poll(() => quarterNames(page)).toHaveLength(2)
})

test('reads a .wiki file opened from disk', async ({ page }) => {
  await freshApp(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open .wiki/.txt file…' }).click()
  const chooser = await choosing
  await chooser.setFiles({
    name: 'test-lab.wiki',
    mimeType: 'text/plain',
    buffer: Buffer.from(PAGE),
  })

  await expectEditorText(page.getByRole('textbox', { name: 'Wikitext to import' }), PAGE)
  const found = page.getByRole('region', { name: 'Page read' })
  await expect(found).toContainText('5 goals')
  await page.getByRole('button', { name: 'Create quarter from this page' }).click()
  await expect(card(column(page, 'Blocked'), 'Audit the login flow')).toBeVisible()
})
