/**
 * The Quarterdeck backup file: versioned JSON holding one or more complete
 * plans. Reading validates every plan with validatePlanDocuments (the same
 * test the importer, the store and the command line apply) and either returns
 * every plan or a message naming what is wrong and where; it never returns
 * part of a file.
 *
 *     { "format": "quarterdeck", "version": 2, "exportedAt": "…",
 *       "plans": [ …plan documents… ],
 *       "wikiBases": { "<plan id>": { …the wiki revision it was last in step with… } } }
 *
 * Versions:
 * - 1: `plans`.
 * - 2: adds `wikiBases` (wikiBases.ts), so two copies of a quarter can be
 *   merged three ways against the revision both were last in step with. A
 *   file without any base is still written as version 1, which every
 *   Quarterdeck reads; one with a base is version 2, which an older
 *   Quarterdeck refuses ("update Quarterdeck") rather than silently
 *   dropping the base. Version 1 files written by the command line before
 *   version 2 may hold `wikiBases` too: read when all are sound, else left
 *   out (the command line then dropped an unsound one), so every old file
 *   still opens.
 *
 * Backup bases (backupBases.ts) add a file's own `backupId` and, per quarter,
 * `backupBases`, without a new version: a Quarterdeck that ignores them
 * loses nothing but the three-way merge (it asks every difference instead),
 * so every build should still open the file. A damaged `backupBases` or
 * `backupId` is refused like any damage (no older file has them).
 */
import { describeValue, oversizedPlan, summariseProblems, validatePlanDocuments } from '../document'
import type { PlanDocument } from '../model'
import { parseJsonText } from './jsonText'
import {
  backupBasesField,
  isBackupId,
  readBackupBases,
  type BackupBases,
  type BackupMark,
} from './backupBases'
import { readWikiBases, wikiBasesField, type WikiBases } from './wikiBases'

/** The backup format version this build writes (with wiki bases) and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 2

/** The version of a file without wiki bases: the oldest that holds it, so every build reads it. */
const VERSION_WITHOUT_BASES = 1

/** The value of the `format` field that marks a Quarterdeck backup. */
export const BACKUP_FORMAT_NAME = 'quarterdeck'

/**
 * Result of reading a backup file: its plans, the wiki bases of those that
 * have one (by plan id; absent when the file carries none), the file's own
 * id and save time when Save backup… wrote it, and the backup bases it
 * carries (absent when none).
 */
export type ParseBackupResult =
  | {
      ok: true
      docs: PlanDocument[]
      wikiBases?: WikiBases
      backup?: BackupMark
      backupBases?: BackupBases
    }
  | { ok: false; error: string }

/** A file's own id, and the backup bases it carries (by plan id). */
export interface BackupIdentity {
  /** Only files that Save backup… writes have one (not automatic backups). */
  backupId?: string
  backupBases?: BackupBases
}

/**
 * The backup file text for `docs`, with the wiki base of each quarter that
 * has one (by plan id), and its id and backup bases: pretty JSON ending
 * with a newline.
 */
export function serializeBackup(
  docs: PlanDocument[],
  now: number,
  wikiBases: WikiBases = new Map(),
  identity: BackupIdentity = {},
): string {
  const planIds = new Set(docs.map((doc) => doc.plan.id))
  const held = new Map([...wikiBases].filter(([planId]) => planIds.has(planId)))
  const carried = new Map(
    [...(identity.backupBases ?? [])].filter(([planId]) => planIds.has(planId)),
  )
  const file = {
    format: BACKUP_FORMAT_NAME,
    version: held.size === 0 ? VERSION_WITHOUT_BASES : BACKUP_FORMAT_VERSION,
    backupId: identity.backupId,
    exportedAt: new Date(now).toISOString(),
    plans: docs,
    wikiBases: wikiBasesField(held),
    backupBases: backupBasesField(carried),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Reads a backup file's text: every plan in it, or what is wrong and where. */
export function parseBackup(text: string): ParseBackupResult {
  // Some editors save a byte-order mark; it is not part of the JSON.
  const json = parseJsonText(text.replace(/^\uFEFF/, ''))
  if (!json.ok) return json
  const file = json.value
  if (
    file === null ||
    typeof file !== 'object' ||
    Array.isArray(file) ||
    (file as { format?: unknown }).format !== BACKUP_FORMAT_NAME
  ) {
    return {
      ok: false,
      error: `This is not a Quarterdeck backup file: it has no "format": "${BACKUP_FORMAT_NAME}" field.`,
    }
  }
  const { version, plans, wikiBases, backupId, exportedAt, backupBases } = file as {
    version?: unknown
    plans?: unknown
    wikiBases?: unknown
    backupId?: unknown
    exportedAt?: unknown
    backupBases?: unknown
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: `The backup file has no valid format version (found ${describeValue(version)}).`,
    }
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This backup was written by a newer Quarterdeck (version ${version}); this version reads up to ${BACKUP_FORMAT_VERSION}. Update Quarterdeck to open it.`,
    }
  }
  if (!Array.isArray(plans)) {
    return {
      ok: false,
      error: 'The backup file is damaged: plans: missing (expected a list of plans).',
    }
  }
  // Too big to hold is not damage: said as itself, before any goal is checked.
  const oversized = oversizedPlan(plans)
  if (oversized) {
    return {
      ok: false,
      error: `The backup's quarter plans[${oversized.index}] is too big: ${oversized.problem}.`,
    }
  }
  const checked = validatePlanDocuments(plans)
  if (!checked.ok) {
    return {
      ok: false,
      error: `The backup file is damaged: ${summariseProblems(checked.problems)}.`,
    }
  }
  const docs = checked.documents
  const planIds = new Set(docs.map((doc) => doc.plan.id))
  const identity = readIdentity(backupId, exportedAt, backupBases, planIds)
  if (typeof identity === 'string') {
    return { ok: false, error: `The backup file is damaged: ${identity}.` }
  }
  const bases = readWikiBases(wikiBases, planIds)
  if (bases.ok && bases.bases.size > 0) {
    return { ok: true, docs, wikiBases: bases.bases, ...identity }
  }
  // Before version 2 a base was the command line's own note, which it dropped when unsound.
  if (bases.ok || version < BACKUP_FORMAT_VERSION) return { ok: true, docs, ...identity }
  return {
    ok: false,
    error: `The backup file is damaged: ${bases.problem}.`,
  }
}

/** The file's own id and save time, and the backup bases it carries; or what is wrong. */
function readIdentity(
  backupId: unknown,
  exportedAt: unknown,
  field: unknown,
  planIds: ReadonlySet<string>,
): { backup?: BackupMark; backupBases?: BackupBases } | string {
  const carried = readBackupBases(field, planIds)
  if (!carried.ok) return carried.problem
  const backupBases = carried.bases.size > 0 ? { backupBases: carried.bases } : {}
  if (backupId === undefined) return backupBases
  if (!isBackupId(backupId))
    return `backupId: expected the backup's id, got ${describeValue(backupId)}`
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    return `exportedAt: expected the date and time the backup was saved, got ${describeValue(exportedAt)}`
  }
  return { backup: { backupId, savedAt: exportedAt }, ...backupBases }
}
