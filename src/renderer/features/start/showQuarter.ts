/**
 * Switching the window to another quarter: its board, with filters and open
 * forms of the old one forgotten.
 */
import type { RowChange } from '../../commands/changes'
import { openQuarter } from '../../store/quarterSync'
import { errorMessage, useUiStore } from '../../store/uiStore'

/**
 * Opens the quarter `planId` on the board; one that `created` (the changes
 * of a command that landed) made whole is shown from them, not read back. A
 * read that fails leaves the quarter shown before and says why; it never
 * rejects.
 */
export async function showQuarter(
  planId: string,
  created: readonly RowChange[] = [],
): Promise<void> {
  const ui = useUiStore.getState()
  ui.resetForQuarter()
  ui.setView('board')
  try {
    await openQuarter(planId, created)
  } catch (error) {
    ui.showToast({ message: `Could not open the quarter: ${errorMessage(error)}`, tone: 'error' })
  }
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
