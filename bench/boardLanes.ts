/**
 * The swimlanes part of the board benchmark: 2,000 goals in 40 teams with
 * swimlanes on. Medians of navigation → first lane's cards painted, pointer
 * release → dropped card painted, filter change → filtered board painted,
 * Ctrl+Z → undone drop painted, and, in the Team view, "Record status update
 * for all teams" → every team's items painted and "Save update" → the
 * recorded update painted in the team's section. Each time runs from an event the page
 * itself records (its timestamp) to the frame painted after the DOM shows
 * the result (a requestAnimationFrame callback, then a message posted from
 * it, which runs once that frame is on screen).
 */
import type { Browser, Page } from 'playwright-core'
import { DATABASE_NAME } from '../src/renderer/db/database'
import type { PlanDocument } from '../src/shared/model'
import { statusLabel, type StatusId } from '../src/shared/statuses'
import { seedDocument, writeDocumentInPage } from './boardSeed'
import { mainThreadCpuMs, metricsSession, startCpuProfile } from './cdpMetrics'
import { median, printTable } from './stats'

const SIZE = { goals: 2000, teams: 40, groupsPerTeam: 3 }
const TARGETS = { paintMs: 500, interactionMs: 50 }
const PLAN_KEY = 'quarterdeck.currentPlanId'
const VIEW_KEY = 'quarterdeck.boardView'
const TIMEOUT_MS = 30_000

interface LaneRun {
  paintMs: number
  dropMs: number
  /** Main-thread CPU time from the mouse press until just before the release: the drag's moves. */
  dragCpuMs: number
  /** Main-thread CPU time from just before the release until the dropped card is painted. */
  dropCpuMs: number
  filterMs: number
  /** Main-thread CPU time of the filter change: the click on "Done" until painted. */
  filterCpuMs: number
  undoMs: number
  /** Main-thread CPU time of the undo: Ctrl+Z until painted. */
  undoCpuMs: number
  /** Click on "Record status update for all teams" → the dialog with every team's items painted. */
  recordOpenMs: number
  /** Click on "Save update" → the dialog gone and the update listed in the team's section. */
  recordSaveMs: number
  /** Cards mounted after the runs' steps (every goal loaded by then): the windowing at work. */
  mountedCards: number
}

/** What the in-page probe waits for after its event: a selector to appear or to go. */
interface ProbeArgs {
  event: string
  selector: string
  present: boolean
}

interface ProbedWindow {
  __probe?: Promise<{ start: number; painted: number }>
  __lanesPainted?: Promise<number>
}

/**
 * In page: times from the first `event` until the frame after the DOM matches is painted.
 * The app may handle the event before the probe does (a listener the window got earlier, as
 * the board's drag controller adds one at the press): then the DOM matches once the probe's
 * listener runs, and the next frame paints it. So the DOM must not match before the event.
 */
function armProbe(args: ProbeArgs): void {
  const matches = () => (document.querySelector(args.selector) !== null) === args.present
  if (matches()) {
    throw new Error(
      `${args.selector} is already ${args.present ? 'there' : 'gone'}: nothing to time`,
    )
  }
  const probed = window as unknown as ProbedWindow
  probed.__probe = new Promise((resolve) => {
    let start = 0
    const paint = () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve({ start, painted: performance.now() })
        channel.port2.postMessage(0)
      })
    const observer = new MutationObserver(() => {
      if (start === 0 || !matches()) return
      observer.disconnect()
      paint()
    })
    window.addEventListener(
      args.event,
      (event) => {
        if (start !== 0) return
        start = event.timeStamp
        if (matches()) paint()
        else observer.observe(document.body, { subtree: true, childList: true, attributes: true })
      },
      { capture: true },
    )
  })
}

/** Init script: navigation start → first frame painted with cards in a lane. */
function installLanesPaintProbe(): void {
  const probed = window as unknown as ProbedWindow
  probed.__lanesPainted = new Promise((resolve) => {
    const ready = () => document.querySelector('[data-lane-team] li[data-goal-id]') !== null
    const observer = new MutationObserver(() => {
      if (!ready()) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(0)
      })
    })
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { subtree: true, childList: true }),
    )
  })
}

