/**
 * What the board derives from a list of goals: each goal by id, the goals
 * and ids of each column, the progress counts. Each is made once per list
 * (a change to the quarter makes a new list, so a list never changes) and
 * kept while the list lives.
 *
 * For a long quarter they are made ahead, in turns, before it is shown
 * (quarterSync.ts): the board's first render made them all at once, which
 * for 200,000 goals held the window far longer than the 100 ms that issue
 * 18 allows, while the board's windowed columns mount only a screen of
 * cards.
 */
import { ROWS_PER_TURN, nextTurn } from '../commands/turns'
import { columnIdsBuilder, type ColumnItems } from '../../shared/columns'
import type { Goal } from '../../shared/model'
import { progressOfColumns, type Progress } from '../../shared/progress'

const byIdMade = new WeakMap<readonly Goal[], ReadonlyMap<string, Goal>>()
const columnsMade = new WeakMap<readonly Goal[], ColumnItems>()
const progressMade = new WeakMap<readonly Goal[], Progress>()

/** Puts `goals[start]` up to (not including) `goals[end]` in `byId`. */
function addById(byId: Map<string, Goal>, goals: readonly Goal[], start: number, end: number) {
  for (let index = start; index < end; index++) {
    const goal = goals[index] as Goal
    byId.set(goal.id, goal)
  }
}

/** Each goal of `goals` by id. */
export function goalsById(goals: readonly Goal[]): ReadonlyMap<string, Goal> {
  let made = byIdMade.get(goals)
  if (!made) {
    const byId = new Map<string, Goal>()
    addById(byId, goals, 0, goals.length)
    byIdMade.set(goals, (made = byId))
  }
  return made
}

/** The ids of `goals` in each column, in the order given. */
export function goalColumns(goals: readonly Goal[]): ColumnItems {
  let made = columnsMade.get(goals)
  if (!made) {
    const columns = columnIdsBuilder()
    columns.add(goals)
    columnsMade.set(goals, (made = columns.result()))
  }
  return made
}

/** How many of `goals` are in each status: counted from their columns. */
export function goalProgress(goals: readonly Goal[]): Progress {
  let made = progressMade.get(goals)
  if (!made) {
    made = progressOfColumns(goalColumns(goals))
    progressMade.set(goals, made)
  }
  return made
}

/** True when every lookup of `goals` is made already (made ahead, or by a render). */
export function lookupsMade(goals: readonly Goal[]): boolean {
  return byIdMade.has(goals) && columnsMade.has(goals) && progressMade.has(goals)
}

/**
 * Makes the lookups of `goals` ahead, `perTurn` goals at a time with the
 * window's thread free in between; at once (no turn given up) for a list no
 * longer than that, or one whose lookups are made already. Between turns
 * `stillWanted` is asked: when it says no the work stops, nothing is kept,
 * and false is returned.
 */
export async function prepareGoalLookups(
  goals: readonly Goal[],
  perTurn: number = ROWS_PER_TURN,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  if (goals.length <= perTurn || lookupsMade(goals)) {
    goalsById(goals)
    goalColumns(goals)
    goalProgress(goals)
    return true
  }
  const byId = new Map<string, Goal>()
  const columns = columnIdsBuilder()
  for (let start = 0; start < goals.length; start += perTurn) {
    if (start > 0) {
      await nextTurn()
      if (!stillWanted()) return false
    }
    const end = Math.min(goals.length, start + perTurn)
    addById(byId, goals, start, end)
    columns.add(goals, start, end)
  }
  byIdMade.set(goals, byId)
  columnsMade.set(goals, columns.result())
  goalProgress(goals)
  return true
}
