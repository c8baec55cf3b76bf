/**
 * The Team view: a goal dragged by its handle to another priority group, and
 * groups reordered by theirs, each with the mouse and with the keyboard; each
 * drop is one change that Ctrl+Z takes back.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, freshApp, test } from './fixtures'
import { afterFrames, createQuarter, quickAdd } from './board.helpers'
import { chooseOption } from './helpers/select'
import {
  addGroup,
  addTeam,
  fillInPlace,
  showView,
  teamNames,
  teamNav,
  teamPage,
} from './team.helpers'
import { releaseDrag } from './helpers/pointerDrag'

test.describe.configure({ timeout: 180_000 })

/** Drags `handle` onto `target` with the real mouse, in small steps as a hand does. */
async function mouseDrag(page: Page, handle: Locator, target: Locator, dy = 0): Promise<void> {
  await handle.scrollIntoViewIfNeeded()
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag: handle or target not visible')
  const x = from.x + from.width / 2
  const y = from.y + from.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 6, y + 6, { steps: 2 })
  await page.mouse.move(x + 12, y + 12, { steps: 2 })
  await page.mouse.move(to.x + 40, to.y + to.height / 2 + dy, { steps: 10 })
  await page.mouse.move(to.x + 41, to.y + to.height / 2 + dy)
  await releaseDrag(page)
}

/** Picks up with Space and waits until dnd-kit has measured, as the board's keyboard tests do. */
async function pickUp(page: Page, handle: Locator): Promise<void> {
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await afterFrames(page, 3)
}

/**
 * The drop lands where dnd-kit last saw the item: wait until it announces the move, as a
 * screen-reader user hears it, before dropping (as structure.spec.ts does).
 */
async function heard(page: Page, announcement: string): Promise<void> {
  await expect(page.locator('[id^="DndLiveRegion"]', { hasText: announcement })).toHaveCount(1)
}

/** The team's group titles in page order, for expect.poll. */
function groupTitles(section: Locator): () => Promise<string[]> {
  return () =>
    section
      .getByLabel('Priority group title', { exact: true })
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value))
}

test('drags goals between priority groups and reorders the groups, by mouse and keyboard', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await showView(page, 'Team')
  const analytics = await addTeam(page, 'Analytics')
  const core = await addGroup(analytics, 'Core Work')
  const events = await addGroup(analytics, 'Event Platform')
  await showView(page, 'Board')
  await quickAdd(page, 'To do', ['Hire a data engineer', 'Ship the stream config'], 'Analytics')
  await showView(page, 'Team')
  const loose = analytics.getByRole('region', { name: 'Goals without a priority group' })
  await expect(loose).toContainText('Hire a data engineer')
  await expect.poll(groupTitles(analytics)).toEqual(['Core Work', 'Event Platform'])

  // Mouse: the first goal onto Event Platform.
  await mouseDrag(
    page,
    analytics.getByRole('button', { name: 'Move Hire a data engineer to another priority group' }),
    events,
  )
  await expect(events).toContainText('Hire a data engineer')
  await expect(loose).not.toContainText('Hire a data engineer')

  // Keyboard: the second goal down one block, from the loose goals into Core Work.
  const second = analytics.getByRole('button', {
    name: 'Move Ship the stream config to another priority group',
  })
  await pickUp(page, second)
  await page.keyboard.press('ArrowDown')
  await heard(page, 'Ship the stream config is over Core Work.')
  await page.keyboard.press('Space')
  await expect(core).toContainText('Ship the stream config')
  // With no goal left outside a group, that block is gone.
  await expect(loose).toHaveCount(0)

  // Groups: Event Platform above Core Work with the mouse, then back down with the keyboard.
  await mouseDrag(
    page,
    analytics.getByRole('button', { name: 'Reorder Event Platform' }),
    core,
    -20,
  )
  await expect.poll(groupTitles(analytics)).toEqual(['Event Platform', 'Core Work'])
  const eventsHandle = analytics.getByRole('button', { name: 'Reorder Event Platform' })
  await pickUp(page, eventsHandle)
  await page.keyboard.press('ArrowDown')
  await heard(page, 'Event Platform is over Core Work.')
  await page.keyboard.press('Space')
  await expect.poll(groupTitles(analytics)).toEqual(['Core Work', 'Event Platform'])
  await expect(events).toContainText('Hire a data engineer')

  // Each drop was one change: undo the last three, one at a time.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect.poll(groupTitles(analytics)).toEqual(['Event Platform', 'Core Work'])
  await page.keyboard.press('Control+z')
  await expect.poll(groupTitles(analytics)).toEqual(['Core Work', 'Event Platform'])
  await page.keyboard.press('Control+z')
  await expect(core).not.toContainText('Ship the stream config')
  await expect(loose).toContainText('Ship the stream config')
  await expect(events).toContainText('Hire a data engineer')
  await expect(teamPage(page, 'Analytics')).toBeVisible()
})

test('renames a group, deletes one whose goals go to another group, and reorders teams with the mouse', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await showView(page, 'Team')
  const analytics = await addTeam(page, 'Analytics')
  await addTeam(page, 'Performance')
  await teamNav(page).getByRole('button', { name: 'Analytics', exact: true }).click()
  const core = await addGroup(analytics, 'Core Work')
  await addGroup(analytics, 'Event Platform')
  await showView(page, 'Board')
  await quickAdd(page, 'To do', ['Hire a data engineer'], 'Analytics')
  await showView(page, 'Team')

  // Rename Event Platform in place, then put the goal in it.
  // The second group's title field (its region is named by the title, so not found by it).
  const title = analytics.getByLabel('Priority group title', { exact: true }).nth(1)
  await expect(title).toHaveValue('Event Platform')
  await fillInPlace(title, 'Event Platform 2.0')
  const events = analytics.getByRole('region', {
    name: 'Priority group Event Platform 2.0',
    exact: true,
  })
  await expect(events).toBeVisible()
  await mouseDrag(
    page,
    analytics.getByRole('button', { name: 'Move Hire a data engineer to another priority group' }),
    events,
  )
  await expect(events).toContainText('Hire a data engineer')

  // Delete it: its goal goes to Core Work, as chosen.
  await analytics.getByRole('button', { name: 'Delete priority group Event Platform 2.0' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete priority group “Event Platform 2.0”' })
  await expect(dialog).toContainText('Its goal stays in the team.')
  await chooseOption(dialog, 'Move its goals to', 'Core Work')
  await dialog.getByRole('button', { name: 'Delete priority group' }).click()
  await expect(events).toHaveCount(0)
  await expect(core).toContainText('Hire a data engineer')
  await expect.poll(groupTitles(analytics)).toEqual(['Core Work'])
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(events).toContainText('Hire a data engineer')
  await expect(core).not.toContainText('Hire a data engineer')

  // Teams reorder by their handles with the mouse too.
  await expect(teamNames(page)).toHaveText(['Analytics', 'Performance'])
  await mouseDrag(
    page,
    teamNav(page).getByRole('button', { name: 'Reorder Performance' }),
    teamNav(page).getByRole('button', { name: 'Analytics', exact: true }),
    -10,
  )
  await expect(teamNames(page)).toHaveText(['Performance', 'Analytics'])
  await page.keyboard.press('Control+z')
  await expect(teamNames(page)).toHaveText(['Analytics', 'Performance'])
})
