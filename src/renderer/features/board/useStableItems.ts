/**
 * The board's id lists per column are recomputed whenever a goal changes.
 * Each column whose order is unchanged keeps the array seen last time, so
 * React skips the columns a change did not touch.
 */
import { useMemo, useRef } from 'react'
import { STATUS_IDS } from '../../../shared/statuses'
import type { ColumnItems } from '../../../shared/columns'

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
