/**
 * Backup bases: the backup files a quarter was last in step with, so that two
 * copies that both descend from one backup (saved on one machine, opened on
 * another) are merged three ways against it, as two copies with the same wiki
 * revision are (wikiBases.ts).
 *
 * A file written by Save backup… has its own id (`backupId`, a uuid, beside
 * `exportedAt`, its save time). In the file, each quarter that had a backup
 * base before the save carries the newest one, keyed by the quarter's plan id:
 *
 *     "backupBases": {
 *       "<plan id>": {
 *         "backupId": "…", "savedAt": "2026-12-02T10:00:00.000Z",
 *         "doc": { …the quarter as that backup holds it (automatic backups only)… },
 *         "earlier": [ { "backupId": "…", "savedAt": "…" } ]
 *       }
 *     }
 *
 * The names are what a merge needs: it compares against its own machine's
 * copy of a backup both sides know, never the file's. `earlier` names the
 * older backups the quarter still remembers, so a backup saved in between
 * (the web app offers one every half hour) does not hide the one a colleague
 * shares. `doc` is written only in automatic backups, so restoring one keeps
 * the newest base; a backup for a colleague would double in size with it. A
 * quarter without a backup base has no entry, so its backup is no bigger.
 */
import { describeValue, summariseProblems, validatePlanDocument } from '../document'
import type { PlanDocument } from '../model'

/** A backup file, named: its id and when it was saved (ISO 8601). */
export interface BackupMark {
  backupId: string
  savedAt: string
}

/** A backup a quarter was in step with, and the quarter as that backup holds it. */
export interface BackupBase extends BackupMark {
  doc: PlanDocument
}

/**
 * What a file carries for one quarter: its newest backup base (with the
 * quarter as it holds it, in automatic backups), and older ones by name.
 */
export interface CarriedBackupBase extends BackupMark {
  doc?: PlanDocument
  earlier: BackupMark[]
}

/** The backup bases a file carries, by the plan id of the quarter each belongs to. */
export type BackupBases = ReadonlyMap<string, CarriedBackupBase>

/** The bases read, or what is wrong with them ("backupBases["p1"].doc: …", no final period). */
export type ReadBackupBasesResult =
  { ok: true; bases: BackupBases } | { ok: false; problem: string }

/**
 * Reads a backup's `backupBases` field; `planIds` are the ids of the file's
 * plans, since a base of a quarter the file does not hold belongs to nothing.
 * An absent field is no base.
 */
export function readBackupBases(
  field: unknown,
  planIds: ReadonlySet<string>,
): ReadBackupBasesResult {
  const bases = new Map<string, CarriedBackupBase>()
  if (field === undefined) return { ok: true, bases }
  if (!isRecord(field)) {
    return {
      ok: false,
      problem: `backupBases: expected the backups each quarter was in step with, by quarter id, got ${describeValue(field)}`,
    }
  }
  for (const [planId, value] of Object.entries(field)) {
    const where = `backupBases[${JSON.stringify(planId)}]`
    if (!planIds.has(planId)) {
      return { ok: false, problem: `${where}: the file holds no quarter with this id` }
    }
    const read = readCarried(value)
    if (typeof read === 'string') return { ok: false, problem: `${where}${read}` }
    bases.set(planId, read)
  }
  return { ok: true, bases }
}

/** One quarter's entry, or the problem as a path suffix and a reason (".doc: …"). */
function readCarried(value: unknown): CarriedBackupBase | string {
  if (!isRecord(value))
    return `: expected a backup it was in step with, got ${describeValue(value)}`
  const mark = readMark(value)
  if (typeof mark === 'string') return mark
  let doc: PlanDocument | undefined
  if (value.doc !== undefined) {
    if (!isRecord(value.doc)) {
      return `.doc: expected the quarter as that backup holds it, got ${describeValue(value.doc)}`
    }
    const read = validatePlanDocument(value.doc)
    if (!read.ok) return `.doc: ${summariseProblems(read.problems)}`
    doc = read.document
  }
  const earlier: BackupMark[] = []
  if (value.earlier !== undefined) {
    if (!Array.isArray(value.earlier)) {
      return `.earlier: expected a list of older backups, got ${describeValue(value.earlier)}`
    }
    for (const [index, item] of value.earlier.entries()) {
      const older = isRecord(item)
        ? readMark(item)
        : `: expected a backup, got ${describeValue(item)}`
      if (typeof older === 'string') return `.earlier[${index}]${older}`
      earlier.push(older)
    }
  }
  return { ...mark, ...(doc && { doc }), earlier }
}

/** A backup's id and save time, or the problem (".backupId: …"). */
function readMark(value: Record<string, unknown>): BackupMark | string {
  const { backupId, savedAt } = value
  if (!isBackupId(backupId)) {
    return `.backupId: expected the backup's id, got ${describeValue(backupId)}`
  }
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    return `.savedAt: expected the date and time the backup was saved, got ${describeValue(savedAt)}`
  }
  return { backupId, savedAt }
}

/** A file's own `backupId`: a non-empty string of at most 100 characters (a uuid as written). */
export function isBackupId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 100
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The `backupBases` field to write: undefined (no field) when there is none; no empty `earlier`. */
export function backupBasesField(bases: BackupBases): Record<string, object> | undefined {
  if (bases.size === 0) return undefined
  return Object.fromEntries(
    [...bases].map(([planId, { earlier, ...base }]) => [
      planId,
      earlier.length === 0 ? base : { ...base, earlier },
    ]),
  )
}

/**
 * The backup bases to carry when a tool rewrites a backup file with changes
 * of its own (the command line's publish and pull): the file is no longer
 * the backup it was, so it loses its own id, and each of its quarters names
 * that backup as the newest it was in step with (then the ones it carried).
 * A colleague who holds that backup still merges the rewritten file three
 * ways against it. Without an own id the carried bases are kept as they were.
 */
export function basesAfterRewrite(
  planIds: readonly string[],
  own: BackupMark | undefined,
  carried: BackupBases = new Map(),
): BackupBases {
  if (!own) return carried
  const bases = new Map<string, CarriedBackupBase>()
  for (const planId of planIds) {
    const before = carried.get(planId)
    const earlier = before
      ? [{ backupId: before.backupId, savedAt: before.savedAt }, ...before.earlier]
      : []
    bases.set(planId, {
      backupId: own.backupId,
      savedAt: own.savedAt,
      earlier: earlier.filter((mark) => mark.backupId !== own.backupId),
    })
  }
  return bases
}
