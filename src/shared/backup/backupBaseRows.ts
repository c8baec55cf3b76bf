/**
 * How the app keeps a quarter's backup bases (backupBases.ts): one row per
 * quarter and backup in the Dexie table `backupBases`, the last few only.
 * Pure: which row to add, which to drop, and what a new backup file carries.
 */
import type { PlanDocument } from '../model'
import type { BackupBase, BackupMark, CarriedBackupBase } from './backupBases'

/** How many backups a quarter remembers being in step with: older ones are dropped. */
export const BACKUP_BASES_KEPT = 5

/** One backup a quarter was in step with, as stored. */
export interface BackupBaseRow {
  /** `<plan id> <backup id>`: a quarter remembers each backup once. */
  id: string
  planId: string
  base: BackupBase
  /** When the row was written (ms): the newest is the one a saved backup carries. */
  at: number
}

/** The row that records backup `mark`, holding `doc`, as a base of quarter `planId`. */
export function backupBaseRow(
  planId: string,
  mark: BackupMark,
  doc: PlanDocument,
  at: number,
): BackupBaseRow {
  return {
    id: `${planId} ${mark.backupId}`,
    planId,
    base: { backupId: mark.backupId, savedAt: mark.savedAt, doc },
    at,
  }
}

/** A quarter's rows, newest first. */
export function newestFirst(rows: readonly BackupBaseRow[]): BackupBaseRow[] {
  return [...rows].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
}

/**
 * What a backup file carries for a quarter with these rows: the newest, the
 * rest by name; the newest's quarter too when `withDoc` (automatic backups).
 */
export function carriedBase(
  rows: readonly BackupBaseRow[],
  withDoc: boolean,
): CarriedBackupBase | null {
  const [newest, ...older] = newestFirst(rows)
  if (!newest) return null
  const { backupId, savedAt, doc } = newest.base
  return {
    backupId,
    savedAt,
    ...(withDoc && { doc }),
    earlier: older.map(({ base }) => ({ backupId: base.backupId, savedAt: base.savedAt })),
  }
}

/**
 * The rows to drop so that, with `adding` more, a quarter keeps
 * BACKUP_BASES_KEPT at most, oldest first; rows whose ids are `held` (an
 * Undo or Redo still writes them) are kept for now, since taking them away
 * behind a command's back would refuse its Undo. A later save drops them.
 */
export function rowsToDrop(
  rows: readonly BackupBaseRow[],
  adding: number,
  held: ReadonlySet<string> = new Set(),
): BackupBaseRow[] {
  return newestFirst(rows)
    .slice(Math.max(0, BACKUP_BASES_KEPT - adding))
    .filter((row) => !held.has(row.id))
}
