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
