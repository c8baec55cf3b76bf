/**
 * The Quarterdeck backup file: versioned JSON holding one or more complete
 * plans. Reading validates everything and either returns every plan or a
 * message naming what is wrong and where; it never returns part of a file.
 */
import type { $ZodRawIssue } from 'zod/v4/core'
import type { PlanDocument } from '../model'
import { parseJsonText } from './jsonText'
import { referenceProblems } from './references'
import { plansSchema } from './schema'

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

/** `plans[0].goals[12].status` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  }
  return String(value)
}

// Messages for the generic type errors; rule-specific messages live in schema.ts.
function issueMessage(issue: $ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined
  if (issue.input === undefined) return `missing (expected ${issue.expected})`
  return `expected ${issue.expected}, got ${describeValue(issue.input)}`
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function summarise(problems: readonly string[]): string {
  const [first, ...rest] = problems
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`
  return `The backup file is damaged: ${first}${more}.`
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
  const parsed = plansSchema.safeParse(plans, { error: issueMessage })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = ['plans', ...issue.path]
      const found = valueAt(plans, issue.path)
      const shown =
        issue.code === 'invalid_type' || found === undefined
          ? ''
          : ` (found ${describeValue(found)})`
      return `${formatPath(path)}: ${issue.message}${shown}`
    })
    return { ok: false, error: summarise(problems) }
  }
  const docs: PlanDocument[] = parsed.data
  const problems = referenceProblems(docs)
  if (problems.length > 0) return { ok: false, error: summarise(problems) }
  return { ok: true, docs }
}
