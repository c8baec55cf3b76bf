/**
 * Live queries return new objects for every goal on every change. The board
 * keeps the previous object of each goal whose fields are unchanged, and the
 * previous id list of each column whose order is unchanged, so React can skip
 * the columns and cards a write did not touch.
 */
import { useMemo, useRef } from 'react'
import type { Goal } from '../../../shared/model'
import { STATUS_IDS } from '../../../shared/statuses'
import type { ColumnItems } from './columns'

function sameGoal(a: Goal, b: Goal): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.rank === b.rank &&
    a.status === b.status &&
    a.text === b.text &&
    a.teamId === b.teamId &&
    a.groupId === b.groupId &&
    a.note === b.note &&
    a.stretch === b.stretch &&
    a.carriedOverFrom === b.carriedOverFrom &&
    a.tasks.length === b.tasks.length &&
    a.tasks.every((task, i) => task === b.tasks[i])
  )
}

/** `goals` with unchanged goals replaced by the objects seen last time. */
export function useStableGoals(goals: Goal[] | undefined): Goal[] | undefined {
  const previous = useRef(new Map<string, Goal>())
  return useMemo(() => {
    if (!goals) return goals
    const seen = previous.current
    const next = new Map<string, Goal>()
    const stable = goals.map((goal) => {
      const old = seen.get(goal.id)
      const kept = old && sameGoal(old, goal) ? old : goal
      next.set(goal.id, kept)
      return kept
    })
    previous.current = next
    return stable
  }, [goals])
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** `items` with each unchanged column replaced by the array seen last time. */
export function useStableItems(items: ColumnItems): ColumnItems {
  const previous = useRef<ColumnItems | null>(null)
  return useMemo(() => {
    const old = previous.current
    if (!old) {
      previous.current = items
      return items
    }
    const next = { ...items }
    let changed = false
    for (const status of STATUS_IDS) {
      if (sameIds(old[status], items[status])) next[status] = old[status]
      else changed = true
    }
    const result = changed ? next : old
    previous.current = result
    return result
  }, [items])
}
