/**
 * Fills the quarter store from Dexie: once at start, again when the window
 * opens another quarter, and whenever another window writes. Dexie reports
 * every committed write, in this window or another ("storagemutated"); a
 * refresh re-reads the open quarter and takes in only what differs, so this
 * window's own writes, already in memory, change nothing on screen. While a
 * write of this window is on its way a refresh waits, and a read that a write
 * overtook is thrown away, so memory never steps back. A long quarter's read
 * is compared with memory in turns of the window's thread, and is thrown
 * away too when a write overtakes it during them.
 */
import { Dexie } from 'dexie'
import { quarterCreatedBy, reconcileInTurns, type Memory } from '../commands/applyToQuarter'
import type { RowChange } from '../commands/changes'
import { ROWS_PER_TURN } from '../commands/turns'
import { backupSoon } from '../db/autoBackup'
import {
  openStore,
  replaceDamagedStore as replaceStore,
  storeStatus,
  subscribeStore,
} from '../db/database'
import { readPlans, readQuarter } from '../db/reads'
import { keepDamagedStore } from '../platform'
import { markStartup } from '../startupMarks'
import { currentMemory, setMemory, useQuarterStore } from './quarterStore'
import { afterNextPaint } from './afterNextPaint'
import { prepareGoalLookups } from './goalLookups'
import { watchQuarterCount } from './quarterCount'
import { rememberedPlanId, rememberPlanId } from './rememberedPlan'

let pendingWrites = 0
let writesDone = 0
let refreshing = false
/**
 * Reads of openQuarter begun so far. Such a read begins after this window's
 * writes have landed, so it covers a refresh asked for before it began: that
 * refresh is not made, or its read is thrown away. Otherwise the refresh that
 * follows the writes of a new quarter read it a second time beside the open
 * (with no quarter open, as on a first start, a refresh reads the newest),
 * and then compared every row of the two reads in one task.
 */
let opensBegun = 0
/** opensBegun when the refresh wanted now was asked for; null when none is wanted. */
let wantedAt: number | null = null

/** Asks for a refresh of memory from the store, made unless an open covers it first. */
function wantRefresh(): void {
  wantedAt ??= opensBegun
}

/** A refresh of memory from the store, unless one is running or a write is pending. */
function scheduleRefresh(): void {
  wantRefresh()
  if (refreshing || pendingWrites > 0) return
  refreshing = true
  // In a task of its own: the code that awaited this window's write runs
  // first, and when it opens a quarter (Create quarter opens the one it
  // stored), that open covers this refresh.
  setTimeout(() => {
    const askedAt = wantedAt
    wantedAt = null
    if (askedAt !== opensBegun) refreshEnded()
    else if (pendingWrites > 0) {
      // That write's end asks again.
      wantedAt = askedAt
      refreshEnded()
    } else refresh(askedAt)
  })
}

function refreshEnded(): void {
  refreshing = false
  if (wantedAt !== null) scheduleRefresh()
}

function refresh(opensSeen: number): void {
  const seen = writesDone
  const requested = useQuarterStore.getState().openPlanId
  // Another quarter opened meanwhile: its read is newer than this one, which is not wanted again.
  const covered = () => opensBegun !== opensSeen
  // A write of this window landed or began meanwhile: this read may predate it. Another
  // quarter was chosen meanwhile: this read is of the old one.
  const current = () =>
    writesDone === seen &&
    pendingWrites === 0 &&
    useQuarterStore.getState().openPlanId === requested
  void readMemory(requested)
    .then(async (fresh) => {
      if (covered()) return
      const taken = current() && (await takeIn(fresh, () => !covered() && current()))
      if (!taken && !covered()) wantRefresh()
    })
    .catch(() => {
      // The store closed or failed: its status says so (see watchStoreStatus).
    })
    .finally(refreshEnded)
}

async function readMemory(planId: string | null): Promise<Memory & { planId: string | null }> {
  const plans = await readPlans()
  // The open quarter, else (deleted, or none chosen yet) the newest one.
  const wanted = plans.some((plan) => plan.id === planId) ? planId : (plans[0]?.id ?? null)
  const quarter = wanted === null ? null : await readQuarter(wanted)
  return { plans, quarter, planId: quarter?.plan.id ?? null }
}

/**
 * A quarter read to be shown as it is: with the lookups the board makes of
 * its goals made ahead, in turns for a long one. A quarter that `created`
 * (changes this window has written) made whole is taken from them, not read
 * back: Create quarter of a 50,000-goal page read 100,000 rows back for its
 * board, seconds of work that doubled the window's heap as it showed.
 */
async function readToShow(
  planId: string | null,
  created: readonly RowChange[] = [],
): Promise<Memory & { planId: string | null }> {
  const written = planId === null ? null : await quarterCreatedBy(planId, created, () => true)
  const plans = written ? await readPlans() : []
  // Deleted since (by another window): read as any other.
  const fresh =
    written && plans.some((plan) => plan.id === planId)
      ? { plans, quarter: written, planId }
      : await readMemory(planId)
  if (fresh.quarter) await prepareGoalLookups(fresh.quarter.goals)
  return fresh
}

