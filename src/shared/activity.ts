/**
 * A quarter's activity: its goals' status changes (from, to, when) as the
 * command layer records them with every move and status edit. Pure: the
 * goal editor's history and the activity view read these.
 */
import type { PlanDocument, StatusChange, StatusId } from './model'

/** One status change of a goal, with what the activity view shows of it. */
export interface ActivityEntry {
  id: string
  goalId: string
  goalText: string
  teamId: string
  /** Null: the goal was added with status `to`. */
  from: StatusId | null
  to: StatusId
  at: number
}

/** A goal's status changes, oldest first. */
export function goalHistory(doc: PlanDocument, goalId: string): StatusChange[] {
  return doc.history
    .filter((entry) => entry.goalId === goalId)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
}

/**
 * The quarter's status changes at or after `since` (milliseconds), newest
 * first; changes of goals deleted since are left out (their history went
 * with them).
 */
export function activitySince(doc: PlanDocument, since: number): ActivityEntry[] {
  const goals = new Map(doc.goals.map((goal) => [goal.id, goal]))
  const entries: ActivityEntry[] = []
  for (const entry of doc.history) {
    const goal = goals.get(entry.goalId)
    if (!goal || entry.at < since) continue
    entries.push({
      id: entry.id,
      goalId: goal.id,
      goalText: goal.text,
      teamId: goal.teamId,
      from: entry.from,
      to: entry.to,
      at: entry.at,
    })
  }
  return entries.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
}
