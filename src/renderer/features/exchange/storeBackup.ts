/**
 * Storing the quarters a backup brought in (Open backup…), with the bases
 * it stands for: each quarter's wiki base, and the backup bases (the file
 * itself and the base it carried), in the same command as the quarters, so
 * one Undo takes all of it back.
 */
import type { BackupMark, CarriedBackupBase } from '../../../shared/backup/backupBases'
import type { PlanDocument } from '../../../shared/model'
import type { WikiBase } from '../../../shared/wikiSync/base'
import { saveDocumentsInTurns } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { restoredBackupBaseChanges } from '../../db/backupBases'
import { restoredBaseChanges } from '../../db/wikiBases'

/** The bases a backup brings with its quarters, by plan id as stored. */
export interface BroughtBases {
  wikiBases: ReadonlyMap<string, WikiBase>
  /** The file's own id and save time, when Save backup… wrote it. */
  backup: BackupMark | null
  backupBases: ReadonlyMap<string, CarriedBackupBase>
}

/**
 * Stores the quarters of a backup (replacing `replaced`, as stored now) and
 * the wiki and backup bases it stands for, as one command.
 */
export async function saveDocumentsOf(
  label: string,
  docs: PlanDocument[],
  bases: BroughtBases,
  replaced: PlanDocument[] = [],
): Promise<void> {
  const command = await saveDocumentsInTurns(label, docs, replaced)
  command.changes.push(...(await restoredBaseChanges(docs, bases.wikiBases)))
  command.changes.push(...(await restoredBackupBaseChanges(docs, bases.backup, bases.backupBases)))
  const result = await runCommand(command)
  if (!result.ok) throw result.error
}
