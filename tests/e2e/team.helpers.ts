/**
 * Steps a person takes in the Team view, shared by the structure, team-view
 * and status-update specs.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { editorText, expectEditorText } from './helpers/wikitextEditor'

/** Switches the window to a view with the header's view switch. */
export async function showView(
  page: Page,
  name: 'Board' | 'Team' | 'Activity' | 'Export',
): Promise<void> {
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true }).click()
}

/** The section of the team the Team view shows. */
export function teamPage(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `Team ${name}`, exact: true })
}

/** The list of teams beside it. */
export function teamNav(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Teams' })
}

/** Adds a team in the Team view; its section opens. */
export async function addTeam(page: Page, name: string): Promise<Locator> {
  await teamNav(page).getByLabel('New team name').fill(name)
  await teamNav(page).getByLabel('New team name').press('Enter')
  const section = teamPage(page, name)
  await expect(section).toBeVisible()
  return section
}

/** Fills a field edited in place and leaves it, which saves it. */
export async function fillInPlace(field: Locator, value: string): Promise<void> {
  await field.fill(value)
  await field.press('Tab')
  await expect(field).toHaveValue(value)
}

/** Adds a priority group to the team shown. */
export async function addGroup(section: Locator, title: string): Promise<Locator> {
  await section.getByLabel('New priority group title').fill(title)
  await section.getByLabel('New priority group title').press('Enter')
  const group = section.getByRole('region', { name: `Priority group ${title}`, exact: true })
  await expect(group).toBeVisible()
  return group
}

/** The teams' names in the list, in order (sub-teams after their parent), for toHaveText. */
export function teamNames(page: Page): Locator {
  return teamNav(page).locator('.team-choose')
}

/** The exported page's wikitext. */
export async function exportedPage(page: Page): Promise<string> {
  await showView(page, 'Export')
  const wikitext = page.getByRole('textbox', { name: 'Wikitext', exact: true })
  await expectEditorText(wikitext, /==/)
  return editorText(wikitext)
}
