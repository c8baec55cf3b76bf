/**
 * Delete quarter: the quarter with everything in it, and the record of the
 * backups it was in step with (db/backupBases.ts), as one command that one
 * Undo takes back whole.
 */
import type { PlanDocument } from '../../../shared/model'
import type { Command } from '../../commands/command'
import { deletePlan } from '../../commands/planCommands'
import { deletedQuarterBackupBases } from '../../db/backupBases'

/** The command that deletes quarter `doc` (as memory holds it) and its backup bases. */
export async function deleteQuarterCommand(doc: PlanDocument): Promise<Command> {
  const command = deletePlan(doc)
  command.changes.push(...(await deletedQuarterBackupBases(doc.plan.id)))
  return command
}
