/**
 * Progress of a quarter and of each team: how many goals are in each status
 * and what share is done. Pure counting, for the board's bars and summary.
 */
import type { Goal, Team } from './model'
import { STATUS_IDS, statusLabel, type StatusId } from './statuses'
import { countOf } from './words'
import { withSubTeams } from './goalFilter'

/** Goals counted by status. */
export interface Progress {
  total: number
  done: number
  byStatus: Record<StatusId, number>
}

function emptyCounts(): Record<StatusId, number> {
  const counts = {} as Record<StatusId, number>
  for (const status of STATUS_IDS) counts[status] = 0
  return counts
}

/** Counts `goals` by status. */
export function progressOf(goals: Iterable<Goal>): Progress {
  const byStatus = emptyCounts()
  let total = 0
  for (const goal of goals) {
    byStatus[goal.status] += 1
    total += 1
  }
  return { total, done: byStatus.done, byStatus }
}

/**
 * Counts goals already put in their status columns (columns.ts): what
 * progressOf counts, from the columns' lengths, with no second pass over
 * the goals.
 */
export function progressOfColumns(
  columns: Readonly<Record<StatusId, readonly unknown[]>>,
): Progress {
  const byStatus = emptyCounts()
  let total = 0
  for (const status of STATUS_IDS) {
    byStatus[status] = columns[status].length
    total += byStatus[status]
  }
  return { total, done: byStatus.done, byStatus }
}

/** Whole percent of goals done (0 for no goals), rounded down so 99.6% never shows as 100%. */
export function percentDone(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.floor((progress.done * 100) / progress.total)
}

/**
 * Progress of each team from its own goals, and with its sub-teams' goals
 * ("rolled up"), by team id. One pass over the goals.
 */
export function progressByTeam(
  goals: readonly Goal[],
  teams: readonly Team[],
): Map<string, { own: Progress; withSubTeams: Progress }> {
  const own = new Map<string, Goal[]>()
  for (const team of teams) own.set(team.id, [])
  for (const goal of goals) own.get(goal.teamId)?.push(goal)
  const result = new Map<string, { own: Progress; withSubTeams: Progress }>()
  for (const team of teams) {
    const ids = withSubTeams(teams, [team.id])
    const all: Goal[] = []
    for (const id of ids) all.push(...(own.get(id) ?? []))
    result.set(team.id, { own: progressOf(own.get(team.id) ?? []), withSubTeams: progressOf(all) })
  }
  return result
}

/** "12 of 40 goals done (30%)"; "No goals" when there are none. */
export function progressSentence(progress: Progress): string {
  if (progress.total === 0) return 'No goals'
  return `${progress.done} of ${countOf(progress.total, 'goal')} done (${percentDone(progress)}%)`
}

/** "To do 3, In progress 2, Done 1": every status that has goals, in board order. */
export function statusBreakdown(progress: Progress): string {
  return STATUS_IDS.filter((status) => progress.byStatus[status] > 0)
    .map((status) => `${statusLabel(status)} ${progress.byStatus[status]}`)
    .join(', ')
}

/** The segments of a stacked bar: each status with goals, its count and its share in percent. */
export function barSegments(
  progress: Progress,
): { status: StatusId; count: number; percent: number }[] {
  if (progress.total === 0) return []
  return STATUS_IDS.filter((status) => progress.byStatus[status] > 0).map((status) => ({
    status,
    count: progress.byStatus[status],
    percent: (progress.byStatus[status] * 100) / progress.total,
  }))
}
