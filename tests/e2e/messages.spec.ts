import type { Page } from '@playwright/test'
import {
  card,
  column,
  exampleQuarter,
  expect,
  freshApp,
  test,
  menuAction,
  messages,
  outsideMessages,
  openCutShortBackup,
  openMenu,
} from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'
import { expectEditorText } from './helpers/wikitextEditor'
import { chooseSegment } from './helpers/segmented'

async function headerHeight(page: Page): Promise<number> {
  return (await page.locator('.app-header').boundingBox())!.height
}

test.describe('messages', () => {
  test.describe.configure({ timeout: 90_000 })

  test('"Save backup…" waits for a quarter; its message is a toast that leaves the header alone', async ({
    page,
  }) => {
    await freshApp(page)
    const save = page.getByRole('menuitem', { name: 'Save backup…' })
    await openMenu(page)
    await expect(save).toBeDisabled()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Load example quarter' }).click()
    await expect(card(column(page, 'Done'), 'Migrate eventlogging to python3')).toBeVisible()
    const height = await headerHeight(page)
    await openMenu(page)
    await expect(save).toBeEnabled()
    const downloading = page.waitForEvent('download')
    await save.click()
    await downloading
    await expect(messages(page).getByRole('status')).toHaveText(/Saved a backup of 1 quarter/)
    expect(await headerHeight(page)).toBe(height)
    await expect(page.getByText('There is no quarter to back up yet.')).toHaveCount(0)
  })

  test('"Saved ….wiki" goes once the page it saved changes', async ({ page }) => {
    await exampleQuarter(page)
    await page.getByRole('tab', { name: 'Export', exact: true }).click()
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save as .wiki…' }).click()
    await downloading
    const saved = messages(page).getByText(/^Saved .*\.wiki\.$/)
    await expect(saved).toBeVisible()
    await chooseSegment(page, 'Bullet list')
    await expect(saved).toHaveCount(0)

    const downloadingAgain = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save as .wiki…' }).click()
    await downloadingAgain
    await expect(saved).toBeVisible()
    // Leaving the Export view: the message spoke of the page shown there.
    await page.getByRole('tab', { name: 'Board', exact: true }).click()
    await expect(saved).toHaveCount(0)
  })

  test('the Undo message stays while the pointer is on it or the focus in it', async ({ page }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Alpha', 'Beta'])
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    const deleted = messages(page).getByRole('status').filter({ hasText: 'Goal deleted' })

    await card(page, 'Alpha').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await expect(deleted).toBeVisible()
    await deleted.hover()
    // Longer than a message stays on its own (eight seconds).
    await page.waitForTimeout(9_000)
    await expect(deleted).toBeVisible()
    await page.mouse.move(5, 5)
    await expect(deleted).toBeHidden({ timeout: 15_000 })

    await card(page, 'Beta').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await deleted.getByRole('button', { name: 'Undo' }).focus()
    await page.mouse.move(5, 5)
    await page.waitForTimeout(9_000)
    await expect(deleted).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(card(column(page, 'To do'), 'Beta')).toBeVisible()
  })

  test('F8 takes the keyboard to the messages; Escape there (not elsewhere) or × dismisses one', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Alpha', 'Beta'])
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    const deleted = messages(page).getByRole('status').filter({ hasText: 'Goal deleted' })

    await card(page, 'Alpha').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await expect(deleted).toBeVisible()
    // An Escape meant for the editor closes the editor only.
    await card(page, 'Beta').click()
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await expect(deleted).toBeVisible()
    await page.keyboard.press('F8')
    await page.keyboard.press('Tab')
    await expect(deleted).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(deleted).toHaveCount(0)
    await expect(card(page, 'Alpha')).toHaveCount(0)

    await card(page, 'Beta').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await deleted.getByRole('button', { name: 'Dismiss message' }).click()
    await expect(deleted).toHaveCount(0)
    await expect(card(page, 'Beta')).toHaveCount(0)
  })

  test('messages can be used while a dialog is open: by mouse, and by keyboard after F8', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Alpha', 'Beta', 'Gamma'])
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    const deleted = messages(page).getByRole('status').filter({ hasText: 'Goal deleted' })
    const restored = messages(page).getByRole('status').filter({ hasText: 'undone' })

    await card(page, 'Alpha').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await expect(deleted).toBeVisible()
    // The goal editor is a modal dialog: the page around it is inert, the messages are not.
    await card(page, 'Beta').click()
    await expect(editor.getByLabel('Goal text')).toHaveValue('Beta')
    // Still one list of messages, saying each thing once.
    await expect(page.getByRole('region', { name: 'Messages' })).toHaveCount(1)
    await expect(page.getByText('Goal deleted')).toHaveCount(1)
    const withMessage = await editor.boundingBox()
    await deleted.getByRole('button', { name: 'Undo' }).click()
    await expect(deleted).toHaveCount(0)
    await expect(restored).toBeVisible()
    // The editor stays open and in place: the messages are over it, not in its layout.
    await expect(editor.getByLabel('Goal text')).toHaveValue('Beta')
    expect(await editor.boundingBox()).toEqual(withMessage)
    await restored.getByRole('button', { name: 'Dismiss message' }).click()
    await expect(restored).toHaveCount(0)
    await expect(editor).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await expect(card(column(page, 'To do'), 'Alpha')).toBeVisible()

    // By keyboard: F8 from inside the editor reaches the messages; Escape there dismisses a
    // message and leaves the editor open.
    await card(page, 'Gamma').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await expect(deleted).toBeVisible()
    await card(page, 'Beta').click()
    // Moved into the dialog, the message still stays while the pointer is on it.
    await deleted.hover()
    await page.waitForTimeout(9_000)
    await expect(deleted).toBeVisible()
    await editor.getByLabel('Goal text').click()
    await page.keyboard.press('F8')
    await page.keyboard.press('Tab')
    await expect(deleted).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(deleted.getByRole('button', { name: 'Undo' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(deleted).toHaveCount(0)
    await expect(restored).toBeVisible()
    await page.keyboard.press('F8')
    await page.keyboard.press('Tab')
    await expect(restored).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(restored).toHaveCount(0)
    await expect(editor.getByLabel('Goal text')).toHaveValue('Beta')
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect(editor).toBeHidden()
    await expect(card(column(page, 'To do'), 'Gamma')).toBeVisible()
  })

  test('a message shown while the editor asks to discard changes is drawn in the editor and can be used', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Alpha', 'Beta'])
    const editor = page.getByRole('dialog', { name: 'Edit goal' })
    const question = outsideMessages(editor.getByRole('alert'))
    const deleted = messages(page).getByRole('status').filter({ hasText: 'Goal deleted' })
    const restored = messages(page).getByRole('status').filter({ hasText: 'undone' })

    await card(page, 'Alpha').click()
    await editor.getByRole('button', { name: 'Delete' }).click()
    await expect(deleted).toBeVisible()
    await card(page, 'Beta').click()
    await editor.getByLabel('Goal text').fill('Beta, rewritten')
    await page.keyboard.press('Escape')
    await expect(question).toContainText('Discard the changes you made to this goal?')
    // The messages sit inside the editor, the one part of the page that is not inert.
    await expect(editor.getByRole('region', { name: /^Messages/ })).toHaveCount(1)
    await expect(editor.getByRole('status').filter({ hasText: 'Goal deleted' })).toBeVisible()
    // outsideMessages (fixtures) tells the editor's own sentences from the messages in it.
    await expect(outsideMessages(editor.getByRole('status'))).toHaveCount(0)

    // Undo by mouse: the deleted goal is back, and a new message says so, inside the editor too.
    await deleted.getByRole('button', { name: 'Undo' }).click()
    await expect(deleted).toHaveCount(0)
    await expect(editor.getByRole('status').filter({ hasText: 'undone' })).toBeVisible()
    await expect(card(column(page, 'To do'), 'Alpha')).toHaveCount(1)
    // The question is still asked, and the typing is kept.
    await expect(question).toContainText('Discard the changes you made to this goal?')
    await expect(editor.getByLabel('Goal text')).toHaveValue('Beta, rewritten')

    // By keyboard: F8 reaches the new message, Escape dismisses it and leaves the question be.
    await page.keyboard.press('F8')
    await page.keyboard.press('Tab')
    await expect(restored).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(restored).toHaveCount(0)
    await expect(question).toBeVisible()
    await expect(editor.getByLabel('Goal text')).toHaveValue('Beta, rewritten')

    // The question still answers: Keep editing, then Save.
    await editor.getByRole('button', { name: 'Keep editing' }).click()
    await expect(question).toHaveCount(0)
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor).toBeHidden()
    await expect(card(column(page, 'To do'), 'Beta, rewritten')).toBeVisible()
  })

  test('an error stays longer than other messages: it is an alert', async ({ page }) => {
    await freshApp(page)
    await openCutShortBackup(page)
    const alert = messages(page).getByRole('alert')
    await expect(alert).toContainText('Could not open cut-short.json')
    // Its words can be selected and copied, to be pasted into a question to a colleague.
    await alert.getByText(/Could not open cut-short\.json/).click({ clickCount: 3 })
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
      .toContain('Could not open cut-short.json')
    // The click put the focus in the message, which holds it open; it goes elsewhere.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.mouse.move(5, 5)
    // Past the eight seconds another message stays, it is still there.
    await page.waitForTimeout(9_000)
    await expect(alert).toBeVisible()
    await expect(alert).toBeHidden({ timeout: 15_000 })
  })

  test('a wiki page opened with "Open backup…" is offered to Import', async ({ page }) => {
    await freshApp(page)
    const choosing = page.waitForEvent('filechooser')
    await menuAction(page, 'Open backup…')
    const chooser = await choosing
    await chooser.setFiles({
      name: 'test-lab.wiki',
      mimeType: 'text/plain',
      buffer: Buffer.from(PAGE),
    })
    const said = messages(page).getByRole('status')
    await expect(said).toHaveText(/test-lab\.wiki is a wiki page, not a backup\./)
    await said.getByRole('button', { name: 'Import' }).click()
    await expectEditorText(page.getByRole('textbox', { name: 'Wikitext to import' }), PAGE)
    await expect(page.getByRole('region', { name: 'Page read' })).toContainText('2 goals')
    await page.getByRole('button', { name: 'Create quarter from this page' }).click()
    await expect(card(column(page, 'Blocked'), 'Audit the login flow')).toBeVisible()
  })
})

const PAGE = `[[Test Lab/Goals/2019-20 Q1|Q1]] '''Test Lab Goals, FY2019–20, Q2 (October - December 2019)''' [[Test Lab/Goals/2019-20 Q3|Q3]]

== Security ==
Directors: Ann Alpha and Bob Beta

* Audit the login flow T1003 {{Not done|Blocked}}
* Rotate the signing keys {{todo}}
`
