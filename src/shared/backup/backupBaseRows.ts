/**
 * How the app keeps a quarter's backup bases (backupBases.ts): one row per
 * quarter and backup in the Dexie table `backupBases`, the last few only.
 * Pure: which row to add, which to drop, and what a new backup file carries.
 */
import type { PlanDocument } from '../model'
import type { BackupBase, BackupMark, CarriedBackupBase } from './backupBases'

/** The part of Blob used here: shared code is built without the DOM's or Node's types. */
export interface TextBlob {
  readonly size: number
  text(): Promise<string>
}
const { Blob: JsonBlob } = globalThis as unknown as {
  Blob: new (parts: (string | TextBlob)[], options: { type: string }) => TextBlob
}
const jsonBlob = (parts: (string | TextBlob)[]) => new JsonBlob(parts, { type: 'application/json' })

/** How many backups a quarter remembers being in step with: older ones are dropped. */
export const BACKUP_BASES_KEPT = 5

/**
 * One backup a quarter was in step with, as stored: its name and the quarter
 * as that backup holds it, as JSON text in a Blob. IndexedDB copies every
 * other value on the window's thread when it is put or read, and a quarter of
 * 28,000 goals took 80-155 ms of it there as an object and 50-300 ms as a
 * string (its copy, then a second for the key path); a Blob is stored by
 * reference, its bytes written off the thread (under 1 ms). The Blob is made
 * where the row is (the reading worker for Merge backup…, in turns in the
 * window otherwise), and read only when a merge or an automatic backup needs
 * that quarter (readBackupBase). Rows of the first build of 2026-12-03 hold
 * the text as a string; they are read alike.
 */
export interface StoredBackupBase extends BackupMark {
  docJson: TextBlob | string
}

/**
 * A row as stores written before the text held it: the quarter as an object.
 * Still read (readBackupBase), never written again; such a row goes when the
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
  return backupBaseRowOfText(planId, mark, jsonBlob([JSON.stringify(doc)]), at)
}

/** backupBaseRow with its quarter's text made already (documentBlobInSteps). */
export function backupBaseRowOfText(
  planId: string,
  mark: BackupMark,
  docJson: TextBlob,
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
 * JSON.stringify(doc), the same text, in a Blob made `rowsPerStep` rows at a
 * time: the generator yields between steps, so the window can let other work
 * run (a quarter of 28,000 goals took 130 ms of its thread to write as text
 * in one go, and 50 ms more to put in a Blob). Each step's rows go into a
 * Blob of their own as it ends, so no step encodes more than its share.
 * Each list of rows is written a row at a time; every other field as it is.
 */
export function* documentBlobInSteps(
  doc: PlanDocument,
  rowsPerStep: number,
): Generator<undefined, TextBlob, undefined> {
  const parts: (string | TextBlob)[] = ['{']
  let rows = 0
  let fields = 0
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue
    parts.push(`${fields++ > 0 ? ',' : ''}${JSON.stringify(key)}:`)
    if (!Array.isArray(value)) {
      parts.push(JSON.stringify(value))
      continue
    }
    parts.push('[')
    let items: string[] = []
    let written = 0
    const flush = () => {
      if (items.length === 0) return
      parts.push(jsonBlob([(written > 0 ? ',' : '') + items.join(',')]))
      written += items.length
      items = []
    }
    for (const row of value as unknown[]) {
      // As JSON.stringify writes a list's item that has no JSON of its own.
      items.push(JSON.stringify(row) ?? 'null')
      if (++rows % rowsPerStep === 0) {
        flush()
        yield
      }
    }
    flush()
    parts.push(']')
  }
  parts.push('}')
  return jsonBlob(parts)
}

/**
 * The base a row records, whichever way it was stored. Its quarter's text is
 * read (from the Blob) at once, and parsed only when first asked for (then
 * kept): a merge compares against one of a quarter's few bases, and a backup
 * names them all but carries the quarter of the newest only, if any.
 */
export async function readBackupBase(row: BackupBaseRow): Promise<BackupBase> {
  const { base } = row
  if (!('docJson' in base)) return base
  const { backupId, savedAt, docJson } = base
  const text = typeof docJson === 'string' ? docJson : await docJson.text()
  let doc: PlanDocument | undefined
  return {
    backupId,
    savedAt,
    get doc() {
      doc ??= JSON.parse(text) as PlanDocument
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
export async function carriedBase(
  rows: readonly BackupBaseRow[],
  withDoc: boolean,
): Promise<CarriedBackupBase | null> {
  const [newest, ...older] = newestFirst(rows)
  if (!newest) return null
  const { backupId, savedAt } = newest.base
  return {
    backupId,
    savedAt,
    ...(withDoc && { doc: (await readBackupBase(newest)).doc }),
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
