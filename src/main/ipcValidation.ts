/**
 * Validation of everything the renderer sends over IPC. The renderer is
 * treated as untrusted: wrong types, extra keys, oversized strings and
 * path-like names are refused or reduced before anything touches the disk.
 */
import { z } from 'zod'
import type { OpenTextRequest, SaveTextRequest } from '../shared/api'
import { MAX_FILE_BYTES } from '../shared/fileBytes'

/** The largest text Quarterdeck saves or opens: 20 MB of UTF-8 (src/shared/fileBytes.ts). */
export const MAX_TEXT_BYTES = MAX_FILE_BYTES

const MAX_FILE_NAME = 255

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'must be letters/digits without a dot, or *'),
    )
    .min(1)
    .max(20),
})

const title = z.string().max(200)
const filters = z.array(fileFilter).max(10)

const saveTextRequest = z.strictObject({
  title,
  defaultName: z.string().max(1000),
  filters,
  content: z
    .string()
    .max(MAX_TEXT_BYTES)
    .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_TEXT_BYTES, 'is larger than 20 MB'),
})

const openTextRequest = z.strictObject({ title, filters })

/** Thrown for input that fails validation; the message names what is wrong. */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError'
}

/** `input` as `schema` reads it; an InvalidRequestError naming the first wrong field otherwise. */
export function parse<T>(schema: z.ZodType<T>, what: string, input: unknown): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? `${what}.${issue.path.join('.')}` : what
  throw new InvalidRequestError(`Invalid ${where}: ${issue?.message ?? 'malformed request'}`)
}

/**
 * Reduces a suggested file name to a safe base name: no folders, no control
 * or reserved characters, no leading/trailing dots or spaces, at most 255
 * characters. "../../etc/passwd" becomes "passwd".
 */
export function safeBaseName(name: string, fallback = 'Untitled'): string {
  const last = name.split(/[/\\]/).pop() ?? ''
  const cleaned = last
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, MAX_FILE_NAME)
  return cleaned === '' ? fallback : cleaned
}

/** Validates a save request; its defaultName comes back as a safe base name. */
export function parseSaveTextRequest(input: unknown): SaveTextRequest {
  const request = parse(saveTextRequest, 'saveTextFile request', input)
  return { ...request, defaultName: safeBaseName(request.defaultName) }
}

/** Validates an open request. */
export function parseOpenTextRequest(input: unknown): OpenTextRequest {
  return parse(openTextRequest, 'openTextFile request', input)
}

/**
 * The `format` field of a backup file: BACKUP_FORMAT_NAME of
 * src/shared/backup/format.ts (a test holds them equal). Not imported from
 * there because that module brings the whole plan validation into main,
 * which builds its schemas at startup, for one string.
 */
export const BACKUP_FORMAT = 'quarterdeck'

function isLargerThanLimit(text: string): boolean {
  // More characters than the limit is always too many bytes; only shorter text needs counting.
  return text.length > MAX_TEXT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES
}

/**
 * Checks the text of an automatic backup and returns it unchanged: at most
 * 20 MB, JSON, with the backup file's `"format": "quarterdeck"` header and at
 * least one plan. Only the header is read: the plans are checked by whoever
 * restores the backup, and reading them all here on every save would cost
 * more than it protects. A backup with no plans is refused, as it would
 * hide the last real one from latestAutoBackup when a store is found empty.
 */
export function parseAutoBackupContent(input: unknown): string {
  const invalid = (why: string): InvalidRequestError =>
    new InvalidRequestError(`Invalid autoBackup content: ${why}`)
  if (typeof input !== 'string') throw invalid('expected the text of a backup file')
  if (isLargerThanLimit(input)) throw invalid('is larger than 20 MB')
  let file: unknown
  try {
    file = JSON.parse(input)
  } catch {
    throw invalid('is not JSON')
  }
  if (
    file === null ||
    typeof file !== 'object' ||
    (file as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw invalid(`has no "format": "${BACKUP_FORMAT}" field`)
  }
  const plans = (file as { plans?: unknown }).plans
  if (!Array.isArray(plans) || plans.length === 0) throw invalid('holds no plans')
  return input
}
