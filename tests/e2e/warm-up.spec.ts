/**
 * The drag warm-up (src/renderer/features/board/useDragWarmUp.ts): after a
 * start, the board picks a card up and cancels once, unseen, so a person's
 * first drop is fast. A person must notice nothing of it.
 */
import { boardIdle, card, column, dragCard, expect, reloadApp, test } from './fixtures'
import { cardTexts, freshQuarter, quickAdd } from './board.helpers'
import { lastCard, seedLongQuarter } from './longQuarter.helpers'

/** What the watcher saw; kept on `window.__warmUpWatch`. */
interface WarmUpWatch {
  /** The warm-up's drag was under way: a placeholder on a board marked as warming up. */
  sawWarmUp: boolean
  /** Things a person would have seen or heard, in words. */
  noticed: string[]
  /** A drag overlay a person could see (there is one in a person's own drag). */
  visibleOverlays: number
}

/**
 * Init script: from the page's start, checks after every DOM change what a
 * person would see or hear of a drag, before the frame is painted.
 */
function watchDrags(): void {
  const watch: WarmUpWatch = { sawWarmUp: false, noticed: [], visibleOverlays: 0 }
  ;(window as unknown as { __warmUpWatch: WarmUpWatch }).__warmUpWatch = watch
  const check = () => {
    if (document.querySelector('.board[data-warming-up] .card-placeholder')) watch.sawWarmUp = true
    for (const placeholder of document.querySelectorAll<HTMLElement>('.card-placeholder')) {
      const opacity = getComputedStyle(placeholder).opacity
      if (opacity !== '1') watch.noticed.push(`a card faded to ${opacity}`)
    }
    for (const cardElement of document.querySelectorAll<HTMLElement>('li.card')) {
      if (cardElement.style.opacity)
        watch.noticed.push(`a card got opacity ${cardElement.style.opacity}`)
    }
    for (const overlay of document.querySelectorAll<HTMLElement>('.card-overlay')) {
      if (getComputedStyle(overlay).visibility !== 'hidden') watch.visibleOverlays++
    }
    const live = document.querySelector('[id^="DndLiveRegion"]')?.textContent
    if (live) watch.noticed.push(`announced "${live}"`)
  }
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
}

test('the drag warm-up after a start is neither seen nor heard, and drags work after it', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['First goal', 'Second goal'])
  await quickAdd(page, 'In progress', ['Running goal'])
  await page.addInitScript(watchDrags)

  // A start with goals on the board: the warm-up runs once it is idle, and
  // the board is busy until the warm-up has ended.
  await reloadApp(page)
  await boardIdle(page)
  const watched = () =>
    page.evaluate(() => (window as unknown as { __warmUpWatch: WarmUpWatch }).__warmUpWatch)
  const marks = await page.evaluate(
    () => performance.getEntriesByName('quarterdeck:drag-warmed-up').length,
  )
  expect(marks).toBe(1)
  const afterWarmUp = await watched()
  expect(afterWarmUp.sawWarmUp).toBe(true)
  expect(afterWarmUp.noticed).toEqual([])
  expect(afterWarmUp.visibleOverlays).toBe(0)
  // Nothing moved, nothing took the focus, nothing scrolled.
  expect(await cardTexts(page, 'To do')).toEqual(['First goal', 'Second goal'])
  expect(await cardTexts(page, 'In progress')).toEqual(['Running goal'])
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  expect(
    await page.evaluate(() => [
      window.scrollY,
      ...Array.from(document.querySelectorAll('.board [role="region"]')).map(
        (region) => region.scrollTop,
      ),
    ]),
  ).toEqual([0, 0, 0, 0, 0, 0])

  // A person's first drag is seen and heard as always.
  await dragCard(page, card(page, 'First goal'), column(page, 'In progress'))
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(
    /^Goal First goal was moved to In progress, position \d of 2\.$/,
  )
  await expect(card(column(page, 'In progress'), 'First goal')).toBeVisible()
  const afterDrag = await watched()
  expect(afterDrag.visibleOverlays).toBeGreaterThan(0)
  expect(afterDrag.noticed.length).toBeGreaterThan(0)
  await boardIdle(page)
  await reloadApp(page)
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Second goal'])
})

/** Init script: holds the page's idle callbacks (the warm-up waits for one) until released. */
function holdIdleCallbacks(): void {
  const held: (() => void)[] = []
  const page = window as unknown as { __releaseIdle: () => void }
  page.__releaseIdle = () => held.splice(0).forEach((run) => run())
  window.requestIdleCallback = (callback) => {
    held.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }))
    return held.length
  }
}

test('the drag warm-up leaves a column a person scrolled before it where it was', async ({
  page,
}) => {
  await seedLongQuarter(page)
  await page.addInitScript(holdIdleCallbacks)
  await reloadApp(page)
  // Drag and drop is ready but the warm-up has not run: a person scrolls To do to its end.
  const toDo = column(page, 'To do')
  await expect(toDo.getByRole('listitem').first()).toHaveAttribute('aria-describedby', /Dnd/)
  const last = await lastCard(page, 'To do')
  await expect(page.locator('.board')).toHaveAttribute('aria-busy', 'true')
  const scrolled = await toDo.evaluate((region) => region.scrollTop)
  expect(scrolled).toBeGreaterThan(0)

  await page.evaluate(() => (window as unknown as { __releaseIdle: () => void }).__releaseIdle())
  await boardIdle(page)
  expect(
    await page.evaluate(() => performance.getEntriesByName('quarterdeck:drag-warmed-up').length),
  ).toBe(1)
  // The warm-up ran on a card in view: the column did not move (a pixel or so as cards are
  // measured; the warm-up on a card out of view scrolled it by about seven cards), and its
  // last card is still shown.
  const moved = Math.abs((await toDo.evaluate((region) => region.scrollTop)) - scrolled)
  expect(moved, 'pixels the column scrolled').toBeLessThan(10)
  await expect(last).toHaveAttribute('aria-posinset', '70')
})
