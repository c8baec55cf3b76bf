/**
 * The row changes that add a backup base to a quarter's stored ones (pure:
 * no store). Shared by db/backupBases.ts and the merge in the reading worker
 * (features/exchange/mergeJob.ts), which reads the stored rows itself.
 */
import { rowsToDrop, type BackupBaseRow } from '../../shared/backup/backupBaseRows'
import type { RowChange } from '../commands/changes'

export function createdBackupBase(row: BackupBaseRow): RowChange {
  return { table: 'backupBases', id: row.id, before: null, after: row }
}

export function deletedBackupBase(row: BackupBaseRow): RowChange {
  return { table: 'backupBases', id: row.id, before: row, after: null }
}

/**
 * The changes that add `row` to the quarter's `stored` rows, dropping the
 * oldest beyond the few kept (but not those `held`: see rowsToDrop); none
 * when the quarter has it already.
 */
export function addingBackupBase(
  stored: readonly BackupBaseRow[],
  row: BackupBaseRow,
  held?: ReadonlySet<string>,
): RowChange[] {
  if (stored.some((old) => old.id === row.id)) return []
  return [...rowsToDrop(stored, 1, held).map(deletedBackupBase), createdBackupBase(row)]
}
