/**
 * The one way Quarterdeck writes a text file, in the main process (Save, the
 * automatic backups, the quarter count, the wiki login) and on the command
 * line (`-o` outputs, the backup `publish` records its revision in): all or
 * nothing. The text goes to a temporary file in the target's folder, is
 * flushed to disk, and is then renamed over the target, so a full disk, a
 * missing permission or a crash leaves either the old file or the new one,
 * never a partial one. Node only (no Electron), so the CLI can use it.
 */
import { randomBytes } from 'node:crypto'
import { lstat, open, readlink, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { diskFullSentence } from '../shared/diskFull'
import { describeFsError, isDiskFullError } from './fileIo'

/** Thrown when a write fails; the message is for the user, `code` the file system's. */
export class FileWriteError extends Error {
  override name = 'FileWriteError'
  /** The file system's error code (ENOSPC, EACCES, …), when it gave one. */
  readonly code: string | undefined

  constructor(name: string, cause: unknown) {
    super(
      isDiskFullError(cause)
        ? diskFullSentence(`"${name}" was not saved and nothing of it was written`)
        : `Could not save "${name}": ${describeFsError(cause)}.`,
      { cause },
    )
    const code = (cause as { code?: unknown } | null)?.code
    this.code = typeof code === 'string' ? code : undefined
  }
}

/** How a file is written: `mode` gives it these permissions even if it existed with others. */
export interface WriteOptions {
  mode?: number
}

/**
 * Writes UTF-8 text to path, all or nothing. A path that is a symbolic link
 * (or a chain of them) is written through to the file it points to, and
 * stays a link; an existing file keeps its permissions unless `mode` is
 * given (a file only its owner may read, say). On failure the
 * target is as it was, the temporary file is gone, and a FileWriteError
 * says why (the disk-full sentence on a full disk), naming the file as given.
 */
export async function writeTextFileAtomic(
  path: string,
  content: string,
  options: WriteOptions = {},
): Promise<void> {
  try {
    await replaceFile(path, content, options.mode ?? null)
  } catch (error) {
    throw new FileWriteError(basename(path), error)
  }
}

async function replaceFile(path: string, content: string, wanted: number | null): Promise<void> {
  const found = await finalTarget(path)
  const { target } = found
  const mode = wanted ?? found.mode
  const folder = dirname(target)
  const temp = join(folder, `.${shortened(basename(target))}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: FileHandle | null = null
  let created = false
  try {
    // 'wx': a file of that name that is not ours is never opened, nor removed below.
    // Created with the wanted permissions, so the text is never readable by others, not even
    // for a moment; chmod below also undoes the umask.
    handle = await open(temp, 'wx', mode ?? 0o644)
    created = true
    if (mode !== null) await handle.chmod(mode)
    await handle.writeFile(content, 'utf8')
    await handle.sync()
    // Closed before the rename: Windows cannot rename a file that is open.
    const closing = handle
    handle = null
    await closing.close()
    await rename(temp, target)
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined)
    if (created) await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

/** Symbolic links followed in a row before giving up, as the system does (Linux: 40). */
const MAX_LINKS = 40

/**
 * The file to replace: path itself, or the file at the end of its symbolic
 * links (replacing the link would turn it into a copy and leave the file it
 * points to stale). A link to nothing yet is written through too, creating
 * the file it names. `mode` is the existing file's permissions, else null.
 */
async function finalTarget(path: string): Promise<{ target: string; mode: number | null }> {
  let target = resolve(path)
  for (let links = 0; ; links++) {
    const info = await lstat(target).catch((error: unknown) => {
      if ((error as { code?: unknown } | null)?.code === 'ENOENT') return null
      throw error
    })
    if (info === null) return { target, mode: null }
    if (!info.isSymbolicLink()) return { target, mode: info.isFile() ? info.mode & 0o777 : null }
    if (links === MAX_LINKS) {
      throw Object.assign(new Error(`ELOOP: too many symbolic links, '${path}'`), {
        code: 'ELOOP',
      })
    }
    target = resolve(dirname(target), await readlink(target))
  }
}

/** Names are at most 255 bytes: the temporary name keeps room for its dot, suffix and random part. */
function shortened(name: string): string {
  let short = ''
  let bytes = 0
  for (const char of name) {
    bytes += Buffer.byteLength(char)
    if (bytes > 200) break
    short += char
  }
  return short
}

/**
 * Flushes a folder's list of files to disk so the rename survives a power
 * cut. Best effort: Windows cannot open a folder this way, and by now the
 * file is complete under its name anyway.
 */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Nothing to undo: the rename has happened; only its durability is less certain.
  }
}
