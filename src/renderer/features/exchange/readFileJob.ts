/**
 * What the file-reading worker does (readFile.worker.ts), as a plain
 * function: turn a file's bytes into text, read a wiki page into a quarter,
 * or a backup file into its quarters, with the same import functions of src/shared the app always
 * used, telling how far it has come. Kept apart from the worker's wiring so
 * unit tests run it directly.
 */
import { parseBackup, type ParseBackupResult } from '../../../shared/backup'
import { decodeFileBytes, type DecodedFile } from '../../../shared/fileBytes'
import type { PlanDocument } from '../../../shared/model'
import { forwardProgress } from '../../../shared/jobProgress'
import { importWikitext } from '../../../shared/wiki'
import { wikiPageInstead } from './fileKinds'
import type { ImportReportEntry } from './ImportPreview'
import type { ResultPart } from './resultInParts'

/**
 * A file as chosen (src/renderer/platform.ts chooseFile): its bytes still to
 * be decoded, in the desktop app as in web mode. A worker decodes them
 * itself, so the text never crosses the window's thread.
 */
export interface FileSource {
  bytes: Uint8Array
  /** The file's name, for the sentence that refuses it. */
  name: string
  /** What it should be ("a Quarterdeck backup"), for the same sentence. */
  expected: string
}

/** The text of `source`, or the sentence that says why it has none (binary, not UTF-8). */
export function textOfSource(
  source: FileSource,
): { ok: true; text: string } | { ok: false; error: string } {
  const decoded = decodeFileBytes(source.bytes, { name: source.name, expected: source.expected })
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, error: decoded.error }
}

/**
 * What to read: a file's bytes into text, text into a quarter, or a backup
 * file's bytes into its quarters.
 */
export type ReadRequest =
  | ({ kind: 'decode' } & FileSource)
  | { kind: 'wiki'; text: string; now: number }
  | { kind: 'backup'; text: string }
  | ({ kind: 'backup-file' } & FileSource)

/**
 * A file's bytes as text, or why not. Bytes that are not UTF-8 are read as
 * Windows-1252 at once too, so that text is at hand if the user agrees.
 */
export type DecodeResult =
  | Exclude<DecodedFile, { reason: 'not-utf-8' }>
  | (Extract<DecodedFile, { reason: 'not-utf-8' }> & { windows1252: string })

/** A wiki page as read: its quarter and the report, or why it is not one. */
export type WikiReadResult =
  | { ok: true; doc: PlanDocument; entries: readonly ImportReportEntry[] }
  | { ok: false; error: string }

/**
 * A backup file read from its bytes: its quarters (or why not), with its
 * text only when it is no backup but reads like a wiki page (the window
 * offers to import it); or, when the bytes are no text, why (decode).
 */
export type BackupFileResult =
  | { read: 'backup'; parsed: ParseBackupResult; wikiPage: string | null }
  | { read: 'undecodable'; decoded: Exclude<DecodeResult, { ok: true }> }

/** The result for each kind of request. */
export type ReadResultOf<R extends ReadRequest> = R extends { kind: 'decode' }
  ? DecodeResult
  : R extends { kind: 'wiki' }
    ? WikiReadResult
    : R extends { kind: 'backup-file' }
      ? BackupFileResult
      : ParseBackupResult

/** What the job reports: progress (null when it cannot tell how far), then the result. */
export type ReadReply =
  | { type: 'progress'; fraction: number | null }
  | { type: 'done'; result: ReadResultOf<ReadRequest> }

/** What the worker posts: the job's replies, and before its result the result's long lists in parts. */
export type WorkerReply = ReadReply | ResultPart

/** Reads `request`, posting progress and then the result; never throws. */
export function runReadJob(request: ReadRequest, post: (reply: ReadReply) => void): void {
  const progress = forwardProgress((fraction) => post({ type: 'progress', fraction }))
  if (request.kind === 'wiki') progress(0)
  else post({ type: 'progress', fraction: null })
  let result: ReadResultOf<ReadRequest>
  try {
    if (request.kind === 'decode') {
      result = decode(request)
    } else if (request.kind === 'backup-file') {
      result = readBackupFile(request)
    } else if (request.kind === 'wiki') {
      const imported = importWikitext(request.text, { now: request.now, onProgress: progress })
      result = imported.ok
        ? { ok: true, doc: imported.doc, entries: imported.report.entries }
        : { ok: false, error: imported.error }
    } else {
      result = parseBackup(request.text)
    }
  } catch (error) {
    // The readers return their problems; this is for what they did not foresee.
    const reason = error instanceof Error ? error.message : String(error)
    result = { ok: false, error: `The file could not be read (${reason}). Nothing was changed.` }
  }
  post({ type: 'done', result })
}

/**
 * A backup file decoded and read here, in one job: its 20 MB of text then
 * never cross to the window and back (copied each way, that held the window
 * for 55-120 ms).
 */
function readBackupFile(request: FileSource): BackupFileResult {
  const decoded = decode(request)
  if (!decoded.ok) return { read: 'undecodable', decoded }
  const parsed = parseBackup(decoded.text)
  return {
    read: 'backup',
    parsed,
    wikiPage: wikiPageInstead(parsed.ok, request.name, decoded.text),
  }
}

function decode(request: FileSource): DecodeResult {
  const options = { name: request.name, expected: request.expected }
  const decoded = decodeFileBytes(request.bytes, options)
  if (decoded.ok || decoded.reason === 'binary') return decoded
  const again = decodeFileBytes(request.bytes, { ...options, windows1252: true })
  return { ...decoded, windows1252: again.ok ? again.text : '' }
}
