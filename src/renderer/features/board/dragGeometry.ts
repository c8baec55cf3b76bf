/**
 * How a drag finds its target on the board, for the pointer and the keyboard.
 * The column is chosen by horizontal position alone (columns sit side by side
 * and do not move during a drag, so a card joining a column cannot make the
 * target flicker back); within it, the card whose centre is nearest. Outside
 * the columns' area (above, below or beside the board) there is no target,
 * so a card released there goes back.
 */
import type {
  ClientRect,
  Collision,
  CollisionDetection,
  DroppableContainer,
  KeyboardCoordinateGetter,
  UniqueIdentifier,
} from '@dnd-kit/core'

type RectMap = ReadonlyMap<UniqueIdentifier, ClientRect>
import type { StatusId } from '../../../shared/statuses'
import { columnId, findColumn, statusOfColumnId, type ColumnItems } from './columns'

interface Point {
  x: number
  y: number
}

function centreOf(rect: ClientRect): Point {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
}

function hit(container: DroppableContainer): Collision {
  return { id: container.id, data: { droppableContainer: container, value: 0 } }
}

function containerOf(card: DroppableContainer): unknown {
  const data = card.data.current as { sortable?: { containerId?: UniqueIdentifier } } | undefined
  return data?.sortable?.containerId
}

/** Collision detection for the board's columns of cards. */
export const boardCollision: CollisionDetection = ({
  collisionRect,
  droppableRects,
  droppableContainers,
  pointerCoordinates,
}) => {
  const point = pointerCoordinates ?? centreOf(collisionRect)
  let column: DroppableContainer | undefined
  let best = Infinity
  // The area the columns cover, gaps between them included.
  const area = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity }
  for (const container of droppableContainers) {
    if (!statusOfColumnId(String(container.id))) continue
    const rect = droppableRects.get(container.id)
    if (!rect) continue
    area.left = Math.min(area.left, rect.left)
    area.right = Math.max(area.right, rect.right)
    area.top = Math.min(area.top, rect.top)
    area.bottom = Math.max(area.bottom, rect.bottom)
    const distance =
      point.x < rect.left ? rect.left - point.x : point.x > rect.right ? point.x - rect.right : 0
    if (distance < best) {
      best = distance
      column = container
    }
  }
  const outside =
    point.x < area.left || point.x > area.right || point.y < area.top || point.y > area.bottom
  if (!column || outside) return []
  let nearest: DroppableContainer | undefined
  let nearestDistance = Infinity
  let lowestCentre = -Infinity
  for (const card of droppableContainers) {
    if (containerOf(card) !== column.id) continue
    const rect = droppableRects.get(card.id)
    if (!rect) continue
    const centre = centreOf(rect)
    lowestCentre = Math.max(lowestCentre, centre.y)
    const distance = Math.abs(centre.y - point.y)
    if (distance < nearestDistance) {
      nearestDistance = distance
      nearest = card
    }
  }
  // Below the last card means "at the end of the column".
  if (!nearest || point.y > lowestCentre) return [hit(column)]
  return [hit(nearest)]
}

function placeCentre(collision: ClientRect, target: Point): Point {
  return { x: target.x - collision.width / 2, y: target.y - collision.height / 2 }
}

/**
 * The point that targets slot `index` of column `status` in `items`: a card's
 * centre, or just below the last card for the end of the column.
 */
function slotPoint(
  items: ColumnItems,
  status: StatusId,
  index: number,
  rects: RectMap,
): Point | null {
  const list = items[status]
  const card = list[index]
  if (card !== undefined) {
    const rect = rects.get(card)
    return rect ? centreOf(rect) : null
  }
  const columnRect = rects.get(columnId(status))
  if (!columnRect) return null
  const last = list.at(-1)
  const lastRect = last === undefined ? undefined : rects.get(last)
  if (!lastRect) return centreOf(columnRect)
  return { x: centreOf(columnRect).x, y: lastRect.bottom + 1 }
}

/**
 * Keyboard moves: Left/Right go to the neighbouring column keeping the
 * position where possible, Up/Down move one place within the column.
 */
export function boardKeyboardCoordinates(
  getItems: () => ColumnItems,
  getColumns: () => readonly StatusId[],
): KeyboardCoordinateGetter {
  return (event, { active, context }) => {
    const { collisionRect, droppableRects, over } = context
    if (!collisionRect) return undefined
    const items = getItems()
    const activeId = String(active)
    const status = findColumn(items, activeId)
    if (!status) return undefined
    const list = items[status]
    const overId = over ? String(over.id) : activeId
    // Within a column the card takes the original place of the card it is over.
    const overIndex = statusOfColumnId(overId) ? list.length - 1 : list.indexOf(overId)
    const index = overIndex < 0 ? list.indexOf(activeId) : overIndex
    const columns = getColumns()
    let target: Point | null = null
    switch (event.code) {
      case 'ArrowUp':
        if (index > 0) target = slotPoint(items, status, index - 1, droppableRects)
        break
      case 'ArrowDown':
        if (index < list.length - 1) target = slotPoint(items, status, index + 1, droppableRects)
        break
      case 'ArrowLeft':
      case 'ArrowRight': {
        const next = columns[columns.indexOf(status) + (event.code === 'ArrowLeft' ? -1 : 1)]
        if (next) {
          target = slotPoint(items, next, Math.min(index, items[next].length), droppableRects)
        }
        break
      }
      default:
        return undefined
    }
    event.preventDefault()
    if (!target) return undefined
    return placeCentre(collisionRect, target)
  }
}
