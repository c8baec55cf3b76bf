/**
 * What screen readers hear during a drag, in words: which goal, which
 * column, which position.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import { statusLabel } from '../../../shared/statuses'
import { positionOver, type ColumnItems } from './columns'

/** Read once when a card gets focus. */
export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move a goal, press Space to pick it up. Use the Left and Right arrow keys to move it ' +
    'to another column and the Up and Down arrow keys to change its position. Press Space ' +
    'again to drop it, or Escape to cancel. Press Enter to edit the goal.',
}

/** Where a goal would land, as words: "In progress, position 2 of 5". */
function place(items: ColumnItems, activeId: string, overId: string): string | null {
  const position = positionOver(items, activeId, overId)
  if (!position) return null
  return `${statusLabel(position.status)}, position ${position.position} of ${position.total}`
}

/** Announcements reading the board's current drag state through the getters. */
export function boardAnnouncements(
  getItems: () => ColumnItems,
  goalText: (id: string) => string,
): Announcements {
  // dnd-kit reports "over" again whenever collisions are recomputed; only a
  // new place is worth saying (and the pick-up message must not be drowned out).
  let lastPlace: string | null = null
  return {
    onDragStart({ active }) {
      const id = String(active.id)
      const where = place(getItems(), id, id)
      lastPlace = where
      return `Picked up goal ${goalText(id)}${where ? ` in ${where}` : ''}.`
    },
    onDragOver({ active, over }) {
      const id = String(active.id)
      if (!over) {
        lastPlace = null
        return `Goal ${goalText(id)} is no longer over a column.`
      }
      const where = place(getItems(), id, String(over.id))
      if (!where || where === lastPlace) return undefined
      lastPlace = where
      return `Goal ${goalText(id)} is over ${where}.`
    },
    onDragEnd({ active, over }) {
      const id = String(active.id)
      if (!over) return `Goal ${goalText(id)} was dropped where it was.`
      const where = place(getItems(), id, String(over.id))
      return where ? `Goal ${goalText(id)} was moved to ${where}.` : undefined
    },
    onDragCancel({ active }) {
      return `Moving was cancelled. Goal ${goalText(String(active.id))} was returned to where it was.`
    },
  }
}
