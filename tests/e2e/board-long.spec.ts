import type { Locator, Page } from '@playwright/test'
import { seedGoalText } from '../../bench/boardSeed'
import { boardIdle, card, column, dragCard, expect, reloadApp, test } from './fixtures'
import { afterFrames, cardTexts, columnCount } from './board.helpers'
import { PER_COLUMN, lastCard, seedLongQuarter } from './longQuarter.helpers'

/** Opens the app on the long quarter, its board ready for drags. */
async function longQuarter(page: Page): Promise<void> {
  await seedLongQuarter(page)
  await reloadApp(page)
  await expect(columnCount(page, 'To do')).toHaveText(PER_COLUMN)
  // The board takes drags, and its drag warm-up has run, before a column is scrolled.
  await boardIdle(page)
}

/** Scrolls a column down, a screenful at a time, until `item` is shown. */
async function scrollDownTo(target: Locator, item: Locator): Promise<void> {
  await expect(async () => {
    if ((await item.count()) === 0) {
      await target.evaluate((node) => node.scrollBy({ top: node.clientHeight / 2 }))
    }
    await expect(item).toBeVisible({ timeout: 200 })
  }).toPass()
}

test.describe('a board with long columns', () => {
  test.describe.configure({ timeout: 90_000 })

  test('counts every goal and tells each card its place in the whole column', async ({ page }) => {
    await longQuarter(page)
    for (const label of ['To do', 'In progress', 'Done', 'Blocked', 'Postponed']) {
      await expect(columnCount(page, label)).toHaveText(PER_COLUMN)
    }
    const first = card(column(page, 'To do'), seedGoalText(0))
    await expect(first).toHaveAttribute('aria-posinset', '1')
    await expect(first).toHaveAttribute('aria-setsize', PER_COLUMN)
    // The 70th goal of To do is goal 346 (every fifth goal is a To do goal).
    const last = await lastCard(page, 'To do')
    await expect(last).toHaveAccessibleName(new RegExp(`^${seedGoalText(345)}`))
    await expect(last).toHaveAttribute('aria-posinset', PER_COLUMN)
  })

  test('a card dropped with the mouse at the end of a long column stays at its end', async ({
    page,
  }) => {
    await longQuarter(page)
    const text = seedGoalText(0)
    const target = await lastCard(page, 'In progress')
    // Released over the card as shown: a release below the column is outside every column.
    await target.scrollIntoViewIfNeeded()
    await expect(target).toBeInViewport({ ratio: 1 })
    // dnd-kit scrolls a column while a card is held near its edge, which can move the last card
    // from under the pointer: aim at it again until the board says the card is at the end, as a
    // person would watch for, then release.
    const live = page.locator('[id^="DndLiveRegion"]')
    const atTheEnd = async () => {
      await expect(async () => {
        const box = await target.boundingBox()
        if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4)
        await expect(live).toContainText('is over In progress, position 71 of 71', {
          timeout: 500,
        })
      }).toPass()
    }
    await dragCard(page, card(column(page, 'To do'), text), target, {
      position: 'bottom',
      beforeRelease: atTheEnd,
    })
    const moved = card(column(page, 'In progress'), text)
    await expect(moved).toHaveAccessibleName(new RegExp(', In progress'))
    await expect(moved).toHaveAttribute('aria-posinset', '71')
    await expect(columnCount(page, 'In progress')).toHaveText('71')
    await expect(columnCount(page, 'To do')).toHaveText('69')
    await boardIdle(page)

    await reloadApp(page)
    await expect(columnCount(page, 'In progress')).toHaveText('71')
    const last = await lastCard(page, 'In progress')
    await expect(last).toHaveAccessibleName(new RegExp(`^${text}, .*, In progress`))
  })

  test('the keyboard moves a card far down a long column, scrolling it into view', async ({
    page,
  }) => {
    await longQuarter(page)
    const text = seedGoalText(1)
    const live = page.locator('[id^="DndLiveRegion"]')
    await boardIdle(page)
    await card(column(page, 'In progress'), text).focus()
    await page.keyboard.press('Space')
    await expect(live).toHaveText(
      new RegExp(`Picked up goal ${text} in In progress, position 1 of 70`),
    )
    // dnd-kit measures the columns in the frames after a pick-up and drops an arrow key pressed
    // before that (a person never presses that fast); see the keyboard test in board.spec.ts.
    await afterFrames(page, 3)
    for (let position = 2; position <= 30; position++) {
      await page.keyboard.press('ArrowDown')
      await expect(live).toHaveText(new RegExp(`is over In progress, position ${position} of 70`))
    }
    await page.keyboard.press('Space')
    await expect(live).toHaveText(new RegExp(`was moved to In progress, position 30 of 70`))
    const moved = card(column(page, 'In progress'), text)
    await expect(moved).toBeInViewport()
    await expect(moved).toHaveAttribute('aria-posinset', '30')
    await boardIdle(page)

    await reloadApp(page)
    const again = card(column(page, 'In progress'), text)
    await scrollDownTo(column(page, 'In progress'), again)
    await expect(again).toHaveAttribute('aria-posinset', '30')
    expect(await cardTexts(page, 'In progress')).toContain(text)
  })
})