/**
 * Takes a fresh read in: compared with memory (reconcile), and the lookups of
 * the goals it will show made ahead, both in turns for a long quarter, then
 * shown. Gives up, showing nothing and returning false, when between turns
 * or at the end `stillWanted` says no or memory changed meanwhile (the
 * comparison was with memory as it was).
 */
async function takeIn(
  fresh: Memory & { planId: string | null },
  stillWanted: () => boolean,
): Promise<boolean> {
  const before = currentMemory()
  const wanted = () => {
    const now = useQuarterStore.getState()
    return now.plans === before.plans && now.quarter === before.quarter && stillWanted()
  }
  const next = await reconcileInTurns(before, fresh, wanted, ROWS_PER_TURN)
  if (next === null || !wanted()) return false
  // Lookups of a list shown before are made or being made; a new list's are made here.
  const goals = next.quarter?.goals
  if (goals && goals !== before.quarter?.goals) {
    const made = await prepareGoalLookups(goals, ROWS_PER_TURN, wanted)
    if (!made || !wanted()) return false
  }
  setMemory(next)
  if (useQuarterStore.getState().openPlanId !== fresh.planId) {
    useQuarterStore.setState({ openPlanId: fresh.planId })
  }
  return true
}

let writeQueue: Promise<void> = Promise.resolve()

/**
 * Runs `write` after the writes queued before it, so they land in the order
 * their changes reached memory, and after the frame that shows the change is
 * painted: IndexedDB's work on this thread (a transaction, cloning the rows)
 * then never delays what the user sees. A failed write asks for a refresh,
 * which puts back whatever the store holds.
 */
export function queueWrite(write: () => Promise<void>): Promise<void> {
  pendingWrites++
  if (pendingWrites === 1) useQuarterStore.setState({ saving: true })
  const run = writeQueue.then(afterNextPaint).then(write)
  writeQueue = run.catch(() => {})
  const ended = (failed: boolean) => {
    pendingWrites--
    writesDone++
    if (pendingWrites === 0) useQuarterStore.setState({ saving: false })
    if (failed) wantRefresh()
    if (pendingWrites === 0 && wantedAt !== null) scheduleRefresh()
  }
  return run.then(
    () => {
      ended(false)
      backupSoon()
    },
    (error: unknown) => {
      ended(true)
      throw error
    },
  )
}

/** Resolves once every write queued so far has ended. */
export function allWritten(): Promise<void> {
  return writeQueue
}

function watchStoreStatus(): void {
  subscribeStore(() => {
    const status = storeStatus()
    if (status.state === 'failed')
      useQuarterStore.setState({ phase: 'failed', error: status.error })
  })
}

let started: Promise<void> | null = null
let listening = false

function listenForOtherWindows(): void {
  if (listening) return
  listening = true
  Dexie.on('storagemutated', scheduleRefresh)
}

/**
 * Opens the store and reads the quarter the window showed last (or the
 * newest), once per window. Called from the entry module before React has
 * even loaded, so IndexedDB works while the script is still evaluating.
 */
export function startQuarterStore(): Promise<void> {
  started ??= (async () => {
    watchStoreStatus()
    watchQuarterCount()
    try {
      await openStore()
      const fresh = await readToShow(rememberedPlanId())
      markStartup('quarter-read')
      useQuarterStore.setState({ ...fresh, openPlanId: fresh.planId, phase: 'ready' })
      listenForOtherWindows()
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error))
      useQuarterStore.setState({ phase: 'failed', error: failure })
    }
  })()
  return started
}

/**
 * After the store could not be opened: keeps a copy of its files (desktop
 * app), replaces it with an empty store and shows that. Rejects, with the
 * damaged store left as it was, when the copy cannot be made.
 */
export async function replaceDamagedStore(): Promise<void> {
  await keepDamagedStore()
  await replaceStore()
  const fresh = await readMemory(null)
  useQuarterStore.setState({ ...fresh, openPlanId: fresh.planId, phase: 'ready', error: null })
  listenForOtherWindows()
}

/**
 * Shows another quarter (or, with null, the newest): read whole, then shown;
 * one that `created`, changes this window wrote, made whole is shown from
 * them. A read that fails (a full or failing disk) puts back the quarter
 * shown before, so the window never waits on "Loading goals…" for a read
 * that will not come, and rejects so the caller can say why.
 */
export async function openQuarter(
  planId: string | null,
  created: readonly RowChange[] = [],
): Promise<void> {
  const before = useQuarterStore.getState()
  const shown = { openPlanId: before.openPlanId, quarter: before.quarter }
  rememberPlanId(planId)
  useQuarterStore.setState({ openPlanId: planId, quarter: null })
  let fresh: Awaited<ReturnType<typeof readMemory>>
  try {
    // A quarter just created or imported is in memory before it is stored.
    await allWritten()
    opensBegun++
    fresh = await readToShow(planId, created)
  } catch (error) {
    if (useQuarterStore.getState().openPlanId === planId) {
      rememberPlanId(shown.openPlanId)
      useQuarterStore.setState(shown)
    }
    throw error
  }
  // Another quarter was chosen while this one was read.
  if (useQuarterStore.getState().openPlanId !== planId) return
  useQuarterStore.setState({ plans: fresh.plans, quarter: fresh.quarter, openPlanId: fresh.planId })
}
