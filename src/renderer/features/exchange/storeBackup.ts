/**
 * Storing the quarters a backup brought in (Open backup…), with the bases
 * it stands for: each quarter's wiki base, and the backup bases (the file
 * itself and the base it carried), in the same command as the quarters, so
 * one Undo takes all of it back.
 */
import type { BackupMark, CarriedBackupBase } from '../../../shared/backup/backupBases'
import type { PlanDocument } from '../../../shared/model'
import type { WikiBase } from '../../../shared/wikiSync/base'
import { buildEndOfSave, saveDocumentsInTurns } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import type { JobMessage } from '../../store/jobMessage'
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
 * the wiki and backup bases it stands for, as one command. With a job's
 * `message`, its bar runs from `from` to the end: through the command's build
 * (in turns), when its Cancel stops it (false when cancelled, nothing
 * stored), then through the store write, without Cancel (a write is not
 * stopped half-way).
 */
export async function saveDocumentsOf(
  label: string,
  docs: PlanDocument[],
  bases: BroughtBases,
  replaced: PlanDocument[] = [],
  { message, from = 0 }: { message?: JobMessage; from?: number } = {},
): Promise<boolean> {
  const built = buildEndOfSave(from)
  const command = await saveDocumentsInTurns(label, docs, replaced, message?.part(from, built))
  command.changes.push(...(await restoredBaseChanges(docs, bases.wikiBases)))
  command.changes.push(...(await restoredBackupBaseChanges(docs, bases.backup, bases.backupBases)))
  if (message?.cancelled) return false
  message?.uncancellable()
  const result = await runCommand(command, { onWriteProgress: message?.part(built, 1) })
  if (!result.ok) throw result.error
  return true
}
