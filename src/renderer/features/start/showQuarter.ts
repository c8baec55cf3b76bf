/**
 * Switching the window to another quarter: its board, with filters and open
 * forms of the old one forgotten.
 */
import { openQuarter } from '../../store/quarterSync'
import { useUiStore } from '../../store/uiStore'

/** Opens the quarter `planId` on the board. */
export async function showQuarter(planId: string): Promise<void> {
  const ui = useUiStore.getState()
  ui.resetForQuarter()
  ui.setView('board')
  await openQuarter(planId)
}

/**
 * Opens a quarter just created. Its board is empty, so the focus goes to
 * "Add goal to To do", the next thing to do, not to the page's body.
 */
export async function showNewQuarter(planId: string): Promise<void> {
  const shown = showQuarter(planId)
  // After showQuarter has forgotten the old quarter's requests; the new board takes it.
  useUiStore.getState().requestFocus({ goalIds: [], status: 'todo' })
  await shown
}
