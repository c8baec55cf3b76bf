/**
 * Running structure commands from the Team view: from a field edited in
 * place (the command's refusal comes back as a thrown error, which the field
 * shows under itself), and deleting a priority group with Undo offered.
 */
import type { PlanDocument } from '../../../shared/model'
import type { Command } from '../../commands/command'
import { perform } from '../../commands/perform'
import { deleteGroup } from '../../commands/structureCommands'
import { errorMessage, useUiStore } from '../../store/uiStore'

/** Runs the command `build` makes; throws the reason when it does not land. */
export async function runOrThrow(build: (quarter: PlanDocument) => Command | null): Promise<void> {
  const result = await perform(build)
  if (result && !result.ok) throw result.error
}

/** Deletes a group whose goals go nowhere else, with Undo offered. */
export async function deleteGroupWithUndo(
  groupId: string,
  toGroupId: string | null,
): Promise<void> {
  const result = await perform((q) => deleteGroup(q, groupId, toGroupId))
  const { showToast } = useUiStore.getState()
  if (result?.ok) showToast({ message: 'Priority group deleted', undoId: result.id, tone: 'info' })
  else if (result) showToast({ message: errorMessage(result.error), tone: 'error' })
}
