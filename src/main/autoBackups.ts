/**
 * Automatic backups, a safety net beside IndexedDB: the renderer sends the
 * text of a full backup, and main keeps the newest on disk, in
 * `<userData>/Automatic backups`, so goals survive a store that is cleared or
 * cannot be opened. This module joins the timing (autoBackupScheduler.ts) to
 * the folder (autoBackupFolder.ts) and holds the app's quit for the last one.
 */
import type { AutoBackupFile } from '../shared/api'
import { pruneAutoBackups, readLatestAutoBackup, saveAutoBackup } from './autoBackupFolder'
import { createAutoBackupScheduler } from './autoBackupScheduler'
import { diskFullSentence } from '../shared/diskFull'
import { describeFsError, isDiskFullError } from './fileIo'

/** The automatic backups of one data folder. */
export interface AutoBackups {
  /** Keeps `content` (already validated) to write when due. */
  offer(content: string): void
  /** The newest backup on disk, after writing one that waits (so it is that one). */
  latest(): Promise<AutoBackupFile | null>
  /** The folder the backups are kept in. */
  location(): string
  /** Writes the waiting backup now; never rejects. */
  flush(): Promise<void>
  /** True while a backup waits or is being written. */
  busy(): boolean
  /** The sentence for the user when the last write found the disk full; else null. */
  problem(): string | null
}

/** What the user is told while automatic backups find the disk full. */
export const AUTO_BACKUP_DISK_FULL = diskFullSentence(
  'the automatic backup was not written (your goals are still kept in the app, and it is tried again in a few minutes)',
)

/** Options of createAutoBackups. */
export interface AutoBackupOptions {
  /** Reports what went wrong on disk; the app carries on. */
  log(message: string): void
  intervalMs?: number
}

/** Automatic backups kept in `folder`. */
export function createAutoBackups(folder: string, options: AutoBackupOptions): AutoBackups {
  let diskFull = false
  const scheduler = createAutoBackupScheduler({
    intervalMs: options.intervalMs,
    log: options.log,
    write: async (content, at) => {
      try {
        await saveAutoBackup(folder, content, at)
      } catch (error) {
        diskFull = isDiskFullError((error as { cause?: unknown } | null)?.cause)
        throw error
      }
      diskFull = false
      // The new backup is safe; failing to delete old ones only costs space.
      await pruneAutoBackups(folder, at).catch((error: unknown) =>
        options.log(`Old automatic backups not deleted: ${describeFsError(error)}`),
      )
    },
  })
  return {
    offer: (content) => scheduler.offer(content),
    async latest() {
      // A backup still in memory is newer than any file: write it first.
      await scheduler.flush()
      return readLatestAutoBackup(folder)
    },
    location: () => folder,
    flush: () => scheduler.flush(),
    busy: () => scheduler.busy(),
    problem: () => (diskFull ? AUTO_BACKUP_DISK_FULL : null),
  }
}

/** How long quitting waits for the last backup before giving up on it. */
export const QUIT_WAIT_MS = 10_000

/**
 * A listener for app 'will-quit' that holds the quit until the waiting
 * backup is written, then quits again. It holds only once: a write that
 * fails (a full disk) or hangs for `waitMs` cannot be fixed by waiting, and
 * the person asked to quit.
 */
export function holdQuitForAutoBackup(
  backups: Pick<AutoBackups, 'busy' | 'flush'>,
  quit: () => void,
  waitMs = QUIT_WAIT_MS,
): (event: { preventDefault(): void }) => void {
  let held = false
  return (event) => {
    if (held || !backups.busy()) return
    held = true
    event.preventDefault()
    let timeout: ReturnType<typeof setTimeout> | undefined
    const gaveUp = new Promise<void>((resolve) => {
      timeout = setTimeout(resolve, waitMs)
    })
    void Promise.race([backups.flush(), gaveUp]).then(() => {
      clearTimeout(timeout)
      quit()
    })
  }
}
