/**
 * What the command line needs from the outside world, injected so every path
 * through it can be tested without touching the disk or the process.
 */
import { isDiskFullMessage } from '../shared/diskFull'
import { decodeFileBytes, fileTooLarge, MAX_FILE_BYTES } from '../shared/fileBytes'

/** Streams, files, clock and ids for one run of the command line. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /**
   * A file's size in bytes, asked before it is read so that a file over the limit is
   * refused unread; throws a Node-style error (with `code`) when it cannot.
   */
  fileSize(path: string): number
  /** Reads a file's bytes; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): Uint8Array
  /**
   * Writes a UTF-8 file atomically (all or nothing, an existing file untouched on failure);
   * rejects with an error carrying the file system's `code` when it cannot, its message the
   * shared disk-full sentence on a full disk (src/main/atomicWrite.ts).
   */
  writeFile(path: string, text: string): Promise<void>
  /** Whether two paths name the same existing file (other spellings, links). */
  sameFile(a: string, b: string): boolean
  now(): number
  newId(): string
  /** An environment variable (QUARTERDECK_WIKI_PASSWORD). */
  env(name: string): string | undefined
  /** Standard input, whole; null when it is a terminal (nothing was piped). */
  readStdin(): Promise<string | null>
}

/**
 * Exit codes: success, bad input (or a wiki that refused), wrong usage, and a
 * conflict that needs a person's decision (publish over a page changed on the
 * wiki; pull with differences changed on both sides).
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2, conflict: 3 } as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a folder in the path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'the file system is read-only',
}

/** A short reason for a failed file operation ("no such file"). */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && REASONS[code]) return REASONS[code]
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0] ?? message
}

/**
 * Reads a file as text the way the app does (fileBytes.ts): a file over the
 * app's size limit is refused before it is read, with the app's sentence;
 * UTF-8 with or without a byte order mark and UTF-16 with one are read; a
 * binary or non-UTF-8 file is refused with the app's sentence. `expected`
 * names what the file should be ("a wiki page"). Reports why not on stderr
 * and returns null.
 */
export function readInput(io: CliIo, path: string, expected: string): string | null {
  let bytes: Uint8Array
  try {
    const size = io.fileSize(path)
    if (size > MAX_FILE_BYTES) return tooLarge(io, path, size)
    bytes = io.readFile(path)
  } catch (error) {
    io.stderr(`quarterdeck: cannot read "${path}": ${fileErrorReason(error)}\n`)
    return null
  }
  // Checked again: the file may have grown since its size was asked.
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(io, path, bytes.length)
  const decoded = decodeFileBytes(bytes, { name: `"${path}"`, expected })
  if (!decoded.ok) {
    io.stderr(`quarterdeck: ${decoded.error}\n`)
    return null
  }
  // A byte-order mark from some editors is not part of the text.
  return decoded.text.replace(/^\uFEFF/, '')
}

function tooLarge(io: CliIo, path: string, size: number): null {
  io.stderr(`quarterdeck: ${fileTooLarge(path, size)}\n`)
  return null
}

/**
 * Refuses an output file that is the input file itself (under any spelling): writing it would
 * destroy the input, and with it the only copy of what was read. Returns the exit code, or
 * null when the output is another file.
 */
export function refuseOutputOverInput(
  io: CliIo,
  input: string,
  output: string | undefined,
): ExitCode | null {
  if (output === undefined || !io.sameFile(input, output)) return null
  io.stderr(
    `quarterdeck: the output "${output}" is the input file; write to another file (-o) or to stdout.\n`,
  )
  return EXIT.usage
}

/**
 * Writes the result to the output file, or to stdout when none is given. A full disk is
 * said in the app's sentence; other failures name the file and the reason.
 */
export async function writeOutput(
  io: CliIo,
  output: string | undefined,
  text: string,
): Promise<ExitCode> {
  if (output === undefined) {
    io.stdout(text)
    return EXIT.ok
  }
  try {
    await io.writeFile(output, text)
    return EXIT.ok
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    io.stderr(
      `quarterdeck: ${isDiskFullMessage(message) ? message : `cannot write "${output}": ${fileErrorReason(error)}`}\n`,
    )
    return EXIT.badInput
  }
}
