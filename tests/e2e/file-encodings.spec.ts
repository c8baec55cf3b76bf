/**
 * Files in strange encodings given to Import and Open backup
 * (src/shared/fileBytes.ts): a Latin-1 page is never read with mangled
 * letters behind the user's back, a binary file invents nothing, and a file
 * over the size limit is refused before it is read. The desktop app's main
 * process gives the chosen file's bytes, which the page decodes as in web mode.
 */
import { test, expect, freshApp, column, card } from './fixtures'
import { chooseInOpenDialog, desktopStandIn } from './helpers/desktopStandIn'
import { expectEditorText } from './helpers/wikitextEditor'

// "Équipe Qualité" and a goal with "–" and "é", all in Windows-1252 bytes.
const PAGE = `'''Test Lab Goals, FY2019\u201320, Q2 (October - December 2019)'''

== \u00c9quipe Qualit\u00e9 ==
{| class="wikitable"
! Goal !! Status
|-
| Am\u00e9liorer la recherche \u2013 phase 2 || {{Done}}
|}
`

function windows1252(text: string): Buffer {
  return Buffer.from(text.replace(/\u2013/g, '\x96'), 'latin1')
}

async function openInImport(page: import('@playwright/test').Page, name: string, buffer: Buffer) {
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open .wiki/.txt file…' }).click()
  await (await choosing).setFiles({ name, mimeType: 'text/plain', buffer })
}

test('a Latin-1 page is refused with a sentence, and read right as Windows-1252 when asked', async ({
  page,
}) => {
  await freshApp(page)
  await openInImport(page, 'qualite.wiki', windows1252(PAGE))

  await expect(page.getByRole('alert')).toHaveText(
    'Could not open the file: qualite.wiki is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.',
  )
  const textbox = page.getByRole('textbox', { name: 'Wikitext to import' })
  await expectEditorText(textbox, '')
  await expect(page.getByRole('region', { name: 'Page read' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Read it as Windows-1252' }).click()
  await expectEditorText(textbox, PAGE)
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText('1 goal')
  await page.getByRole('button', { name: 'Create quarter from this page' }).click()
  await expect(card(column(page, 'Done'), 'Améliorer la recherche – phase 2')).toBeVisible()
})

test("in the desktop app, where main gives the chosen file's bytes, Import says and offers the same", async ({
  page,
}) => {
  await desktopStandIn(page)
  await freshApp(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const open = page.getByRole('button', { name: 'Open .wiki/.txt file…' })

  await chooseInOpenDialog(page, 'qualite.wiki', windows1252(PAGE))
  await open.click()
  await expect(page.getByRole('alert')).toHaveText(
    'Could not open the file: qualite.wiki is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.',
  )
  const textbox = page.getByRole('textbox', { name: 'Wikitext to import' })
  await expectEditorText(textbox, '')
  await page.getByRole('button', { name: 'Read it as Windows-1252' }).click()
  await expectEditorText(textbox, PAGE)
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText('1 goal')

  await chooseInOpenDialog(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
  await open.click()
  await expect(page.getByRole('alert')).toHaveText(
    'Could not open the file: photo.png is not a wiki page: it holds binary data, not text. Nothing was read from it.',
  )
  await expect(page.getByRole('button', { name: 'Read it as Windows-1252' })).toHaveCount(0)
})

test('a binary file given to Import is refused in one sentence, with nothing read from it', async ({
  page,
}) => {
  await freshApp(page)
  // A PNG header and some pixels: NUL bytes and control characters.
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from('IHDR|| {{Done}} == Team ==\n'.repeat(40)),
  ])
  await openInImport(page, 'photo.png', png)

  await expect(page.getByRole('alert')).toHaveText(
    'Could not open the file: photo.png is not a wiki page: it holds binary data, not text. Nothing was read from it.',
  )
  await expectEditorText(page.getByRole('textbox', { name: 'Wikitext to import' }), '')
  await expect(page.getByRole('region', { name: 'Page read' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Read it as Windows-1252' })).toHaveCount(0)
})

test('a page over 20 MB is refused in one sentence before it is read, and Import stays usable', async ({
  page,
}) => {
  await freshApp(page)
  // 21 MB of a valid page: refused for its size alone.
  const line = '| A goal that is long enough to fill the page quickly || {{Done}}\n|-\n'
  const huge = Buffer.from(line.repeat(Math.ceil((21 * 1024 * 1024) / line.length)))
  await openInImport(page, 'huge.wiki', huge)
  await expect(page.getByRole('alert')).toHaveText(
    'Could not open the file: "huge.wiki" is 21.0 MB; Quarterdeck opens files up to 20.0 MB.',
  )
  const textbox = page.getByRole('textbox', { name: 'Wikitext to import' })
  await expectEditorText(textbox, '')

  await openInImport(page, 'small.wiki', Buffer.from(PAGE.replace(/\u2013/g, '-')))
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText('1 goal')
})
