/**
 * Writing an output file atomically: the text goes to a temporary file in the
 * same folder, is flushed to disk and then renamed over the target, so a full
 * disk, a missing permission or an interrupted run leaves either the old file
 * or the new one, never a partial one. The command line is synchronous, so
 * this is the synchronous twin of src/main/fileIo.ts's writeTextFileAtomic.
 */
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** The file operations used, replaceable in tests to fail at any step. */
export type AtomicFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeFileSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'realpathSync'
  | 'statSync'
>

/**
 * Writes UTF-8 text to path atomically. A path that is a symbolic link is
 * written through to the file it points to (the link stays a link). On
 * failure the temporary file is removed and the error rethrown; the target is
 * untouched.
 */
export function writeFileAtomicSync(path: string, text: string, fs: AtomicFs = nodeFs): void {
  const target = existingTarget(path, fs)
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | null = null
  try {
    fd = fs.openSync(temp, 'wx', 0o644)
    fs.writeFileSync(fd, text, 'utf8')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = null
    fs.renameSync(temp, target)
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd)
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    fs.rmSync(temp, { force: true })
    throw error
  }
  syncFolder(dirname(target), fs)
}

function existingTarget(path: string, fs: AtomicFs): string {
  try {
    return fs.realpathSync(path)
  } catch {
    return path
  }
}

/** Flushes the folder so the rename survives a power cut; best effort (not on Windows). */
function syncFolder(folder: string, fs: AtomicFs): void {
  try {
    const fd = fs.openSync(folder, 'r')
    try {
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  } catch {
    // The file is complete under its name; only the rename's durability is less certain.
  }
}

/**
 * Whether two paths name the same existing file, however spelled: relative
 * or absolute, through symbolic links, or hard links to one file.
 */
export function isSameFile(a: string, b: string, fs: AtomicFs = nodeFs): boolean {
  try {
    const x = fs.statSync(a)
    const y = fs.statSync(b)
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}
