/**
 * What screen readers hear during a drag, in words: which goal, which
 * column, which position. The board says these in its live region.
 */
import { statusLabel } from '../../../shared/statuses'
import type { ColumnItems } from '../../../shared/columns'
import { positionOver } from './columns'

/** Read once when a card gets focus (the cards' description). */
export const screenReaderInstructions =
  'To move a goal, press Space to pick it up. Use the Left and Right arrow keys to move it ' +
  'to another column and the Up and Down arrow keys to change its position. Press Space ' +
  'again to drop it, or Escape to cancel. Press Enter to edit the goal.'

/** Where a card sits in `items`, as words: "In progress, position 2 of 5". */
export function placeOf(items: ColumnItems, id: string): string | null {
  const position = positionOver(items, id, id)
  if (!position) return null
  return `${statusLabel(position.status)}, position ${position.position} of ${position.total}`
}

/** The board's messages during a drag; `goalText` names a goal by id. */
export interface DragAnnouncements {
  pickedUp: (items: ColumnItems, id: string) => string
  /** Said when the card's place changes; undefined when it did not. */
  over: (items: ColumnItems | null, id: string) => string | undefined
  dropped: (items: ColumnItems | null, id: string) => string
  cancelled: (id: string) => string
}

/**
 * Announcements for one drag at a time. `over` gets null while the card is
 * outside every column; only a new place is worth saying (and the pick-up
 * message must not be drowned out).
 */
export function boardAnnouncements(goalText: (id: string) => string): DragAnnouncements {
  let lastPlace: string | null = null
  return {
    pickedUp(items, id) {
      const where = placeOf(items, id)
      lastPlace = where
      return `Picked up goal ${goalText(id)}${where ? ` in ${where}` : ''}.`
    },
    over(items, id) {
      if (!items) {
        if (lastPlace === null) return undefined
        lastPlace = null
        return `Goal ${goalText(id)} is no longer over a column.`
      }
      const where = placeOf(items, id)
      if (!where || where === lastPlace) return undefined
      lastPlace = where
      return `Goal ${goalText(id)} is over ${where}.`
    },
    dropped(items, id) {
      lastPlace = null
      const where = items && placeOf(items, id)
      return where
        ? `Goal ${goalText(id)} was moved to ${where}.`
        : `Goal ${goalText(id)} was dropped where it was.`
    },
    cancelled(id) {
      lastPlace = null
      return `Moving was cancelled. Goal ${goalText(id)} was returned to where it was.`
    },
  }
}