async function probeResult(page: Page): Promise<number> {
  const result = await page.evaluate(
    () =>
      (window as unknown as ProbedWindow).__probe as Promise<{ start: number; painted: number }>,
  )
  return result.painted - result.start
}

async function seedLanes(page: Page, baseUrl: string): Promise<PlanDocument> {
  const doc = seedDocument(SIZE)
  await page.goto(baseUrl)
  await page.waitForFunction(
    async (name) => (await indexedDB.databases()).some((db) => db.name === name && db.version),
    DATABASE_NAME,
    { timeout: 15_000 },
  )
  const written = await page.evaluate(writeDocumentInPage, { databaseName: DATABASE_NAME, doc })
  if (written < SIZE.goals) throw new Error(`seeded only ${written} records`)
  await page.evaluate(
    ({ planKey, viewKey, id }) => {
      localStorage.setItem(planKey, id)
      localStorage.setItem(viewKey, JSON.stringify({ lanes: true, byPlan: {} }))
    },
    { planKey: PLAN_KEY, viewKey: VIEW_KEY, id: doc.plan.id },
  )
  return doc
}

/**
 * A goal's card in a lane's column, its accessible name saying that status: while a card is
 * carried, its place holder already sits in the column it is over but still names its old status.
 */
function goalSelector(teamId: string, status: StatusId, goalId: string): string {
  const card = `li[data-goal-id="${goalId}"][aria-label*=", ${statusLabel(status)}"]`
  return `[data-lane-team="${teamId}"] [data-status="${status}"] ${card}`
}

/**
 * Where to write a JavaScript CPU profile (sampled every 100 µs) of a run's
 * drop: the whole gesture, from the mouse press until the dropped card is
 * painted (the release is the `pointerup` listener's task in it).
 */
export interface LanesProfile {
  dropCpuProfilePath?: string
  /** A Chromium trace of the same span. */
  dropTracePath?: string
}

