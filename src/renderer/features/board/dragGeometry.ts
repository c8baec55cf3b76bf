/**
 * How a drag finds its target on the board, for the pointer and the keyboard.
 * The column is chosen by horizontal position alone (columns sit side by side
 * and do not move during a drag, so a card joining a column cannot make the
 * target flicker back); within it, the card whose centre is nearest. Outside
 * the columns' area (above, below or beside the board) there is no target,
 * so a card released there goes back. The keyboard moves by places in the
 * board's order, not by geometry.
 */
import type { StatusId } from '../../../shared/statuses'
import type { ColumnItems } from '../../../shared/columns'
import { columnId, findColumn, finishMove, moveAcross } from './columns'

/** A box in window coordinates (a DOMRect will do). */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** A point in window coordinates. */
export interface Point {
  x: number
  y: number
}

/** A card on the page: its goal id and its box. */
export interface CardBox {
  id: string
  box: Box
}

/** A column on the page: its status, its box, and a way to read its mounted cards' boxes. */
export interface ColumnBox {
  status: StatusId
  box: Box
  /** Read only for the column under the pointer: reading boxes costs a layout. */
  cards: () => readonly CardBox[]
}

/**
 * What the pointer at `point` is over while the card `activeId` is carried:
 * a card's goal id, a column's id (below its last card, or an empty column),
 * or null outside every column. "Below the last card" is judged without the
 * carried card, which may be the last card itself: a tall carried card at the
 * end of a column must not count as the card the pointer is over when the
 * pointer is below every other card, or the card would leave the end under a
 * still pointer.
 */
export function targetAt(
  point: Point,
  columns: readonly ColumnBox[],
  activeId: string,
): string | null {
  let column: ColumnBox | undefined
  let best = Infinity
  // The area the columns cover, gaps between them included.
  const area = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity }
  for (const candidate of columns) {
    const { box } = candidate
    area.left = Math.min(area.left, box.left)
    area.right = Math.max(area.right, box.right)
    area.top = Math.min(area.top, box.top)
    area.bottom = Math.max(area.bottom, box.bottom)
    const distance =
      point.x < box.left ? box.left - point.x : point.x > box.right ? point.x - box.right : 0
    if (distance < best) {
      best = distance
      column = candidate
    }
  }
  const outside =
    point.x < area.left || point.x > area.right || point.y < area.top || point.y > area.bottom
  if (!column || outside) return null
  let nearest: string | undefined
  let nearestDistance = Infinity
  let lowestCentre = -Infinity
  for (const card of column.cards()) {
    const centre = (card.box.top + card.box.bottom) / 2
    if (card.id !== activeId) lowestCentre = Math.max(lowestCentre, centre)
    const distance = Math.abs(centre - point.y)
    if (distance < nearestDistance) {
      nearestDistance = distance
      nearest = card.id
    }
  }
  // Below the last card means "at the end of the column".
  if (nearest === undefined || point.y > lowestCentre) return columnId(column.status)
  return nearest
}

/** The order while the card `activeId` is over `overId`: it takes that place at once. */
export function orderOver(items: ColumnItems, activeId: string, overId: string): ColumnItems {
  return overId === activeId ? items : finishMove(items, activeId, overId)
}

/** The arrow keys that move a picked-up card. */
export function isMoveKey(code: string): boolean {
  return code === 'ArrowUp' || code === 'ArrowDown' || code === 'ArrowLeft' || code === 'ArrowRight'
}

/**
 * Keyboard moves: Left/Right go to the neighbouring column keeping the
 * position where possible (its end when shorter), Up/Down move one place
 * within the column. Returns `items` itself when the card cannot go that way.
 */
export function keyboardMove(
  items: ColumnItems,
  activeId: string,
  code: string,
  columns: readonly StatusId[],
): ColumnItems {
  const status = findColumn(items, activeId)
  if (!status) return items
  const list = items[status]
  const index = list.indexOf(activeId)
  switch (code) {
    case 'ArrowUp': {
      const above = list[index - 1]
      return above === undefined ? items : finishMove(items, activeId, above)
    }
    case 'ArrowDown': {
      const below = list[index + 1]
      return below === undefined ? items : finishMove(items, activeId, below)
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = columns[columns.indexOf(status) + (code === 'ArrowLeft' ? -1 : 1)]
      if (!next) return items
      return moveAcross(items, activeId, items[next][index] ?? columnId(next))
    }
    default:
      return items
  }
}
