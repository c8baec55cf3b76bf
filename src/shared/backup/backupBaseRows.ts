/**
 * How the app keeps a quarter's backup bases (backupBases.ts): one row per
 * quarter and backup in the Dexie table `backupBases`, the last few only.
 * Pure: which row to add, which to drop, and what a new backup file carries.
 */
import type { PlanDocument } from '../model'
import type { BackupBase, BackupMark, CarriedBackupBase } from './backupBases'

/** How many backups a quarter remembers being in step with: older ones are dropped. */
export const BACKUP_BASES_KEPT = 5

/**
 * One backup a quarter was in step with, as stored: its name and the quarter
 * as that backup holds it, as JSON text. Text, not the quarter as an object:
 * IndexedDB copies a stored value on the window's thread in one go, and a
 * quarter of 28,000 goals as an object took 80-106 ms of it there, where a
 * string of the same quarter takes about a millisecond. The text is made where
 * the row is (the reading worker for Merge backup…), and read back only when
 * a merge compares against that base (backupBaseOf).
 */
export interface StoredBackupBase extends BackupMark {
  docJson: string
}

/**
 * A row as stores written before the text held it: the quarter as an object.
 * Still read (backupBaseOf), never written again; such a row goes when the
 * quarter's later bases crowd it out, as any other.
 */
export type BackupBaseAsObject = BackupBase

/** One backup a quarter was in step with, as stored. */
export interface BackupBaseRow {
  /** `<plan id> <backup id>`: a quarter remembers each backup once. */
  id: string
  planId: string
  base: StoredBackupBase | BackupBaseAsObject
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
  return backupBaseRowOfText(planId, mark, JSON.stringify(doc), at)
}

/** backupBaseRow with its quarter's text made already (documentJsonInSteps). */
export function backupBaseRowOfText(
  planId: string,
  mark: BackupMark,
  docJson: string,
  at: number,
): BackupBaseRow {
  return {
    id: `${planId} ${mark.backupId}`,
    planId,
    base: { backupId: mark.backupId, savedAt: mark.savedAt, docJson },
    at,
  }
}

/**
 * JSON.stringify(doc), the same text, made `rowsPerStep` rows at a time: the
 * generator yields between steps, so the window can let other work run (a
 * quarter of 28,000 goals took 130 ms of its thread in one go). Each list of
 * rows is written a row at a time; every other field as it is.
 */
export function* documentJsonInSteps(
  doc: PlanDocument,
  rowsPerStep: number,
): Generator<undefined, string, undefined> {
  const fields: string[] = []
  let rows = 0
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue
    if (!Array.isArray(value)) {
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`)
      continue
    }
    const items: string[] = []
    for (const row of value as unknown[]) {
      // As JSON.stringify writes a list's item that has no JSON of its own.
      items.push(JSON.stringify(row) ?? 'null')
      if (++rows % rowsPerStep === 0) yield
    }
    fields.push(`${JSON.stringify(key)}:[${items.join(',')}]`)
  }
  return `{${fields.join(',')}}`
}

/**
 * The base a row records, whichever way it was stored. Its quarter is read
 * from the text only when first asked for (then kept): a merge compares
 * against one of a quarter's few bases, and a backup names them all but
 * carries the quarter of the newest only, if any.
 */
export function backupBaseOf(row: BackupBaseRow): BackupBase {
  const { base } = row
  if (!('docJson' in base)) return base
  const { backupId, savedAt, docJson } = base
  let doc: PlanDocument | undefined
  return {
    backupId,
    savedAt,
    get doc() {
      doc ??= JSON.parse(docJson) as PlanDocument
      return doc
    },
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
  const { backupId, savedAt } = newest.base
  return {
    backupId,
    savedAt,
    ...(withDoc && { doc: backupBaseOf(newest).doc }),
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
