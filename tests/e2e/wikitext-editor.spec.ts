/**
 * The CodeMirror wikitext views: typing a page into Import and importing it,
 * searching the exported page, and the import report's links to its lines.
 */
import { card, column, exampleQuarter, expect, freshApp, test } from './fixtures'
import { editorSelection, editorText, expectEditorText } from './helpers/wikitextEditor'

test('a page typed into the Import editor line by line is read and imported', async ({ page }) => {
  await freshApp(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const box = page.getByRole('textbox', { name: 'Wikitext to import' })
  await box.click()
  // Typed key by key, Enter included, as a person would (no fill, no paste).
  for (const line of [
    "'''Test Lab Goals, FY2019–20, Q2 (October - December 2019)'''",
    '',
    '== Search ==',
    'Team Manager: Erika Example',
    '',
    '* Improve the ranking {{Done}}',
    '* Ship the query parser {{in progress}}',
  ]) {
    await page.keyboard.type(line)
    await page.keyboard.press('Enter')
  }
  await expectEditorText(box, /^== Search ==\nTeam Manager: Erika Example\n\n\* Improve/m)
  // Highlighted as wikitext: the heading and the template have their own colours.
  await expect(page.locator('.cm-line', { hasText: '== Search ==' }).locator('span')).toHaveCSS(
    'font-weight',
    '600',
  )

  await page.getByRole('button', { name: 'Read page' }).click()
  const found = page.getByRole('region', { name: 'Page read' })
  await expect(found).toContainText('2 goals')
  await page.getByRole('button', { name: 'Create quarter from this page' }).click()
  await expect(card(column(page, 'Done'), 'Improve the ranking')).toBeVisible()
  await expect(card(column(page, 'In progress'), 'Ship the query parser')).toBeVisible()
})

test('the exported page wraps its long lines, numbers them and can be searched', async ({
  page,
}) => {
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  const box = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expectEditorText(box, /Kerberos/)

  // Wrapped: no line is wider than the editor.
  const scroller = page.locator('.cm-scroller')
  const sideways = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(sideways).toBeLessThanOrEqual(1)
  await expect(page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^5$/ })).toBeVisible()

  await page.getByRole('button', { name: 'Search in Wikitext' }).click()
  const find = page.getByRole('textbox', { name: 'Find' })
  await expect(find).toBeFocused()
  await find.pressSequentially('Kerberos')
  await find.press('Enter')
  await expect.poll(() => editorSelection(box)).toBe('Kerberos')
  await expect(page.locator('.cm-searchMatch').first()).toBeVisible()

  // Ctrl+F from the text opens the same search.
  await page.keyboard.press('Escape')
  await expect(find).toHaveCount(0)
  await box.click()
  await page.keyboard.press('ControlOrMeta+f')
  await expect(page.getByRole('textbox', { name: 'Find' })).toBeFocused()
})

test('a line number in the import report shows that line in the editor', async ({ page }) => {
  await freshApp(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const goals = Array.from({ length: 60 }, (_, i) => `* Goal number ${i + 1} {{Done}}`)
  const lines = [
    '== Search ==',
    'Team Manager: Erika Example',
    '',
    ...goals,
    'A sentence nobody can place.',
  ]
  const strayLine = lines.length
  const box = page.getByRole('textbox', { name: 'Wikitext to import' })
  await box.fill(lines.join('\n'))
  await box.press('ControlOrMeta+Home')
  await page.getByRole('button', { name: 'Read page' }).click()
  const report = page.getByRole('list', { name: 'Import report' })
  await expect(report).toContainText(`Line ${strayLine}: “A sentence nobody can place.”`)

  const stray = page.locator('.cm-line', { hasText: 'A sentence nobody can place.' })
  await expect(stray).not.toBeInViewport()
  await report.getByRole('button', { name: `Show line ${strayLine} in the wikitext` }).click()
  await expect(box).toBeFocused()
  await expect.poll(() => editorSelection(box)).toBe('A sentence nobody can place.')
  await expect(stray).toBeInViewport()
  // Nothing was changed by looking.
  expect(await editorText(box)).toBe(lines.join('\n'))
})
