/**
 * Shared Playwright helpers for the e2e suite. Import `test` and `expect`
 * from here (not from @playwright/test) so every test fails on uncaught page
 * errors and Content-Security-Policy violations.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { escapeRegExp } from './helpers/text'
import { releaseDrag } from './helpers/pointerDrag'

export { expect }
export { escapeRegExp } from './helpers/text'

/** Problems a page reported during a test: uncaught errors and CSP violations. */
export interface PageProblems {
  errors: string[]
  cspViolations: string[]
}

// Chromium logs CSP refusals as console errors; the event below also catches
// the ones it does not log.
const CSP_PREFIX = 'CSP violation:'

/** Starts collecting page errors and CSP violations on a page (before its first navigation). */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], cspViolations: [] }
  await page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${prefix} ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  }, CSP_PREFIX)
  page.on('pageerror', (error) => problems.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (text.startsWith(CSP_PREFIX) || text.includes('Content Security Policy')) {
      problems.cspViolations.push(text)
    }
  })
  return problems
}

/**
 * `test` with an automatic check: a test fails when its page threw an
 * uncaught error or violated the Content-Security-Policy.
 */
export const test = base.extend<{ pageProblems: PageProblems }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems = await watchPageProblems(page)
      await use(problems)
      expect(problems.errors, 'uncaught errors in the page').toEqual([])
      expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

/** The header's "Menu" button (quarters, backups, theme). */
export function menuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true })
}

/** Opens the header's menu and returns it. */
export async function openMenu(page: Page): Promise<Locator> {
  await menuButton(page).click()
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  return menu
}

/** Chooses an item of the header's menu, e.g. "New quarter" or "Save backup…". */
export async function menuAction(page: Page, item: string): Promise<void> {
  const menu = await openMenu(page)
  await menu.getByRole('menuitem', { name: item, exact: true }).click()
}

/** The window's messages (toasts): one "Messages (F8)" region. */
export function messages(page: Page): Locator {
  return page.getByRole('region', { name: /^Messages/ })
}

// An element not inside the messages' region.
const OUTSIDE_MESSAGES = ':not([role="region"][aria-label^="Messages"] *)'

/**
 * The elements of `locator` that are not in the window's messages. While a
 * dialog is open the messages are drawn inside it (components/openDialogs.ts),
 * so `dialog.getByRole('alert')` or `'status'` could catch a message as well as
 * the dialog's own sentence: `outsideMessages(dialog.getByRole('alert'))`
 * catches only the dialog's.
 */
export function outsideMessages(locator: Locator): Locator {
  return locator.and(locator.page().locator(OUTSIDE_MESSAGES))
}

/** Opens a backup file cut short with "Open backup…": an error message, "Could not open cut-short.json…", follows. */
export async function openCutShortBackup(page: Page): Promise<void> {
  const choosing = page.waitForEvent('filechooser')
  await menuAction(page, 'Open backup…')
  await (
    await choosing
  ).setFiles({
    name: 'cut-short.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "quarterdeck-'),
  })
}

/**
 * Opens the app on a fresh store (each test has its own browser context, so
 * its own empty IndexedDB) and waits until React has rendered something.
 */
export async function freshApp(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.locator('#root')).not.toBeEmpty()
}

/** Opens the app on a fresh store and loads the example quarter; its board is shown. */
export async function exampleQuarter(page: Page): Promise<void> {
  await freshApp(page)
  await page.getByRole('button', { name: 'Load example quarter' }).click()
  await expect(column(page, 'Done')).toBeVisible()
}

/**
 * Reloads the page once every change shown is written to the store (a
 * change shows at once and is written a moment later; the board is aria-busy
 * meanwhile), and waits for the app to render again.
 */
export async function reloadApp(page: Page): Promise<void> {
  await expect(page.locator('.board[aria-busy="true"]')).toHaveCount(0)
  await page.reload()
  await expect(page.locator('#root')).not.toBeEmpty()
}

/** Waits until no change is being written to the store (the board is aria-busy meanwhile). */
export async function boardIdle(page: Page): Promise<void> {
  await expect(page.locator('.board')).toHaveAttribute('aria-busy', 'false')
}

/** A board column: the region named after its status label ("In progress"). */
export function column(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true })
}

/** A card: the list item whose accessible name starts with the goal text. */
export function card(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('listitem', { name: new RegExp('^' + escapeRegExp(text)) })
}

/** Where on the target the pointer is released. */
export type DropPosition = 'center' | 'top' | 'bottom'

/** Options of `dragCard`. */
export interface DragOptions {
  /** Where on the target to release; 'center' by default. */
  position?: DropPosition
  /** Intermediate pointer moves between pick-up and drop; 10 by default. */
  steps?: number
  /** Press Escape before releasing, to cancel the drag. */
  cancel?: boolean
  /** Runs with the card held over the target, just before the release. */
  beforeRelease?: () => Promise<void>
  /**
   * Where the card is picked up: its centre (by default), or the middle of
   * the part of it in sight, for a card taller than its column, whose centre
   * is scrolled out of view.
   */
  grip?: 'center' | 'in-sight'
}

/** The middle, in the window, of the part of `card` its scrolling columns show. */
function middleInSight(card: Element): number {
  const box = card.getBoundingClientRect()
  let top = 0
  let bottom = window.innerHeight
  for (let parent = card.parentElement; parent; parent = parent.parentElement) {
    if (!/auto|scroll/.test(getComputedStyle(parent).overflowY)) continue
    const shown = parent.getBoundingClientRect()
    top = Math.max(top, shown.top)
    bottom = Math.min(bottom, shown.bottom)
  }
  return (Math.max(box.top, top) + Math.min(box.bottom, bottom)) / 2
}

async function gripOf(
  locator: Locator,
  grip: 'center' | 'in-sight' = 'center',
): Promise<{ x: number; y: number; height: number }> {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  if (!box) throw new Error(`dragCard: ${String(locator)} is not visible`)
  const y = grip === 'in-sight' ? await locator.evaluate(middleInSight) : box.y + box.height / 2
  return { x: box.x + box.width / 2, y, height: box.height }
}

/**
 * Drags a card with the real mouse, as a person does: press, move a few
 * pixels (dnd-kit activates after a small distance), travel in several
 * steps, then release over the target (a column or another card).
 */
export async function dragCard(
  page: Page,
  source: Locator,
  target: Locator,
  options: DragOptions = {},
): Promise<void> {
  await boardIdle(page)
  // Wait until the card has stopped moving: after a drop, cards slide into
  // place for a moment, and a press taken from a sliding card can land on
  // its neighbour.
  await source.hover({ trial: true })
  const from = await gripOf(source, options.grip)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  // Small nudges first so a distance activation constraint is met before the long move.
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 })
  await page.mouse.move(from.x + 12, from.y + 12, { steps: 2 })
  const box = await target.boundingBox()
  if (!box) throw new Error(`dragCard: target ${String(target)} is not visible`)
  const position = options.position ?? 'center'
  const x = box.x + box.width / 2
  const y =
    position === 'top'
      ? box.y + Math.min(8, box.height / 4)
      : position === 'bottom'
        ? box.y + box.height - Math.min(8, box.height / 4)
        : box.y + box.height / 2
  await page.mouse.move(x, y, { steps: options.steps ?? 10 })
  // One more small move lets collision detection settle on the final position.
  await page.mouse.move(x, y + 1)
  await options.beforeRelease?.()
  if (options.cancel) await page.keyboard.press('Escape')
  await releaseDrag(page)
}
