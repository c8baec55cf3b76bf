/**
 * Text file reads for the Open dialog and the automatic backups, and the
 * words for a file system error. Writes are in atomicWrite.ts.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { decodeFileBytes, fileTooLarge } from '../shared/fileBytes'

/** Thrown when a file cannot be read as text; the message is for the user. */
export class FileReadError extends Error {
  override name = 'FileReadError'
}

const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'the folder does not exist',
  ENOENT: 'the file or folder does not exist',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'its symbolic links go round in a loop',
}

/** True for a file system error that means the disk (or the user's quota on it) is full. */
export function isDiskFullError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOSPC' || code === 'EDQUOT'
}

/** A short, user-facing reason for a file system error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && FS_REASONS[code]) return FS_REASONS[code]
  return error instanceof Error ? error.message : String(error)
}

/** The bytes of a file of at most maxBytes, or a FileReadError naming the file. */
async function readBytesLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const name = basename(path)
  const info = await stat(path).catch((error: unknown) => {
    throw new FileReadError(`Could not open "${name}": ${describeFsError(error)}.`)
  })
  if (!info.isFile()) throw new FileReadError(`"${name}" is not a file.`)
  if (info.size > maxBytes) throw new FileReadError(fileTooLarge(name, info.size, maxBytes))
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new FileReadError(`Could not open "${name}": ${describeFsError(error)}.`)
  })
  // Checked again: the file may have grown since stat.
  if (bytes.length > maxBytes) throw new FileReadError(fileTooLarge(name, bytes.length, maxBytes))
  return bytes
}

/**
 * Reads a text file of at most maxBytes: UTF-8 (a leading byte order mark is
 * dropped) or UTF-16 with a byte order mark (src/shared/fileBytes.ts). Larger
 * files, binary files and files in another encoding are refused with a
 * message naming the file.
 */
export async function readTextFileLimited(path: string, maxBytes: number): Promise<string> {
  const read = await readTextFileOffering1252(path, maxBytes)
  if ('notUtf8' in read) throw new FileReadError(read.notUtf8.error)
  return read.text
}

/** A text file as read, or one that is not UTF-8 with what it reads as in Windows-1252. */
export type TextFileRead = { text: string } | { notUtf8: { error: string; windows1252: string } }

/**
 * Like readTextFileLimited, but a file that is not UTF-8 (nor binary) comes
 * back with the sentence that says so and its text read as Windows-1252, for
 * the renderer to use only once the user agrees (the web build makes the
 * same offer). The renderer never gets to name a path to read.
 */
export async function readTextFileOffering1252(
  path: string,
  maxBytes: number,
): Promise<TextFileRead> {
  const bytes = await readBytesLimited(path, maxBytes)
  const options = { name: `"${basename(path)}"`, expected: 'a text file' }
  const decoded = decodeFileBytes(bytes, options)
  if (decoded.ok) return { text: decoded.text }
  if (decoded.reason === 'binary') throw new FileReadError(decoded.error)
  const again = decodeFileBytes(bytes, { ...options, windows1252: true })
  if (!again.ok) throw new FileReadError(decoded.error)
  return { notUtf8: { error: decoded.error, windows1252: again.text } }
}
