import { readFile } from 'node:fs/promises'
import { test, expect, exampleQuarter, reloadApp } from './fixtures'
import type { Page } from '@playwright/test'

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
  await expect(wikitext).toHaveValue(/^== Analytics ==$/m)
  await expect(wikitext).toHaveValue(/\{\{Phabricator\|T223626\}\}/)
  await expect(wikitext).toHaveJSProperty('readOnly', true)
  expect(await wikitext.inputValue()).toMatch(/^\{\|/m)

  await page.getByRole('radio', { name: 'Bullet list' }).check()
  await expect(wikitext).not.toHaveValue(/^\{\|/m)
  await expect(wikitext).toHaveValue(/^\*.*\{\{Phabricator\|T223626\}\}/m)
  const listPage = await wikitext.inputValue()

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
  await expect(page.getByRole('textbox', { name: 'Wikitext', exact: true })).toHaveValue(listPage)
})

test('writes statuses and tasks through the chosen template profile', async ({ page }) => {
  const wikitext = await loadExampleAndExport(page)
  await page.getByRole('radio', { name: 'Plain' }).check()
  await expect(wikitext).toHaveValue(/\[\[phab:T223626\|T223626\]\]/)
  await expect(wikitext).not.toHaveValue(/\{\{Phabricator\|/)

  await page.getByRole('radio', { name: 'Custom' }).check()
  const editor = page.getByRole('form', { name: 'Custom profile' })
  await editor.getByRole('textbox', { name: 'Done markup', exact: true }).fill('{{Yes|Finished}}')
  await editor.getByRole('textbox', { name: 'Task link pattern' }).fill('{{task}}')
  await editor.getByRole('button', { name: 'Save custom profile' }).click()
  await expect(editor.getByRole('alert')).toHaveText(/Task link pattern must contain \$1/)
  // Nothing was saved: the page still uses the plain profile's markup.
  await expect(wikitext).toHaveValue(/\[\[phab:T223626\|T223626\]\]/)
  await expect(wikitext).not.toHaveValue(/\{\{Yes\|Finished\}\}/)

  await editor.getByRole('textbox', { name: 'Task link pattern' }).fill('{{task|$1}}')
  await editor.getByRole('button', { name: 'Save custom profile' }).click()
  await expect(editor.getByRole('status')).toHaveText('Custom profile saved with this quarter.')
  await expect(wikitext).toHaveValue(/\{\{task\|T223626\}\}/)
  await expect(wikitext).toHaveValue(/\{\{Yes\|Finished\}\}/)

  await reloadApp(page)
  await page.getByRole('tab', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Done markup', exact: true })).toHaveValue(
    '{{Yes|Finished}}',
  )
})

test('the export follows changes made in another window without a reload', async ({ page }) => {
  const wikitext = await loadExampleAndExport(page)
  await expect(wikitext).toHaveValue(/\{\{Phabricator\|T223626\}\}/)

  const other = await page.context().newPage()
  await other.goto('/')
  await other.getByRole('tab', { name: 'Export', exact: true }).click()
  await other.getByRole('radio', { name: 'Plain' }).check()
  await expect(other.getByRole('textbox', { name: 'Wikitext', exact: true })).toHaveValue(
    /\[\[phab:T223626\|T223626\]\]/,
  )

  await expect(wikitext).toHaveValue(/\[\[phab:T223626\|T223626\]\]/)
  await expect(page.getByRole('radio', { name: 'Plain' })).toBeChecked()
})
