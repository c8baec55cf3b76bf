/**
 * Applying changes to the open quarter in memory, and taking a fresh read of
 * it in without disturbing what did not change. Pure: the store calls these.
 */
import type { Plan, PlanDocument } from '../../shared/model'
import { byRank, byTime, newestPlanFirst } from '../db/rowOrder'
import { QUARTER_TABLES, rowAfter, sameValue, type QuarterTables, type RowChange } from './changes'
import {
  mergeSorted,
  ROWS_PER_TURN,
  runAtOnce,
  runInTurns,
  sortedInTurns,
  turnAtOnce,
  turnOf,
  type Turn,
} from './turns'

/** What the UI renders from: every quarter's settings, and the open quarter whole. */
export interface Memory {
  plans: Plan[]
  quarter: PlanDocument | null
}

const ORDER: {
  [K in keyof QuarterTables]: (a: QuarterTables[K][number], b: QuarterTables[K][number]) => number
} = {
  teams: byRank,
  groups: byRank,
  goals: byRank,
  history: byTime,
  updates: byRank,
}

function planIdOf(change: RowChange): string | undefined {
  const row = change.after ?? change.before
  return row && 'planId' in row ? row.planId : undefined
}

/** Where `row` goes in `rows` (sorted by `order`): after every row that sorts before or with it. */
function insertionIndex<R>(rows: readonly R[], row: R, order: (a: R, b: R) => number): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (order(rows[middle] as R, row) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * `rows` (sorted by `order`) with `changes` applied, still sorted. A few
 * changed rows are each put in their place by a binary search rather than
 * sorting the table again: a drop on a 2,000-goal board sorted 2,000 goals by
 * rank in the frame it had to paint. Many changes (a merge that touches every
 * row) are applied by id (a search and a splice per change cost rows ×
 * changes), in turns when run so: the merge of a 28,000-goal backup applied
 * them in one task of 40-95 ms.
 */
function* applyRowsSteps<R extends { id: string }>(
  rows: readonly R[],
  changes: readonly RowChange[],
  order: (a: R, b: R) => number,
  turn: Turn,
): Generator<void, R[]> {
  if (changes.length > MANY_CHANGES) return yield* applyManyRows(rows, changes, order, turn)
  const next = rows.slice()
  for (const change of changes) {
    const index = next.findIndex((row) => row.id === change.id)
    const row = rowAfter<R>(change, index === -1 ? undefined : next[index])
    if (index !== -1) next.splice(index, 1)
    if (row !== null) next.splice(insertionIndex(next, row, order), 0, row)
  }
  return next
}

/**
 * More changes than this are looked up by id, in an index of the table made
 * once; fewer are each found by a search, which stops at the row and builds
 * nothing (a drop changes one or two rows of a board of thousands).
 */
export const MANY_CHANGES = 64

/**
 * Many changes applied: the rows they touch are found by id and made anew,
 * sorted, and merged with the untouched rows, which keep their order. Every
 * order breaks ties by id (rowOrder.ts), so this is the one sorted table.
 */
function* applyManyRows<R extends { id: string }>(
  rows: readonly R[],
  changes: readonly RowChange[],
  order: (a: R, b: R) => number,
  turn: Turn,
): Generator<void, R[]> {
  const byId = new Map<string, R>()
  for (const row of rows) {
    if (--turn.left < 0) {
      yield
      turn.left = turn.size - 1
    }
    byId.set(row.id, row)
  }
  // Each touched id and its row as the changes leave it (null: removed).
  const touched = new Map<string, R | null>()
  for (const change of changes) {
    if (--turn.left < 0) {
      yield
      turn.left = turn.size - 1
    }
    const current = touched.has(change.id) ? touched.get(change.id) : byId.get(change.id)
    touched.set(change.id, rowAfter<R>(change, current ?? undefined))
  }
  const untouched: R[] = []
  for (const row of rows) {
    if (--turn.left < 0) {
      yield
      turn.left = turn.size - 1
    }
    if (!touched.has(row.id)) untouched.push(row)
  }
  const made = [...touched.values()].filter((row): row is R => row !== null)
  return yield* mergeSorted(untouched, yield* sortedInTurns(made, order, turn), order, turn)
}

/** `memory` with `changes` applied, giving the thread up whenever `turn` is used up. */
function* applyToMemorySteps(
  memory: Memory,
  changes: readonly RowChange[],
  turn: Turn,
): Generator<void, Memory> {
  let { plans, quarter } = memory
  const planChanges = changes.filter((change) => change.table === 'plans')
  if (planChanges.length > 0) {
    plans = yield* applyRowsSteps(plans, planChanges, newestPlanFirst, turn)
    if (quarter) {
      const open = plans.find((plan) => plan.id === quarter?.plan.id)
      quarter = open ? { ...quarter, plan: open } : null
    }
  }
  if (!quarter) return { plans, quarter }
  const planId = quarter.plan.id
  const next: PlanDocument = { ...quarter }
  for (const table of QUARTER_TABLES) {
    const mine = changes.filter((change) => change.table === table && planIdOf(change) === planId)
    if (mine.length === 0) continue
    // The table's rows and order function agree by construction; TypeScript cannot see it.
    const order = ORDER[table] as (a: { id: string }, b: { id: string }) => number
    ;(next as unknown as Record<string, unknown>)[table] = yield* applyRowsSteps(
      quarter[table] as { id: string }[],
      mine,
      order,
      turn,
    )
  }
  return { plans, quarter: next }
}

/** `memory` with `changes` applied: only the tables and rows they touch are new objects. */
export function applyToMemory(memory: Memory, changes: readonly RowChange[]): Memory {
  return runAtOnce(applyToMemorySteps(memory, changes, turnAtOnce()))
}

/**
 * What applyToMemory gives, made `perTurn` rows at a time with the thread
 * given up in between; null as soon as `stillWanted` says no between turns.
 */
export function applyToMemoryInTurns(
  memory: Memory,
  changes: readonly RowChange[],
  stillWanted: () => boolean,
  perTurn: number = ROWS_PER_TURN,
): Promise<Memory | null> {
  return runInTurns(applyToMemorySteps(memory, changes, turnOf(perTurn)), stillWanted)
}

/**
 * The quarter `planId` as `changes` leave it when they create it whole (its
 * plan among them, created): the store holds exactly that once they are
 * written, so a window that wrote them can show the quarter without reading
 * it back. Made in turns like applyToMemoryInTurns. Null when the changes do
 * not create that quarter, or when `stillWanted` says no between turns.
 */
export function quarterCreatedBy(
  planId: string,
  changes: readonly RowChange[],
  stillWanted: () => boolean,
  perTurn: number = ROWS_PER_TURN,
): Promise<PlanDocument | null> {
  const plan = changes.find(
    (change) => change.table === 'plans' && change.id === planId && change.before === null,
  )?.after as Plan | null | undefined
  if (!plan) return Promise.resolve(null)
  const empty: PlanDocument = { plan, teams: [], groups: [], goals: [], history: [], updates: [] }
  const rows = changes.filter((change) => change.table !== 'plans')
  return applyToMemoryInTurns({ plans: [plan], quarter: empty }, rows, stillWanted, perTurn).then(
    (memory) => memory?.quarter ?? null,
  )
}

/**
 * `fresh` rows, with each one that equals its old version replaced by the old
 * object; `old` itself when every row is kept in place. Yields whenever the
 * turn is used up. A row is first looked for at its own index (a refresh
 * usually finds the rows where they were) and only then by id, in an index
 * of the old rows made the first time one is needed.
 */
function* keepSame<R extends { id: string }>(
  old: readonly R[],
  fresh: readonly R[],
  turn: Turn,
): Generator<void, readonly R[]> {
  let byId: Map<string, R> | null = null
  let changed = old.length !== fresh.length
  const rows = new Array<R>(fresh.length)
  for (let index = 0; index < fresh.length; index++) {
    if (--turn.left < 0) {
      yield
      turn.left = turn.size - 1
    }
    const row = fresh[index] as R
    let previous = old[index]
    if (previous?.id !== row.id) {
      if (byId === null) {
        byId = new Map()
        for (const oldRow of old) {
          if (--turn.left < 0) {
            yield
            turn.left = turn.size - 1
          }
          byId.set(oldRow.id, oldRow)
        }
      }
      previous = byId.get(row.id)
    }
    const kept = previous !== undefined && sameValue(previous, row) ? previous : row
    if (kept !== old[index]) changed = true
    rows[index] = kept
  }
  return changed ? rows : old
}

/** reconcile's work, giving the thread up (a yield) whenever `turn` is used up. */
function* reconcileSteps(memory: Memory, fresh: Memory, turn: Turn): Generator<void, Memory> {
  const plans = (yield* keepSame(memory.plans, fresh.plans, turn)) as Plan[]
  const old = memory.quarter
  const doc = fresh.quarter
  if (!doc || !old || old.plan.id !== doc.plan.id) return { plans, quarter: doc }
  const quarter: PlanDocument = {
    plan: sameValue(old.plan, doc.plan) ? old.plan : doc.plan,
    teams: (yield* keepSame(old.teams, doc.teams, turn)) as PlanDocument['teams'],
    groups: (yield* keepSame(old.groups, doc.groups, turn)) as PlanDocument['groups'],
    goals: (yield* keepSame(old.goals, doc.goals, turn)) as PlanDocument['goals'],
    history: (yield* keepSame(old.history, doc.history, turn)) as PlanDocument['history'],
    updates: (yield* keepSame(old.updates, doc.updates, turn)) as PlanDocument['updates'],
  }
  const sameQuarter = (Object.keys(quarter) as (keyof PlanDocument)[]).every(
    (key) => quarter[key] === old[key],
  )
  if (sameQuarter && plans === memory.plans) return memory
  return { plans, quarter: sameQuarter ? old : quarter }
}

/**
 * A fresh read of the store taken in: React sees new objects only for what
 * another window really changed, so a refresh after this window's own write
 * re-renders nothing.
 */
export function reconcile(memory: Memory, fresh: Memory): Memory {
  return runAtOnce(reconcileSteps(memory, fresh, turnAtOnce()))
}

/**
 * What reconcile gives, made `perTurn` rows at a time with the thread given
 * up in between, so a long quarter's refresh never holds the window: at
 * 200,000 goals reconcile compared 400,000 rows (goals and their history) in
 * one task of most of a second. Between turns `stillWanted` is asked, and
 * null is returned at once when it says no (a write or another quarter
 * overtook the read); a quarter that fits in one turn is reconciled at once.
 */
export function reconcileInTurns(
  memory: Memory,
  fresh: Memory,
  stillWanted: () => boolean,
  perTurn: number = ROWS_PER_TURN,
): Promise<Memory | null> {
  return runInTurns(reconcileSteps(memory, fresh, turnOf(perTurn)), stillWanted)
}
