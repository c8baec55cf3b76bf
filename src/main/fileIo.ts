/**
 * File reads for the Open dialog (bytes) and the automatic backups (text),
 * and the words for a file system error. Writes are in atomicWrite.ts.
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

/**
 * A Uint8Array of exactly `buffer`'s bytes on an ArrayBuffer of its own. A
 * Node Buffer can be a view of a larger, shared pool, and IPC clones a view's
 * whole ArrayBuffer: other data would go to the page with the file.
 */
function ownBytes(buffer: Buffer): Uint8Array {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
  return whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : Uint8Array.from(buffer)
}

/**
 * The bytes of a file of at most maxBytes, as a plain Uint8Array of its own
 * (not a Buffer), or a FileReadError naming the file: the sentence for a file
 * over the limit (src/shared/fileBytes.ts), or why it could not be read.
 */
export async function readFileBytesLimited(path: string, maxBytes: number): Promise<Uint8Array> {
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
  return ownBytes(bytes)
}

/**
 * Reads a text file of at most maxBytes: UTF-8 (a leading byte order mark is
 * dropped) or UTF-16 with a byte order mark (src/shared/fileBytes.ts). Larger
 * files, binary files and files in another encoding are refused with a
 * message naming the file.
 */
export async function readTextFileLimited(path: string, maxBytes: number): Promise<string> {
  const bytes = await readFileBytesLimited(path, maxBytes)
  const decoded = decodeFileBytes(bytes, { name: `"${basename(path)}"`, expected: 'a text file' })
  if (!decoded.ok) throw new FileReadError(decoded.error)
  return decoded.text
}
