/**
 * Gives the focus to the card a command asked for (a card moved to another
 * column, or the one that took a deleted card's place), once React has
 * rendered it and no dialog holds the focus.
 *
 * A passive effect, not a layout one: a modal dialog (components/Dialog.tsx)
 * keeps the page inert until its own passive cleanup, and an inert card
 * cannot take the focus. React runs every passive cleanup of a commit before
 * its passive effects, so here the dialog that just closed has let go of the
 * page.
 */
import { useEffect, type RefObject } from 'react'
import { useUiStore } from '../../store/uiStore'
import { cardOfGoal } from './cardElements'

/** Moves the focus as the UI store's focusRequest says, then forgets the request. */
export function useFocusRequest(boardRef: RefObject<HTMLElement | null>): void {
  const request = useUiStore((state) => state.focusRequest)
  const editing = useUiStore((state) => state.editingGoalId !== null)
  useEffect(() => {
    const board = boardRef.current
    // The editor is still open: its dialog gives the focus back as it closes, then this runs.
    if (!request || editing || !board) return
    useUiStore.getState().requestFocus(null)
    // The person went on meanwhile (opened the menu, a list or a dialog while the new quarter
    // was loading): the focus stays with them, or the menu would close under the pointer.
    if (document.activeElement?.closest('[role="menu"], [role="listbox"], [role="dialog"]')) {
      return
    }
    for (const goalId of request.goalIds) {
      const card = cardOfGoal(board, goalId)
      if (card) {
        card.focus()
        return
      }
    }
    board.querySelector<HTMLElement>(`.column-${request.status} .quick-add-button`)?.focus()
  })
}
