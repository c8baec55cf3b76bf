/**
 * A quarter's backup bases in the store (shared/backup/backupBaseRows.ts;
 * reads.ts reads them): the row changes that record one when a backup is
 * saved, opened or merged, and that take them away with their quarter.
 * Automatic backups record none: they would crowd out the backup sent to a
 * colleague.
 */
import type { BackupMark, CarriedBackupBase } from '../../shared/backup/backupBases'
import {
  backupBaseRowOfText,
  documentBlobInSteps,
  type BackupBaseRow,
} from '../../shared/backup/backupBaseRows'
import type { PlanDocument } from '../../shared/model'
import { nextTurn, ROWS_PER_TURN } from '../commands/turns'
import type { RowChange } from '../commands/changes'
import { useCommandHistory } from '../commands/runCommand'
import { queueWrite } from '../store/quarterSync'
import { addingBackupBase, createdBackupBase, deletedBackupBase } from './backupBaseChanges'
import { now } from './clock'
import { readBackupBaseRows } from './reads'
import { writeChanges } from './writeChanges'

/**
 * The row that records backup `mark`, holding `doc`, as a base of quarter
 * `planId` (backupBaseRow), its text made in turns with the window free in
 * between: a quarter of 28,000 goals made at once took 180 ms of its thread.
 */
async function backupBaseRowInTurns(
  planId: string,
  mark: BackupMark,
  doc: PlanDocument,
  at: number,
): Promise<BackupBaseRow> {
  const steps = documentBlobInSteps(doc, ROWS_PER_TURN)
  for (;;) {
    const step = steps.next()
    if (step.done) return backupBaseRowOfText(planId, mark, step.value, at)
    await nextTurn()
  }
}

/** The ids of the backup base rows that commands on the undo and redo stacks write. */
function rowsInHistory(): Set<string> {
  const { undo, redo } = useCommandHistory.getState()
  return new Set(
    [...undo, ...redo].flatMap(({ command }) =>
      command.changes.filter((change) => change.table === 'backupBases').map((change) => change.id),
    ),
  )
}

/**
 * Records the backup `mark` just saved as a base of each of its quarters
 * (`docs`, as written to the file). Not a command: a saved file cannot be
 * unsaved, so Undo does not take its record back either. Rows that commands
 * on the undo or redo stack write stay for now, past the few kept.
 */
export async function recordSavedBackup(
  docs: readonly PlanDocument[],
  mark: BackupMark,
): Promise<void> {
  const held = rowsInHistory()
  const at = now()
  const changes: RowChange[] = []
  for (const doc of docs) {
    const stored = await readBackupBaseRows(doc.plan.id)
    const row = await backupBaseRowInTurns(doc.plan.id, mark, doc, at)
    changes.push(...addingBackupBase(stored, row, held))
  }
  await queueWrite(() => writeChanges(changes))
}

/**
 * The changes that give each quarter of `docs`, brought in from a backup
 * (created or replaced), the backup bases that backup stands for: the file
 * itself when Save backup… wrote it (`own`: the quarter as it holds it), and
 * the base it carried for the quarter with its quarter (`carried`, by plan id
 * in `docs`; automatic backups carry one). A
 * base the stored quarter had before is taken away: the quarter now holds
 * what the backup says, which need not descend from it, and a three-way
 * merge against a base that is no ancestor would drop changes silently.
 */
export async function restoredBackupBaseChanges(
  docs: readonly PlanDocument[],
  own: BackupMark | null,
  carried: ReadonlyMap<string, CarriedBackupBase>,
): Promise<RowChange[]> {
  const at = now()
  const changes: RowChange[] = []
  for (const doc of docs) {
    const planId = doc.plan.id
    const stored = await readBackupBaseRows(planId)
    const rows: BackupBaseRow[] = []
    if (own) rows.push(await backupBaseRowInTurns(planId, own, doc, at))
    const base = carried.get(planId)
    // Only a base that came with its quarter (an automatic backup's) can be compared against.
    if (base?.doc && base.backupId !== own?.backupId) {
      rows.push(await backupBaseRowInTurns(planId, base, base.doc, at - 1))
    }
    const kept = new Map(rows.map((row) => [row.id, row]))
    for (const old of stored) {
      const row = kept.get(old.id)
      changes.push({ table: 'backupBases', id: old.id, before: old, after: row ?? null })
      kept.delete(old.id)
    }
    changes.push(...[...kept.values()].map(createdBackupBase))
  }
  return changes
}

/** The changes that take a deleted quarter's backup bases away with it (Undo puts them back). */
export async function deletedQuarterBackupBases(planId: string): Promise<RowChange[]> {
  return (await readBackupBaseRows(planId)).map(deletedBackupBase)
}