async function runOnce(
  browser: Browser,
  baseUrl: string,
  profile: LanesProfile = {},
): Promise<LaneRun> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  try {
    const seedPage = await context.newPage()
    const doc = await seedLanes(seedPage, baseUrl)
    await seedPage.close()

    const page = await context.newPage()
    await page.addInitScript(installLanesPaintProbe)
    await page.goto(baseUrl)
    const paintMs = await page.evaluate(
      () => (window as unknown as ProbedWindow).__lanesPainted as Promise<number>,
    )
    // Let the observers settle before interacting.
    await page.waitForTimeout(500)
    const cdp = await metricsSession(page)

    // The first lane's first To do goal, dragged to that lane's In progress.
    const team = [...doc.teams].sort((a, b) => (a.rank < b.rank ? -1 : 1))[0]
    if (!team) throw new Error('no team seeded')
    const goal = doc.goals
      .filter((g) => g.teamId === team.id && g.status === 'todo')
      .sort((a, b) => (a.rank < b.rank ? -1 : 1))[0]
    if (!goal) throw new Error('no To do goal in the first lane')
    const card = page.locator(goalSelector(team.id, 'todo', goal.id))
    const target = page.locator(`[data-lane-team="${team.id}"] [data-status="in-progress"]`)
    const from = await card.boundingBox()
    const to = await target.boundingBox()
    if (!from || !to) throw new Error('first lane not on screen')
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    const profiling = profile.dropCpuProfilePath ? await startCpuProfile(page) : undefined
    if (profile.dropTracePath) await browser.startTracing(page, { path: profile.dropTracePath })
    const cpuAtPress = await mainThreadCpuMs(cdp)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2 + 6, from.y + from.height / 2 + 6, { steps: 2 })
    await page.mouse.move(from.x + from.width / 2 + 14, from.y + from.height / 2 + 14, {
      steps: 2,
    })
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 10 })
    await page.mouse.move(to.x + to.width / 2, to.y + 61)
    await page.evaluate(armProbe, {
      event: 'pointerup',
      selector: goalSelector(team.id, 'in-progress', goal.id),
      present: true,
    })
    const cpuAtRelease = await mainThreadCpuMs(cdp)
    await page.mouse.up()
    const dropMs = await probeResult(page)
    const cpuAtPaint = await mainThreadCpuMs(cdp)
    if (profile.dropTracePath) await browser.stopTracing()
    if (profiling && profile.dropCpuProfilePath) await profiling.stop(profile.dropCpuProfilePath)
    await page.waitForSelector('.board[aria-busy="true"]', {
      state: 'detached',
      timeout: TIMEOUT_MS,
    })

    // Status filter "Done": every To do card leaves. The filter is a React Aria select (a
    // button opening a list of options): its list opens untimed, then the release on "Done" is
    // the change measured (the select chooses on the release, before the click).
    await page.getByRole('button', { name: /(^|\s)Status filter$/ }).click()
    const options = page.getByRole('listbox')
    await options.waitFor()
    await page.evaluate(armProbe, {
      event: 'pointerup',
      selector: '[data-status="todo"] li[data-goal-id]',
      present: false,
    })
    const cpuAtFilter = await mainThreadCpuMs(cdp)
    await options.getByRole('option', { name: 'Done', exact: true }).click()
    const filterMs = await probeResult(page)
    const filterCpuMs = (await mainThreadCpuMs(cdp)) - cpuAtFilter
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.waitForSelector(goalSelector(team.id, 'in-progress', goal.id))

    // Ctrl+Z: the dropped card goes back to To do.
    await page.locator('.board-toolbar').click({ position: { x: 2, y: 2 } })
    await page.evaluate(armProbe, {
      event: 'keydown',
      selector: goalSelector(team.id, 'todo', goal.id),
      present: true,
    })
    const cpuAtUndo = await mainThreadCpuMs(cdp)
    await page.keyboard.press('Control+z')
    const undoMs = await probeResult(page)
    const undoCpuMs = (await mainThreadCpuMs(cdp)) - cpuAtUndo
    await cdp.detach()
    const mountedCards = await page.locator('li[data-goal-id]').count()

    // Record a status update for all 40 teams: items made from 2,000 goals, then saved.
    await page.getByRole('tab', { name: 'Team' }).click()
    await page.waitForSelector('.team-view')
    await page.evaluate(armProbe, {
      event: 'click',
      selector: '[role="dialog"] .update-team',
      present: true,
    })
    await page.getByRole('button', { name: 'Record status update for all teams' }).click()
    const recordOpenMs = await probeResult(page)
    await page.evaluate(armProbe, {
      event: 'click',
      selector: '.team-view .update-list',
      present: true,
    })
    await page.getByRole('button', { name: 'Save update' }).click()
    const recordSaveMs = await probeResult(page)
    return {
      paintMs,
      dropMs,
      dragCpuMs: cpuAtRelease - cpuAtPress,
      dropCpuMs: cpuAtPaint - cpuAtRelease,
      filterMs,
      filterCpuMs,
      undoMs,
      undoCpuMs,
      recordOpenMs,
      recordSaveMs,
      mountedCards,
    }
  } finally {
    await context.close()
  }
}

/** One line of a lanes run's figures. */
function runLine(label: string, result: LaneRun): string {
  return (
    `${label}: paint ${result.paintMs.toFixed(0)} ms, drop ${result.dropMs.toFixed(1)} ms ` +
    `(main-thread CPU: drag ${result.dragCpuMs.toFixed(1)} ms, drop ${result.dropCpuMs.toFixed(1)} ms), ` +
    `filter ${result.filterMs.toFixed(1)} ms (CPU ${result.filterCpuMs.toFixed(1)} ms), ` +
    `undo ${result.undoMs.toFixed(1)} ms (CPU ${result.undoCpuMs.toFixed(1)} ms), ` +
    `record update: open ${result.recordOpenMs.toFixed(1)} ms, save ${result.recordSaveMs.toFixed(1)} ms, ` +
    `${result.mountedCards} cards mounted\n`
  )
}

