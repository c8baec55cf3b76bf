/**
 * What a card shows: a status mark, the goal text, the team as a chip in the
 * team's own colour, the priority group on one line (whole on hover and
 * focus), task ids as links that never open the editor.
 */
import type { Page } from '@playwright/test'
import { card, column, expect, exampleQuarter, test } from './fixtures'
import { desktopStandIn, type DesktopStandIn } from './helpers/desktopStandIn'

const TASK = 'T233634'
const TASK_GOAL = 'Initial (Stream) Config Service implementation in vagrant'

test('every card has a status mark, a team chip in its team’s colour and a one-line group', async ({
  page,
}) => {
  await exampleQuarter(page)
  for (const [name, status] of [
    ['To do', 'todo'],
    ['In progress', 'in-progress'],
    ['Done', 'done'],
    ['Blocked', 'blocked'],
  ] as const) {
    const cards = column(page, name).locator('li[data-goal-id]')
    const marks = column(page, name).locator(
      `li[data-goal-id] .status-mark[data-status="${status}"]`,
    )
    await expect(marks).toHaveCount(await cards.count())
  }

  // One team, one colour, wherever its cards are; two teams, two colours.
  const chipColour = (team: string) =>
    page
      .locator('.team-chip', { hasText: new RegExp(`^${team}$`) })
      .evaluateAll((chips) => [...new Set(chips.map((c) => getComputedStyle(c).backgroundColor))])
  const analytics = await chipColour('Analytics')
  const corePlatform = await chipColour('Core Platform')
  expect(analytics).toHaveLength(1)
  expect(corePlatform).toHaveLength(1)
  expect(analytics[0]).not.toBe(corePlatform[0])

  // A long group is cut to one line, says its whole text on hover (title) and shows it on focus.
  const goal = card(column(page, 'In progress'), 'Deploy hadoop client')
  const group = goal.locator('.card-group')
  const full =
    'Smart Tools for Better Data. Make easier to understand the history of all Wikimedia projects'
  await expect(group).toHaveAttribute('title', full)
  const cut = () => group.evaluate((g) => g.scrollWidth > g.clientWidth || g.clientHeight < 20)
  expect(await cut()).toBe(true)
  // Keyboard focus (a key pressed first, as a keyboard user would have).
  await page.keyboard.press('Tab')
  await goal.focus()
  await expect(goal).toBeFocused()
  await expect.poll(cut).toBe(false)
})

/** Serves Phabricator's task pages with a stub: this machine has no network. */
async function stubPhabricator(page: Page): Promise<void> {
  await page
    .context()
    .route('https://phabricator.wikimedia.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Task</title>' }),
    )
}

test('a task id is a link to its Phabricator task in a new tab, and does not open the editor', async ({
  page,
}) => {
  await stubPhabricator(page)
  await exampleQuarter(page)
  const link = card(column(page, 'Done'), TASK_GOAL).getByRole('link', { name: TASK })
  await expect(link).toHaveAttribute('href', `https://phabricator.wikimedia.org/${TASK}`)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', /noopener/)
  const opening = page.context().waitForEvent('page')
  await link.click()
  const tab = await opening
  expect(tab.url()).toBe(`https://phabricator.wikimedia.org/${TASK}`)
  await tab.close()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // The card did not move either: a click on the link is not a drag.
  await expect(card(column(page, 'Done'), TASK_GOAL)).toBeVisible()
})

test('in the desktop app a task link goes to main (system browser), by id, with the keyboard too', async ({
  page,
}) => {
  // The desktop app's preload, recording what the page asks main to open.
  await desktopStandIn(page)
  await page.addInitScript(() => {
    const opened: string[] = []
    Object.assign(window, { openedTasks: opened })
    const api = (window as unknown as { quarterdeck: DesktopStandIn }).quarterdeck
    api.openTask = (id) => {
      opened.push(id)
      return Promise.resolve()
    }
  })
  await exampleQuarter(page)
  let tabs = 0
  page.context().on('page', () => tabs++)
  const link = card(column(page, 'Done'), TASK_GOAL).getByRole('link', { name: TASK })
  await link.click()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { openedTasks: string[] }).openedTasks))
    .toEqual([TASK, TASK])
  expect(tabs).toBe(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
