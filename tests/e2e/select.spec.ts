/**
 * The app's selects (components/Select.tsx, React Aria) as a person uses them:
 * by keyboard and by pointer, with the open list inside the goal editor's
 * modal dialog (not behind it), drawn in the theme's colours, and Escape
 * closing the list without touching the editor.
 */
import { card, column, expect, test } from './fixtures'
import { freshQuarter, quickAdd } from './board.helpers'
import { expectChosen, selectButton } from './helpers/select'

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

  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()
  await expect(card(column(page, 'Postponed'), 'Superset upgrade')).toBeVisible()
})