/** The medians of this build against a baseline's, from runs taken in turn. */
function printLanesComparison(results: readonly LaneRun[], baseline: readonly LaneRun[]): void {
  const figures: [string, (r: LaneRun) => number][] = [
    ['first lane painted', (r) => r.paintMs],
    ['drop painted', (r) => r.dropMs],
    ['main-thread CPU of the drag (press → release)', (r) => r.dragCpuMs],
    ['main-thread CPU of the drop (release → painted)', (r) => r.dropCpuMs],
    ['filter change painted', (r) => r.filterMs],
    ['main-thread CPU of the filter change', (r) => r.filterCpuMs],
    ['undo painted', (r) => r.undoMs],
    ['main-thread CPU of the undo', (r) => r.undoCpuMs],
    ['record update painted', (r) => r.recordOpenMs],
    ['save update painted', (r) => r.recordSaveMs],
  ]
  process.stdout.write('\nSwimlanes against the baseline build, runs in turn (medians):\n')
  for (const [name, of] of figures) {
    const here = median(results.map(of)).toFixed(1)
    const there = median(baseline.map(of)).toFixed(1)
    process.stdout.write(`  ${name}: ${here} ms here, ${there} ms baseline\n`)
  }
}

/** The baseline's profile goes beside this build's: `drop.cpuprofile` → `drop-baseline.cpuprofile`. */
function baselineProfile(profile: LanesProfile): LanesProfile {
  const beside = (path: string | undefined) => path?.replace(/(\.[^./]*)?$/, '-baseline$1')
  return {
    dropCpuProfilePath: beside(profile.dropCpuProfilePath),
    dropTracePath: beside(profile.dropTracePath),
  }
}

/**
 * Runs the swimlanes benchmark `runs` times and prints its medians; with a
 * baseline build's address, runs it in turn with this one (alternating which
 * goes first) and prints both.
 */
export async function benchLanes(
  browser: Browser,
  baseUrl: string,
  runs: number,
  baselineUrl?: string,
  profile: LanesProfile = {},
): Promise<void> {
  process.stdout.write(
    `\nSwimlanes: ${SIZE.goals} goals in ${SIZE.teams} teams, swimlanes on, ${runs} runs\n`,
  )
  const results: LaneRun[] = []
  const baseline: LaneRun[] = []
  for (let i = 0; i < runs; i++) {
    const runBaseline = async () => {
      if (baselineUrl === undefined) return
      const result = await runOnce(
        browser,
        baselineUrl,
        i === 0 ? baselineProfile(profile) : undefined,
      )
      baseline.push(result)
      process.stdout.write(runLine(`baseline run ${i + 1}`, result))
    }
    if (i % 2 === 1) await runBaseline()
    const result = await runOnce(browser, baseUrl, i === 0 ? profile : undefined)
    results.push(result)
    process.stdout.write(runLine(`lanes run ${i + 1}`, result))
    if (i % 2 === 0) await runBaseline()
  }
  if (baseline.length > 0) printLanesComparison(results, baseline)
  printTable(
    [
      ['navigation → first lane painted', results.map((r) => r.paintMs), 'ms', TARGETS.paintMs],
      ['pointer release → drop painted', results.map((r) => r.dropMs), 'ms', TARGETS.interactionMs],
      [
        'main-thread CPU of the drag (press → release)',
        results.map((r) => r.dragCpuMs),
        'ms',
        null,
      ],
      [
        'main-thread CPU of the drop (release → painted)',
        results.map((r) => r.dropCpuMs),
        'ms',
        null,
      ],
      [
        'filter change → board painted',
        results.map((r) => r.filterMs),
        'ms',
        TARGETS.interactionMs,
      ],
      ['main-thread CPU of the filter change', results.map((r) => r.filterCpuMs), 'ms', null],
      ['Ctrl+Z → undo painted', results.map((r) => r.undoMs), 'ms', TARGETS.interactionMs],
      ['main-thread CPU of the undo', results.map((r) => r.undoCpuMs), 'ms', null],
      [
        'record update (all teams) → items painted',
        results.map((r) => r.recordOpenMs),
        'ms',
        TARGETS.interactionMs,
      ],
      [
        'save update → update painted',
        results.map((r) => r.recordSaveMs),
        'ms',
        TARGETS.interactionMs,
      ],
      ['cards mounted (of 2,000)', results.map((r) => r.mountedCards), 'cards', null],
    ],
    'swimlanes by team; lanes away from the view mount no cards',
  )
  process.stdout.write(`median cards mounted: ${median(results.map((r) => r.mountedCards))}\n`)
}
