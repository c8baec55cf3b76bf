/**
 * Steps a person takes on the board, shared by the board, goals and start
 * specs: create a quarter, add goals with quick add, read a column.
 */
import type { Locator, Page } from '@playwright/test'
import { card, column, expect, freshApp } from './fixtures'
import { chooseOption, selectButton } from './helpers/select'

/** The five main columns of the board, in order. */
export const FIVE_COLUMNS = ['To do', 'In progress', 'Done', 'Blocked', 'Postponed']

/** Every column the board shows, always, in order: the five, then the narrower Partially done. */
export const BOARD_COLUMNS = [...FIVE_COLUMNS, 'Partially done']

/** Creates a quarter from the first-run empty state and waits for its board to show. */
export async function submitQuarter(
  page: Page,
  department = 'Wikimedia Technology',
  fiscalYear = '2019',
  quarter = 'Q2',
): Promise<void> {
  const form = page.getByRole('form', { name: 'Create quarter' })
  await form.getByLabel('Department name').fill(department)
  await form.getByLabel('Year the fiscal year starts').fill(fiscalYear)
  await chooseOption(form, 'Quarter', quarter)
  await form.getByRole('button', { name: 'Create quarter' }).click()
  await expect(column(page, 'To do')).toBeVisible()
}

/** Creates a quarter from the first-run empty state; its board takes drags from its first frame. */
export async function createQuarter(...args: Parameters<typeof submitQuarter>): Promise<void> {
  await submitQuarter(...args)
}

/** A fresh app with one empty quarter on screen. */
export async function freshQuarter(page: Page): Promise<void> {
  await freshApp(page)
  await createQuarter(page)
}

/**
 * Adds goals through a column's quick add. The first goal of a plan without
 * teams creates `team` on the way.
 */
export async function quickAdd(
  page: Page,
  columnLabel: string,
  texts: string[],
  team = 'Analytics',
): Promise<void> {
  const target = column(page, columnLabel)
  const form = target.getByRole('form', { name: `New goal in ${columnLabel}` })
  if (!(await form.isVisible())) {
    await target.getByRole('button', { name: `Add goal to ${columnLabel}` }).click()
  }
  for (const text of texts) {
    const newTeam = form.getByLabel('New team name')
    const teamPicker = selectButton(form, 'Team')
    // The form shows one of the two once it has read the plan's teams.
    await expect(newTeam.or(teamPicker)).toBeVisible()
    if (await newTeam.isVisible()) await newTeam.fill(team)
    else await chooseOption(form, 'Team', team)
    await form.getByLabel('Goal text').fill(text)
    await form.getByLabel('Goal text').press('Enter')
    await expect(card(target, text)).toBeVisible()
    await expect(form.getByLabel('Goal text')).toHaveValue('')
  }
  await form.getByLabel('Goal text').press('Escape')
  await expect(form).toBeHidden()
}

/** The goal texts of a column's cards, top to bottom. */
export async function cardTexts(page: Page, columnLabel: string): Promise<string[]> {
  return column(page, columnLabel)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => item.querySelector('.card-text')?.textContent ?? ''),
    )
}

/** The count a column's header shows. */
export function columnCount(page: Page, columnLabel: string): Locator {
  return column(page, columnLabel).locator('.column-count')
}

/** Waits until the page has rendered `count` more frames (lets effects measure and settle). */
export async function afterFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (frames) => {
    for (let i = 0; i < frames; i++) await new Promise((done) => requestAnimationFrame(done))
  }, count)
}
