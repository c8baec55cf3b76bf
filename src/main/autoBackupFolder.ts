/**
 * The automatic backups folder on disk: one JSON file per backup, named by
 * the time it was written so the names sort oldest to newest. Only files
 * named that way are ever read or deleted; anything else a person puts in
 * the folder is left alone.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutoBackupFile } from '../shared/api'
import { backupsToKeep, type BackupEntry } from './autoBackupRetention'
import { writeTextFileAtomic } from './atomicWrite'
import { describeFsError, readTextFileLimited } from './fileIo'
import { MAX_TEXT_BYTES, parseAutoBackupContent } from './ipcValidation'

/** The folder's name inside the app's data folder. */
export const AUTO_BACKUP_FOLDER_NAME = 'Automatic backups'

const NAME = /^quarterdeck-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.json$/

// What writeTextFileAtomic leaves of a backup when the power goes mid-write.
const LEFTOVER_TEMP = /^\.quarterdeck-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json\.[0-9a-f]+\.tmp$/

/** `<userData>/Automatic backups`. */
export function autoBackupFolder(userDataPath: string): string {
  return join(userDataPath, AUTO_BACKUP_FOLDER_NAME)
}

/**
 * The file name for a backup written at `at`, in UTC to the second, with
 * dashes for colons (which Windows does not allow in names):
 * "quarterdeck-2026-12-02T05-40-12Z.json".
 */
export function backupFileName(at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-')
  return `quarterdeck-${stamp}Z.json`
}

/** The time in a backup file name, or null for any other name. */
export function backupFileTime(name: string): Date | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [, date, hours, minutes, seconds] = match
  const time = new Date(`${date}T${hours}:${minutes}:${seconds}Z`)
  // "2026-02-31" is either invalid or rolled into March: not a name we wrote.
  if (Number.isNaN(time.getTime()) || backupFileName(time) !== name) return null
  return time
}

async function namesIn(folder: string): Promise<string[]> {
  return readdir(folder).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return []
    throw new Error(`Could not read "${folder}": ${describeFsError(error)}.`, { cause: error })
  })
}

function backupsAmong(names: readonly string[]): BackupEntry[] {
  return names.flatMap((name) => {
    const savedAt = backupFileTime(name)
    return savedAt ? [{ name, savedAt }] : []
  })
}

/** The backups in `folder`, newest first; none when the folder does not exist yet. */
export async function listAutoBackups(folder: string): Promise<BackupEntry[]> {
  return backupsAmong(await namesIn(folder)).sort(
    (a, b) => b.savedAt.getTime() - a.savedAt.getTime(),
  )
}

/**
 * Writes `content` as the backup of `at`, creating the folder if needed.
 * Atomic: on failure (a full disk) every earlier backup is as it was.
 * Returns the file name.
 */
export async function saveAutoBackup(folder: string, content: string, at: Date): Promise<string> {
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw new Error(`Could not create "${folder}": ${describeFsError(error)}.`, { cause: error })
  })
  const name = backupFileName(at)
  await writeTextFileAtomic(join(folder, name), content)
  return name
}

/**
 * Deletes the backups the retention policy no longer keeps at `now`, and
 * temporary files a crash left behind. Returns the names deleted.
 */
export async function pruneAutoBackups(folder: string, now: Date): Promise<string[]> {
  const names = await namesIn(folder)
  const keep = backupsToKeep(backupsAmong(names), now)
  const doomed = names.filter(
    (name) => (backupFileTime(name) !== null && !keep.has(name)) || LEFTOVER_TEMP.test(name),
  )
  for (const name of doomed) await rm(join(folder, name), { force: true })
  return doomed
}

/**
 * The newest backup that can still be read as one, or null. A damaged or
 * unreadable file is passed over for the one before it: the point of the
 * folder is to have something to restore.
 */
export async function readLatestAutoBackup(folder: string): Promise<AutoBackupFile | null> {
  for (const { name, savedAt } of await listAutoBackups(folder)) {
    try {
      const content = parseAutoBackupContent(
        await readTextFileLimited(join(folder, name), MAX_TEXT_BYTES),
      )
      return { name, savedAt: savedAt.toISOString(), content }
    } catch {
      // Try the one before.
    }
  }
  return null
}
