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
import { groupGoals, columnItems, type ColumnItems } from '../features/board/columns'
import { ROWS_PER_TURN, nextTurn } from '../commands/applyToQuarter'
import type { Goal } from '../../shared/model'
import { progressOf, type Progress } from '../../shared/progress'
import { STATUS_IDS, type StatusId } from '../../shared/statuses'

const byIdMade = new WeakMap<readonly Goal[], ReadonlyMap<string, Goal>>()
const columnsMade = new WeakMap<readonly Goal[], ColumnItems>()
const progressMade = new WeakMap<readonly Goal[], Progress>()

/** Each goal of `goals` by id. */
export function goalsById(goals: readonly Goal[]): ReadonlyMap<string, Goal> {
  let made = byIdMade.get(goals)
  if (!made) {
    made = new Map(goals.map((goal) => [goal.id, goal]))
    byIdMade.set(goals, made)
  }
  return made
}

/** The ids of `goals` in each column, in the order given. */
export function goalColumns(goals: readonly Goal[]): ColumnItems {
  let made = columnsMade.get(goals)
  if (!made) {
    made = columnItems(groupGoals(goals))
    columnsMade.set(goals, made)
  }
  return made
}

/** How many of `goals` are in each status. */
export function goalProgress(goals: readonly Goal[]): Progress {
  let made = progressMade.get(goals)
  if (!made) {
    made = progressOf(goals)
    progressMade.set(goals, made)
  }
  return made
}

/**
 * Makes the lookups of `goals` ahead, `perTurn` goals at a time with the
 * window's thread free in between; at once (no turn given up) for a list no
 * longer than that.
 */
export async function prepareGoalLookups(
  goals: readonly Goal[],
  perTurn: number = ROWS_PER_TURN,
): Promise<void> {
  if (goals.length <= perTurn) {
    goalsById(goals)
    goalColumns(goals)
    goalProgress(goals)
    return
  }
  const byId = new Map<string, Goal>()
  const columns = Object.fromEntries(STATUS_IDS.map((status) => [status, []])) as unknown as Record<
    StatusId,
    string[]
  >
  for (let start = 0; start < goals.length; start += perTurn) {
    if (start > 0) await nextTurn()
    const end = Math.min(goals.length, start + perTurn)
    for (let index = start; index < end; index++) {
      const goal = goals[index] as Goal
      byId.set(goal.id, goal)
      columns[goal.status].push(goal.id)
    }
  }
  byIdMade.set(goals, byId)
  columnsMade.set(goals, columns)
  const byStatus = Object.fromEntries(
    STATUS_IDS.map((status) => [status, columns[status].length]),
  ) as Record<StatusId, number>
  progressMade.set(goals, { total: goals.length, done: byStatus.done, byStatus })
}
