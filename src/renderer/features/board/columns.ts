/**
 * Pure board arithmetic: where a dragged card is and lands. Kept free of
 * React and dnd-kit so it is unit-tested. Which goals show in which column
 * is src/shared/columns.ts.
 */
import type { ColumnItems } from '../../../shared/columns'
import { STATUS_IDS, isStatusId, type StatusId } from '../../../shared/statuses'

const COLUMN_PREFIX = 'column:'

/** The droppable id of a column (distinct from goal ids, which are UUIDs). */
export function columnId(status: StatusId): string {
  return COLUMN_PREFIX + status
}

/** The status of a column droppable id, or null for anything else. */
export function statusOfColumnId(id: string): StatusId | null {
  if (!id.startsWith(COLUMN_PREFIX)) return null
  const status = id.slice(COLUMN_PREFIX.length)
  return isStatusId(status) ? status : null
}

/** The column holding a goal id, or the column a column id names. */
export function findColumn(items: ColumnItems, id: string): StatusId | null {
  const status = statusOfColumnId(id)
  if (status) return status
  for (const candidate of STATUS_IDS) if (items[candidate].includes(id)) return candidate
  return null
}

/**
 * While dragging over another column, the card joins it: before the card it
 * is over, or at the end when over the column itself. Returns `items`
 * unchanged (same object) when nothing moves, so React can skip renders.
 */
export function moveAcross(items: ColumnItems, activeId: string, overId: string): ColumnItems {
  const from = findColumn(items, activeId)
  const to = findColumn(items, overId)
  if (!from || !to || from === to) return items
  const target = items[to]
  const overIndex = target.indexOf(overId)
  const index = overIndex < 0 ? target.length : overIndex
  return {
    ...items,
    [from]: items[from].filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  }
}

/** Final order after a drop: within a column the card takes the place of the card it is over. */
export function finishMove(
  items: ColumnItems,
  activeId: string,
  overId: string | null,
): ColumnItems {
  if (overId === null || overId === activeId) return items
  const moved = moveAcross(items, activeId, overId)
  if (moved !== items) return moved
  const status = findColumn(items, activeId)
  if (!status) return items
  const list = items[status]
  const from = list.indexOf(activeId)
  const to = statusOfColumnId(overId) ? list.length - 1 : list.indexOf(overId)
  if (from < 0 || to < 0 || from === to) return items
  const next = list.filter((id) => id !== activeId)
  next.splice(to, 0, activeId)
  return { ...items, [status]: next }
}

/** Where a card sits: its column, its 1-based position and the column's size. */
export interface CardPosition {
  status: StatusId
  position: number
  total: number
}

/**
 * Position the card would take if dropped over `overId` now, for
 * screen-reader announcements.
 */
export function positionOver(
  items: ColumnItems,
  activeId: string,
  overId: string,
): CardPosition | null {
  const final = finishMove(items, activeId, overId)
  const status = findColumn(final, activeId)
  if (!status) return null
  const list = final[status]
  return { status, position: list.indexOf(activeId) + 1, total: list.length }
}

/**
 * What to tell the store after a drop: the column and the card the goal now
 * sits before (null: the end). With filters on, the card it precedes among
 * the shown cards is also the one it precedes in the full column.
 */
export function dropTarget(
  items: ColumnItems,
  activeId: string,
): { status: StatusId; beforeGoalId: string | null } | null {
  const status = findColumn(items, activeId)
  if (!status) return null
  const list = items[status]
  return { status, beforeGoalId: list[list.indexOf(activeId) + 1] ?? null }
}

/** True when the drop leaves the card where it started. */
export function isSamePlace(before: ColumnItems, after: ColumnItems, activeId: string): boolean {
  const a = dropTarget(before, activeId)
  const b = dropTarget(after, activeId)
  return a !== null && b !== null && a.status === b.status && a.beforeGoalId === b.beforeGoalId
}
