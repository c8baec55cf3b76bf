/**
 * "Load example quarter": adds the example plan (built from the reference
 * page) as a new quarter, one command built in turns as every save of whole
 * quarters is (saveDocumentsInTurns), and shows its board.
 */
import { newId } from '../../../shared/ids'
import { saveDocumentsInTurns } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { now } from '../../db/clock'
import { openQuarter } from '../../store/quarterSync'
import { errorMessage, useUiStore } from '../../store/uiStore'

/** Loads a fresh copy of the example quarter and opens it. */
export async function loadExample(): Promise<void> {
  const { setView, showToast, resetForQuarter } = useUiStore.getState()
  try {
    // The example's data loads only when asked for, not with the board.
    const { buildExampleQuarter } = await import('../../../shared/example')
    const doc = buildExampleQuarter({ newId, now: now() })
    const command = await saveDocumentsInTurns('Load example quarter', [doc])
    const result = await runCommand(command)
    if (!result.ok) throw result.error
    resetForQuarter()
    setView('board')
    await openQuarter(doc.plan.id, command.changes)
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}
