/**
 * The static board (shown until drag and drop is ready) and the draggable
 * board are different React trees, so the switch replaces the columns' DOM.
 * What a person may have done meanwhile is carried across: the focused card
 * or quick-add field (with its caret), and how far each column was scrolled.
 * (Quick add keeps its draft in the UI store for the same reason.)
 */
import { STATUS_IDS, type StatusId } from '../../../shared/statuses'
import { cardOfGoal, goalIdOfCard } from './cardElements'
import { quickAddFieldOf, restoreQuickAddField, type QuickAddField } from './quickAddFocus'

/** What the static board leaves for the draggable one. */
export interface BoardHandOff {
  /** The goal whose card had the focus, if one had it. */
  focusedGoalId: string | null
  /** The quick-add field that had the focus, if one had it. */
  focusedQuickAddField: QuickAddField | null
  /** Each column's scroll position. */
  scrollTops: Partial<Record<StatusId, number>>
}

function columnOf(board: HTMLElement, status: StatusId): HTMLElement | null {
  return board.querySelector<HTMLElement>(`section.column-${status}`)
}

/** Reads the hand-off from `board` (the `.board` element) before it is replaced. */
export function takeHandOff(board: HTMLElement): BoardHandOff {
  const focused = document.activeElement
  const focusedGoalId = focused && board.contains(focused) ? goalIdOfCard(focused) : undefined
  const scrollTops: Partial<Record<StatusId, number>> = {}
  for (const status of STATUS_IDS) {
    const scrollTop = columnOf(board, status)?.scrollTop ?? 0
    if (scrollTop > 0) scrollTops[status] = scrollTop
  }
  return {
    focusedGoalId: focusedGoalId ?? null,
    focusedQuickAddField: quickAddFieldOf(board, focused),
    scrollTops,
  }
}

/** Restores a hand-off on the new `board`. */
export function applyHandOff(board: HTMLElement, handOff: BoardHandOff): void {
  for (const status of STATUS_IDS) {
    const scrollTop = handOff.scrollTops[status]
    const column = columnOf(board, status)
    if (scrollTop !== undefined && column) column.scrollTop = scrollTop
  }
  if (handOff.focusedQuickAddField) restoreQuickAddField(board, handOff.focusedQuickAddField)
  if (handOff.focusedGoalId === null) return
  // Only if nothing else took the focus meanwhile (the removed card left it on the body).
  if (document.activeElement && document.activeElement !== document.body) return
  cardOfGoal(board, handOff.focusedGoalId)?.focus({ preventScroll: true })
}
