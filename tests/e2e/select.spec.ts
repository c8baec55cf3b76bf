/**
 * The app's selects (components/Select.tsx, React Aria) as a person uses them:
 * by keyboard and by pointer, with the open list inside the goal editor's
 * modal dialog (not behind it), drawn in the theme's colours, and Escape
 * closing the list without touching the editor.
 */
import { card, column, escapeRegExp, exampleQuarter, expect, test } from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'
import { chooseOption, expectChosen, selectButton } from './helpers/select'
import { exportedPage, showView, teamPage } from './team.helpers'

test('a select in the goal editor opens inside the dialog and is chosen by keyboard', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Superset upgrade'])
  await card(page, 'Superset upgrade').click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  const status = selectButton(editor, 'Status')
  await expectChosen(editor, 'Status', 'To do')

  await status.focus()
  await page.keyboard.press('Enter')
  // The list is part of the dialog (in the top layer with it), with every status.
  const list = editor.getByRole('listbox')
  await expect(list).toBeVisible()
  await expect(list.getByRole('option')).toHaveText([
    'To do',
    'In progress',
    'Done',
    'Blocked',
    'Postponed',
    'Partially done',
  ])
  await expect(list.getByRole('option', { name: 'To do' })).toHaveAttribute('aria-selected', 'true')
  // Drawn from the theme: the dark surface, not the system's white list.
  const background = await list.evaluate((node) => {
    const popover = node.closest('.select-popover')!
    return [
      getComputedStyle(popover).backgroundColor,
      getComputedStyle(document.documentElement).getPropertyValue('--color-surface').trim(),
    ]
  })
  expect(background[0]).not.toBe('rgb(255, 255, 255)')
  expect(background[0]).toBe(
    await page.evaluate((colour) => {
      const probe = document.createElement('div')
      probe.style.backgroundColor = colour
      document.body.append(probe)
      const drawn = getComputedStyle(probe).backgroundColor
      probe.remove()
      return drawn
    }, background[1]!),
  )

  // Escape closes the list, not the editor, and asks nothing.
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
  await expect(editor).toBeVisible()
  await expect(editor.getByRole('alertdialog')).toHaveCount(0)
  await expect(status).toBeFocused()

  // Arrow keys and type-ahead move through the statuses; Enter chooses.
  await page.keyboard.press('ArrowDown')
  await expect(list).toBeVisible()
  await page.keyboard.type('po')
  await expect(list.getByRole('option', { name: 'Postponed' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(list).toBeHidden()
  await expectChosen(editor, 'Status', 'Postponed')
  await expect(status).toBeFocused()

  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(editor).toBeHidden()
  await expect(card(column(page, 'Postponed'), 'Superset upgrade')).toBeVisible()
})

test('a letter typed on a select chooses by type-ahead and runs no app shortcut (N, a new goal)', async ({
  page,
}) => {
  await exampleQuarter(page)
  const stretch = selectButton(page, 'Stretch filter')
  await stretch.focus()
  await page.keyboard.press('n')
  await expectChosen(page, 'Stretch filter', 'No stretch goals')
  await expect(stretch).toBeFocused()
  await expect(page.getByRole('form', { name: /^New goal in / })).toHaveCount(0)
})

test('deleting a priority group moves its goals to the group chosen in its dialog', async ({
  page,
}) => {
  await exampleQuarter(page)
  await showView(page, 'Team')
  const analytics = teamPage(page, 'Analytics')
  const from = 'Reduce platform Complexity. Modern Event Platform'
  const to =
    'Smart Tools for Better Data. Make easier to understand the history of all Wikimedia projects'
  await analytics.getByRole('button', { name: `Delete priority group ${from}` }).click()
  const dialog = page.getByRole('dialog', { name: `Delete priority group “${from}”` })
  await expectChosen(dialog, 'Move its goals to', 'No priority group')
  await chooseOption(dialog, 'Move its goals to', to)
  await dialog.getByRole('button', { name: 'Delete priority group' }).click()
  await expect(dialog).toBeHidden()
  await expect(analytics.getByRole('region', { name: `Priority group ${from}` })).toHaveCount(0)
  await expect(analytics.getByRole('region', { name: `Priority group ${to}` })).toContainText(
    'Initial (Stream) Config Service implementation in vagrant',
  )
})

test("a status update's item is made a free item (no status) with its select", async ({ page }) => {
  await exampleQuarter(page)
  await showView(page, 'Team')
  const analytics = teamPage(page, 'Analytics')
  await analytics.getByRole('button', { name: 'Record status update' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record status update: Analytics' })
  await dialog.getByLabel('Date', { exact: true }).fill('2019-12-20')
  const text = await dialog.getByLabel('Item 1 text').inputValue()
  await chooseOption(dialog, 'Item 1 status', 'No status')
  await expectChosen(dialog, 'Item 1 status', 'No status')
  await dialog.getByRole('button', { name: 'Save update' }).click()
  await expect(dialog).toBeHidden()
  const wikitext = await exportedPage(page)
  const update = wikitext.slice(wikitext.indexOf('* December 20, 2019 status:'))
  expect(update).toMatch(new RegExp(`\\n\\*\\* ${escapeRegExp(text)}\\n`))
})
