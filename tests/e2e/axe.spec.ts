/**
 * Access: axe-core checks every view and dialog, in the light and the dark
 * theme, and finds nothing. A violation is reported with its rule, what it
 * says and where, so the failure message alone tells what to fix.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { card, column, exampleQuarter, expect, menuAction, test } from './fixtures'

// A page with a line the importer keeps as text, so the report has something to say.
const PAGE = `== Search ==
Team Manager: Erika Example

* Improve the ranking of search results {{Phabricator|T1001}} {{Done}}
* Ship the new query parser {{in progress}}
A sentence nobody can place.
`

/** Runs axe on the page as it is now; fails naming each violation and where it is. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
        .join('; ')}`,
  )
  expect(found, `axe violations in ${what}`).toEqual([])
}

for (const theme of ['light', 'dark'] as const) {
  test(`every view and dialog passes axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme: theme })
    await exampleQuarter(page)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await expectNoViolations(page, 'the board')

    // The goal editor, and its question when Escape would lose typing.
    await card(column(page, 'Done'), 'Productionize Kerberos Service').click()
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    await expectNoViolations(page, 'the goal editor')
    await editor.getByLabel('Goal text').fill('Productionize Kerberos Service, now')
    await page.keyboard.press('Escape')
    await expect(editor.getByRole('alert')).toContainText('Discard the changes')
    await expectNoViolations(page, 'the discard question')
    await editor.getByRole('button', { name: 'Discard changes' }).click()
    await expect(editor).toBeHidden()

    for (const [item, dialog] of [
      ['New quarter', 'New quarter'],
      ['Quarter settings', 'Quarter settings'],
      ['Start next quarter', 'Start next quarter'],
    ] as const) {
      await menuAction(page, item)
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
      await expectNoViolations(page, `the dialog "${dialog}"`)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
    }

    // The header's menu itself, open.
    await page.getByRole('button', { name: 'Menu', exact: true }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectNoViolations(page, 'the header menu')
    await page.keyboard.press('Escape')

    await page.getByRole('tab', { name: 'Export', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible()
    await expectNoViolations(page, 'Export')

    await page.getByRole('tab', { name: 'Import', exact: true }).click()
    await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(PAGE)
    await page.getByRole('button', { name: 'Read page' }).click()
    await expect(page.getByRole('region', { name: 'Page read' })).toContainText('Kept as text')
    await expectNoViolations(page, 'Import with its report')

    // The backup question: opening a backup of a quarter that is already here.
    await page.getByRole('tab', { name: 'Board', exact: true }).click()
    const downloading = page.waitForEvent('download')
    await menuAction(page, 'Save backup…')
    const backup = await readFile(await (await downloading).path(), 'utf8')
    const choosing = page.waitForEvent('filechooser')
    await menuAction(page, 'Open backup…')
    await (
      await choosing
    ).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) })
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Keep both' })).toBeVisible()
    await expectNoViolations(page, 'the backup question')
  })
}
