/**
 * The Quarterdeck backup file: versioned JSON holding one or more complete
 * plans. Reading validates every plan with validatePlanDocuments (the same
 * test the importer, the store and the command line apply) and either returns
 * every plan or a message naming what is wrong and where; it never returns
 * part of a file.
 */
import { describeValue, summariseProblems, validatePlanDocuments } from '../document'
import type { PlanDocument } from '../model'
import { parseJsonText } from './jsonText'

/** The backup format version this build writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1

/** The value of the `format` field that marks a Quarterdeck backup. */
export const BACKUP_FORMAT_NAME = 'quarterdeck'

/** Result of reading a backup file. */
export type ParseBackupResult = { ok: true; docs: PlanDocument[] } | { ok: false; error: string }

/** The backup file text for `docs`: pretty JSON ending with a newline. */
export function serializeBackup(docs: PlanDocument[], now: number): string {
  const file = {
    format: BACKUP_FORMAT_NAME,
    version: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    plans: docs,
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
  const { version, plans } = file as { version?: unknown; plans?: unknown }
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
  const checked = validatePlanDocuments(plans)
  if (!checked.ok) {
    return {
      ok: false,
      error: `The backup file is damaged: ${summariseProblems(checked.problems)}.`,
    }
  }
  return { ok: true, docs: checked.documents }
}
