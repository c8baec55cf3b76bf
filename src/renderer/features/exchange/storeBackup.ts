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
 * `message`, its bar runs from `from` to the end while the command is built
 * (in turns), and its Cancel stops it until then: false when cancelled,
 * nothing stored. The store write then shows as a bar without a value and no
 * Cancel (it cannot be stopped half-way, and does not tell how far it is).
 */
export async function saveDocumentsOf(
  label: string,
  docs: PlanDocument[],
  bases: BroughtBases,
  replaced: PlanDocument[] = [],
  { message, from = 0 }: { message?: JobMessage; from?: number } = {},
): Promise<boolean> {
  const command = await saveDocumentsInTurns(label, docs, replaced, message?.part(from, 1))
  command.changes.push(...(await restoredBaseChanges(docs, bases.wikiBases)))
  command.changes.push(...(await restoredBackupBaseChanges(docs, bases.backup, bases.backupBases)))
  if (message?.cancelled) return false
  message?.uncancellable()
  message?.progress(null)
  const result = await runCommand(command)
  if (!result.ok) throw result.error
  return true
}
