/**
 * Access: axe-core checks every view and dialog, in the light and the dark
 * theme, and finds nothing. A violation is reported with its rule, what it
 * says and where, so the failure message alone tells what to fix.
 */
import { readFile } from 'node:fs/promises'
import {
  card,
  column,
  exampleQuarter,
  expect,
  menuAction,
  openCutShortBackup,
  openMenu,
  test,
  outsideMessages,
} from './fixtures'
import { chooseOption, selectButton } from './helpers/select'
import { expectNoViolations } from './helpers/axe'

// A page with a line the importer keeps as text, so the report has something to say.
const PAGE = `== Search ==
Team Manager: Erika Example

* Improve the ranking of search results {{Phabricator|T1001}} {{Done}}
* Ship the new query parser {{in progress}}
A sentence nobody can place.
`

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    // axe lays out the whole page for its contrast checks: slow on a busy machine.
    test.describe.configure({ timeout: 300_000 })
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      await exampleQuarter(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    })

    test('the board, the goal editor and its discard question', async ({ page }) => {
      await expectNoViolations(page, 'the board')
      await card(column(page, 'Done'), 'Productionize Kerberos Service').click()
      const editor = page.getByRole('dialog', { name: 'Edit goal' })
      await expectNoViolations(page, 'the goal editor', '.dialog-backdrop')
      await selectButton(editor, 'Status').click()
      await expect(editor.getByRole('listbox')).toBeVisible()
      await expectNoViolations(
        page,
        'the goal editor with its status list open',
        '.dialog-backdrop',
      )
      await page.keyboard.press('Escape')
      await expect(editor.getByRole('listbox')).toBeHidden()
      await editor.getByLabel('Goal text').fill('Productionize Kerberos Service, now')
      await page.keyboard.press('Escape')
      await expect(outsideMessages(editor.getByRole('alert'))).toContainText('Discard the changes')
      await expectNoViolations(page, 'the discard question', '.dialog-backdrop')
    })

    test('the Team view and the Activity view', async ({ page }) => {
      await page.getByRole('tab', { name: 'Team', exact: true }).click()
      await expect(page.getByRole('region', { name: 'Team Analytics', exact: true })).toBeVisible()
      await expectNoViolations(page, 'the Team view')
      await page.getByRole('tab', { name: 'Activity', exact: true }).click()
      await expect(page.getByRole('tabpanel', { name: 'Activity' })).toBeVisible()
      await expectNoViolations(page, 'the Activity view')
    })

    test('the header menu', async ({ page }) => {
      await page.getByRole('button', { name: 'Menu', exact: true }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await expectNoViolations(page, 'the header menu', '[role="menu"]')
    })

    for (const name of ['New quarter', 'Quarter settings', 'Start next quarter']) {
      test(`the dialog "${name}"`, async ({ page }) => {
        await menuAction(page, name)
        await expect(page.getByRole('dialog', { name })).toBeVisible()
        await expectNoViolations(page, `the dialog "${name}"`, '.dialog-backdrop')
      })
    }

    test('the dialog "Connect a wiki"', async ({ page }) => {
      // Web mode's server remembers a connection the wiki tests made: the item then names it.
      const menu = await openMenu(page)
      await menu.getByRole('menuitem', { name: /^(Connect a wiki…|Wiki connection…)$/ }).click()
      await expect(page.getByRole('dialog', { name: 'Connect a wiki' })).toBeVisible()
      await expectNoViolations(page, 'the dialog "Connect a wiki"', '.dialog-backdrop')
    })

    test("a new quarter's empty board", async ({ page }) => {
      await menuAction(page, 'New quarter')
      const dialog = page.getByRole('dialog', { name: 'New quarter' })
      await dialog.getByLabel('Year the fiscal year starts').fill('2019')
      await chooseOption(dialog, 'Quarter', 'Q3')
      await dialog.getByRole('button', { name: 'Create quarter' }).click()
      await expect(page.getByRole('button', { name: /^Start from FY2019–20 Q2/ })).toBeVisible()
      await expectNoViolations(page, 'the empty board')
    })

    test('the board with swimlanes, progress bars and filter chips', async ({ page }) => {
      await page.getByRole('switch', { name: 'Swimlanes by team' }).click()
      await chooseOption(page, 'Status filter', 'In progress')
      await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible()
      await expect(page.getByRole('region', { name: 'Analytics lane' })).toBeVisible()
      await expectNoViolations(page, 'the board with swimlanes')
    })

    test('the Team view, its status update dialog, and the Activity view', async ({ page }) => {
      await page.getByRole('tab', { name: 'Team', exact: true }).click()
      await page
        .getByRole('complementary', { name: 'Teams' })
        .getByRole('button', { name: 'Site Reliability Engineering', exact: true })
        .click()
      const sre = page.getByRole('region', { name: 'Team Site Reliability Engineering' })
      await expect(sre.getByRole('group', { name: /progress:/ })).toBeVisible()
      await expectNoViolations(page, 'the Team view')
      await sre.getByRole('button', { name: 'Record status update' }).click()
      await expect(page.getByRole('dialog', { name: /^Record status update/ })).toBeVisible()
      await expectNoViolations(page, 'the status update dialog', '.dialog-backdrop')
      await page.keyboard.press('Escape')
      await page.getByRole('tab', { name: 'Activity', exact: true }).click()
      await expect(page.getByRole('region', { name: 'Activity' })).toBeVisible()
      await expectNoViolations(page, 'the Activity view')
    })

    test('Export', async ({ page }) => {
      await page.getByRole('tab', { name: 'Export', exact: true }).click()
      await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible()
      await expectNoViolations(page, 'Export')
    })

    test('the wikitext editor with its search open', async ({ page }) => {
      await page.getByRole('tab', { name: 'Export', exact: true }).click()
      await page.getByRole('button', { name: 'Search in Wikitext' }).click()
      await page.getByRole('textbox', { name: 'Find' }).pressSequentially('Kerberos')
      await page.keyboard.press('Enter')
      await expect(page.locator('.cm-searchMatch').first()).toBeVisible()
      await expectNoViolations(page, 'the wikitext search', '.wikitext-editor')
    })

    test('Import with its report', async ({ page }) => {
      await page.getByRole('tab', { name: 'Import', exact: true }).click()
      await page.getByRole('textbox', { name: 'Wikitext to import' }).fill(PAGE)
      await page.getByRole('button', { name: 'Read page' }).click()
      await expect(page.getByRole('region', { name: 'Page read' })).toContainText('Import report')
      await expectNoViolations(page, 'Import with its report')
      // A report line shown in the editor: the line selected, the editor focused.
      await page
        .getByRole('button', { name: /^Show line \d+ in the wikitext$/ })
        .first()
        .click()
      await expectNoViolations(page, 'Import with a report line shown', '.wikitext-editor')
    })

    test('messages: one with Undo, and an error', async ({ page }) => {
      await card(column(page, 'Done'), 'Productionize Kerberos Service').click()
      const editor = page.getByRole('dialog', { name: 'Edit goal' })
      await editor.getByRole('button', { name: 'Delete' }).click()
      const messages = page.getByRole('region', { name: 'Messages' })
      await expect(messages.getByRole('button', { name: 'Undo' })).toBeVisible()
      await openCutShortBackup(page)
      await expect(messages.getByRole('alert')).toContainText('Could not open cut-short.json')
      // The pointer on them keeps them while axe looks.
      await messages.getByRole('alert').hover()
      await expectNoViolations(page, 'the messages', '[role="region"][aria-label^="Messages"]')
    })

    test('the backup question', async ({ page }) => {
      const downloading = page.waitForEvent('download')
      await menuAction(page, 'Save backup…')
      const backup = await readFile(await (await downloading).path(), 'utf8')
      const choosing = page.waitForEvent('filechooser')
      await menuAction(page, 'Open backup…')
      const chooser = await choosing
      await chooser.setFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backup),
      })
      await expect(
        page.getByRole('dialog').getByRole('button', { name: 'Keep both' }),
      ).toBeVisible()
      await expectNoViolations(page, 'the backup question', '.dialog-backdrop')
    })
  })
}
