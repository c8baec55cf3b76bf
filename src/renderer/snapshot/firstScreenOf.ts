/**
 * The rows of the first screen computed from everything the live queries
 * hold, in exactly the form the startup read finds them in the store (see
 * db/startupRead.ts), so their keys can be compared.
 */
import type { Goal, Plan, PriorityGroup, Team } from '../../shared/model'
import { STATUS_IDS, type StatusId } from '../../shared/statuses'
import { byRank, newestPlanFirst } from '../db/rowOrder'
import type { FirstScreenRows } from './firstScreenKey'

/** Everything one quarter's board shows. */
export interface BoardRows {
  plans: readonly Plan[]
  planId: string
  teams: readonly Team[]
  groups: readonly PriorityGroup[]
  /** Every goal of the quarter, in any order. */
  goals: readonly Goal[]
}

/** The first screen of `rows` with `limit` cards per column. */
export function firstScreenOf(rows: BoardRows, limit: number): FirstScreenRows {
  const byStatus = new Map<StatusId, Goal[]>()
  for (const goal of rows.goals) {
    const column = byStatus.get(goal.status) ?? []
    column.push(goal)
    byStatus.set(goal.status, column)
  }
  const goals: Goal[] = []
  const counts: Partial<Record<StatusId, number>> = {}
  for (const status of STATUS_IDS) {
    const column = byStatus.get(status)
    if (!column) continue
    counts[status] = column.length
    goals.push(...column.sort(byRank).slice(0, limit))
  }
  return {
    plans: [...rows.plans].sort(newestPlanFirst),
    planId: rows.planId,
    teams: [...rows.teams].sort(byRank),
    groups: [...rows.groups].sort(byRank),
    goals: { goals, counts },
  }
}
