/**
 * Control characters pasted into a field (an escape and a bell from a
 * terminal, a NUL from a binary file) are left out when the text is saved,
 * and the person is told in one sentence naming the field: the goal editor,
 * a Team view field and the department of a new quarter, as a person uses them.
 */
import { test, expect, card, column, exampleQuarter, freshApp } from './fixtures'
import { chooseOption, quarterSwitcher } from './helpers/select'
import { editorText } from './helpers/wikitextEditor'
import { exportedPage, showView, teamNav, teamPage } from './team.helpers'

// eslint-disable-next-line no-control-regex -- the page must hold none of these
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/

test('the goal editor leaves out pasted control characters and says so', async ({ page }) => {
  await exampleQuarter(page)
  const goal = 'Initial (Stream) Config Service implementation in vagrant'
  await card(page, goal).click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  // As pasted from a terminal: an escape and a bell inside the text.
  await editor.getByLabel('Goal text').fill(`${goal}\u001b\u0007 done`)
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor).toBeHidden()
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Left out 2 invisible control characters from the goal text (the wiki cannot show them).',
    }),
  ).toBeVisible()

  // Reopened, the editor shows the text as stored: without them, all else as typed.
  await card(page, `${goal} done`).click()
  await expect(editor.getByLabel('Goal text')).toHaveValue(`${goal} done`)
  await editor.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(editor).toBeHidden()

  await showView(page, 'Export')
  const wikitext = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expect.poll(() => editorText(wikitext)).toContain(`| ${goal} done {{Phabricator|`)
  expect(await editorText(wikitext)).not.toMatch(CONTROL)
  // Nothing left for the Export view to warn about.
  await expect(page.getByText('The page leaves out invisible control characters')).toHaveCount(0)
})

test('a Team view field leaves out a pasted NUL and says so', async ({ page }) => {
  await exampleQuarter(page)
  await showView(page, 'Team')
  const name = (await teamNav(page).locator('.team-choose').first().textContent()) ?? ''
  const section = teamPage(page, name)
  const managers = section.getByLabel('Managers')
  await managers.fill('Ada\u0000 Lovelace, Grace Hopper')
  await managers.press('Tab')
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Left out 1 invisible control character from the managers (the wiki cannot show them).',
    }),
  ).toBeVisible()
  await expect(managers).toHaveValue('Ada Lovelace, Grace Hopper')

  const wikitext = await exportedPage(page)
  expect(wikitext).toContain('Ada Lovelace and Grace Hopper')
  expect(wikitext).not.toMatch(CONTROL)
})

test("a new quarter's department leaves out a pasted NUL and says so", async ({ page }) => {
  await freshApp(page)
  const form = page.getByRole('form', { name: 'Create quarter' })
  // Before, the form refused the department ("cannot hold … control character").
  await form.getByLabel('Department name').fill('Wikimedia\u0000 Technology')
  await form.getByLabel('Year the fiscal year starts').fill('2019')
  await chooseOption(form, 'Quarter', 'Q2')
  await form.getByRole('button', { name: 'Create quarter' }).click()
  await expect(column(page, 'To do')).toBeVisible()
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Left out 1 invisible control character from the department (the wiki cannot show them).',
    }),
  ).toBeVisible()
  await expect(quarterSwitcher(page)).toContainText('Wikimedia Technology · FY2019–20 Q2')

  // The page's navigation names the quarters by the department as stored.
  await showView(page, 'Export')
  const wikitext = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expect.poll(() => editorText(wikitext)).toContain('Wikimedia Technology')
  expect(await editorText(wikitext)).not.toMatch(CONTROL)
})
