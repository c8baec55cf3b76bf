import { readFile } from 'node:fs/promises'
import { test, expect, card, exampleQuarter, reloadApp } from './fixtures'
import type { Page } from '@playwright/test'
import { editorText, expectEditorText, expectEditorTextNot } from './helpers/wikitextEditor'
import { chooseSegment } from './helpers/segmented'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

async function loadExampleAndExport(page: Page) {
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  return page.getByRole('textbox', { name: 'Wikitext', exact: true })
}

test('exports the example quarter, switches layout, copies and saves the page', async ({
  page,
}) => {
  const wikitext = await loadExampleAndExport(page)
  await expectEditorText(wikitext, /^== Analytics ==$/m)
  await expectEditorText(wikitext, /\{\{Phabricator\|T223626\}\}/)
  // Read-only: what is typed there does not change the page.
  await expect(wikitext).toHaveAttribute('aria-readonly', 'true')
  const before = await editorText(wikitext)
  await wikitext.click()
  await page.keyboard.type('typed')
  expect(await editorText(wikitext)).toBe(before)
  expect(await editorText(wikitext)).toMatch(/^\{\|/m)

  await chooseSegment(page, 'Bullet list')
  await expectEditorTextNot(wikitext, /^\{\|/m)
  await expectEditorText(wikitext, /^\*.*\{\{Phabricator\|T223626\}\}/m)
  const listPage = await editorText(wikitext)

  await page.getByRole('button', { name: 'Copy to clipboard' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(listPage)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as .wiki…' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('Wikimedia Technology-Goals-2019-20 Q2.wiki')
  expect(await readFile(await download.path(), 'utf8')).toBe(listPage)

  // The layout is saved with the plan: it is still the list after a reload.
  await reloadApp(page)
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Bullet list' })).toBeChecked()
  const reloaded = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expectEditorText(reloaded, listPage)

  // The layout is a radio group to the keyboard too: an arrow key moves the choice.
  await page.getByRole('radio', { name: 'Bullet list' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('radio', { name: 'Table' })).toBeChecked()
  await expectEditorText(reloaded, /^\{\|/m)
})

test('writes statuses and tasks through the chosen template profile', async ({ page }) => {
  const wikitext = await loadExampleAndExport(page)
  await chooseSegment(page, 'Plain')
  await expectEditorText(wikitext, /\[\[phab:T223626\|T223626\]\]/)
  await expectEditorTextNot(wikitext, /\{\{Phabricator\|/)

  await chooseSegment(page, 'Custom')
  const editor = page.getByRole('form', { name: 'Custom profile' })
  await editor.getByRole('textbox', { name: 'Done markup', exact: true }).fill('{{Yes|Finished}}')
  await editor.getByRole('textbox', { name: 'Task link pattern' }).fill('{{task}}')
  await editor.getByRole('button', { name: 'Save custom profile' }).click()
  await expect(editor.getByRole('alert')).toHaveText(/Task link pattern must contain \$1/)
  // Nothing was saved: the page still uses the plain profile's markup.
  await expectEditorText(wikitext, /\[\[phab:T223626\|T223626\]\]/)
  await expectEditorTextNot(wikitext, /\{\{Yes\|Finished\}\}/)

  await editor.getByRole('textbox', { name: 'Task link pattern' }).fill('{{task|$1}}')
  await editor.getByRole('button', { name: 'Save custom profile' }).click()
  await expect(editor.getByRole('status')).toHaveText('Custom profile saved with this quarter.')
  await expectEditorText(wikitext, /\{\{task\|T223626\}\}/)
  await expectEditorText(wikitext, /\{\{Yes\|Finished\}\}/)

  await reloadApp(page)
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Done markup', exact: true })).toHaveValue(
    '{{Yes|Finished}}',
  )
})

test('names the texts holding control characters the page leaves out', async ({ page }) => {
  // Typed into a field, they are left out on saving (typed-control-characters.spec.ts); a page
  // read from elsewhere keeps them, and the Export view says where they are.
  await exampleQuarter(page)
  const goal = 'Initial (Stream) Config Service implementation in vagrant'
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  await page
    .getByRole('textbox', { name: 'Wikitext to import' })
    .fill(
      `'''Lab Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Search ==\nTeam Manager: Erika Example\n\n* ${goal}\u001b\u0007 done {{todo}}\n`,
    )
  await page.getByRole('button', { name: 'Read page' }).click()
  await page.getByRole('button', { name: 'Create quarter from this page' }).click()
  await expect(card(page, goal)).toBeVisible()

  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  const wikitext = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expect.poll(() => editorText(wikitext)).toContain(`${goal} done`)
  // Named where it is (a long text cut short).
  await expect(page.getByRole('note')).toHaveText(
    `The page leaves out invisible control characters (pasted from elsewhere, such as NUL or ESC) in goal “${goal.slice(0, 39)}…”. Edit that text if they should be different.`,
  )
  // eslint-disable-next-line no-control-regex -- the page holds no control character
  expect(await editorText(wikitext)).not.toMatch(/[\u0007\u001b]/)
})

test('the export follows changes made in another window without a reload', async ({ page }) => {
  const wikitext = await loadExampleAndExport(page)
  await expectEditorText(wikitext, /\{\{Phabricator\|T223626\}\}/)

  const other = await page.context().newPage()
  await other.goto('/')
  await other.getByRole('tab', { name: 'Export', exact: true }).click()
  await chooseSegment(other, 'Plain')
  await expectEditorText(
    other.getByRole('textbox', { name: 'Wikitext', exact: true }),
    /\[\[phab:T223626\|T223626\]\]/,
  )

  await expectEditorText(wikitext, /\[\[phab:T223626\|T223626\]\]/)
  await expect(page.getByRole('radio', { name: 'Plain' })).toBeChecked()
})

test('the preview draws status templates as the wiki does, and task ids as links', async ({
  page,
}) => {
  await loadExampleAndExport(page)
  const preview = page.getByRole('region', { name: 'Preview' })
  const row = preview
    .getByRole('row')
    .filter({ hasText: 'Initial (Stream) Config Service implementation in vagrant' })
  // {{Done}}: a check mark and "Done", in the Done colour, not the template's bare name.
  const done = row.locator('.wiki-status', { hasText: 'Done' })
  await expect(done).toBeVisible()
  await expect(done.locator('svg')).toBeVisible()
  await expect(done).toHaveCSS('color', 'rgb(15, 122, 95)')
  // {{Not done|Blocked}} shows its own label, in the Blocked colour.
  const blocked = preview.locator('.wiki-status', { hasText: 'Blocked' }).first()
  await expect(blocked).toHaveCSS('color', 'rgb(179, 38, 30)')
  // {{Phabricator|T233634}}: a link to the task.
  await expect(row.getByRole('link', { name: 'T233634' })).toHaveAttribute(
    'href',
    'https://phabricator.wikimedia.org/T233634',
  )

  // The plain profile writes bold words, and the wiki shows bold words: no icons.
  await chooseSegment(page, 'Plain')
  await expect(row.locator('.wiki-status')).toHaveCount(0)
  await expect(row.locator('strong', { hasText: 'Done' })).toBeVisible()
  await expect(row.getByRole('link', { name: 'T233634' })).toBeVisible()
})
