/**
 * Selects as a person uses them (src/renderer/components/Select.tsx, React
 * Aria): a button named by its chosen value and its label, that opens a
 * listbox of options to click.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { escapeRegExp } from './text'

/** The button of the select labelled `label` (its name is "<chosen value> <label>"). */
export function selectButton(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${escapeRegExp(label)}$`) })
}

/** Opens the select labelled `label` and clicks the option named `option`; its list closes. */
export async function chooseOption(
  scope: Page | Locator,
  label: string,
  option: string,
): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope
  await selectButton(scope, label).click()
  const list = page.getByRole('listbox')
  await expect(list).toBeVisible()
  await list.getByRole('option', { name: option, exact: true }).click()
  await expect(list).toBeHidden()
}

/**
 * The names of the options of the select labelled `label`, read by opening its list and closing
 * it; none while the select is disabled (it has nothing to choose).
 */
export async function optionNames(scope: Page | Locator, label: string): Promise<string[]> {
  const page = 'page' in scope ? scope.page() : scope
  const button = selectButton(scope, label)
  if (await button.isDisabled()) return []
  await button.click()
  const list = page.getByRole('listbox')
  await expect(list).toBeVisible()
  const names = await list.getByRole('option').allTextContents()
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
  return names
}

/** Checks that the select labelled `label` shows `value` as chosen. */
export async function expectChosen(
  scope: Page | Locator,
  label: string,
  value: string,
): Promise<void> {
  await expect(selectButton(scope, label)).toHaveAccessibleName(`${value} ${label}`)
}

/** The header's quarter switcher: its text is the open quarter. */
export function quarterSwitcher(page: Page): Locator {
  return selectButton(page.getByRole('banner'), 'Quarter')
}

/** The quarters the header's switcher offers, one per stored quarter. */
export function quarterNames(page: Page): Promise<string[]> {
  return optionNames(page.getByRole('banner'), 'Quarter')
}

/** Switches the window to the quarter named `name` with the header's switcher. */
export async function switchQuarter(page: Page, name: string): Promise<void> {
  await chooseOption(page.getByRole('banner'), 'Quarter', name)
}
