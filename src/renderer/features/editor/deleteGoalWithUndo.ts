/**
 * Delete without asking, with Undo: the deleted goal (and its history) is
 * kept in the undo stack, and a toast offers to restore it.
 */
import { deleteGoal, restoreGoal } from '../../db/repository'
import { errorMessage, useUiStore } from '../../store/uiStore'

/** Deletes a goal and offers Undo in a toast and through Ctrl+Z. */
export async function deleteGoalWithUndo(goalId: string): Promise<void> {
  const { pushUndo, showToast } = useUiStore.getState()
  try {
    const deleted = await deleteGoal(goalId)
    const undoId = pushUndo('Delete goal', () => restoreGoal(deleted))
    showToast({ message: 'Goal deleted', undoId, tone: 'info' })
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}
