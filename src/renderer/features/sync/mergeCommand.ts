/**
 * A merge the user has decided, as the one command that stores it: the
 * stored quarter as read for the merge, replaced by the merge. "Merge
 * backup…" and a pull from the wiki both end here, so both check the merged
 * quarter the same way before anything is written.
 */
import type { MergeDecisions, MergeResult } from '../../../shared/merge'
import type { PlanDocument } from '../../../shared/model'
import type { Command } from '../../commands/command'
import { saveDocumentsInTurns } from '../../commands/planCommands'

// The engine and the document check load on first use, not with the board.
const engine = () => import('../../../shared/merge')
const documents = () => import('../../../shared/document')

/**
 * The command that replaces `local` (the stored quarter the merge was made
 * from) by `result` with `decisions` applied; throws, changing nothing, when
 * the merge would not be a valid quarter.
 */
export async function mergeCommand(
  label: string,
  result: MergeResult,
  decisions: MergeDecisions,
  local: PlanDocument,
): Promise<Command> {
  const { applyMergeDecisions } = await engine()
  const merged = applyMergeDecisions(result, decisions)
  const { summariseProblems, validatePlanDocument } = await documents()
  const check = validatePlanDocument(merged)
  if (!check.ok)
    throw new Error(`The merge would not be a valid quarter: ${summariseProblems(check.problems)}.`)
  // Built in turns: the merge of a big quarter changes every row of it.
  return saveDocumentsInTurns(label, [check.document], [local])
}
