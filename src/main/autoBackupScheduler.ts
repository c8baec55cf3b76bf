/**
 * When automatic backups are written. The renderer may send a backup after
 * every change; writing each one would churn the disk and rotate the
 * useful ones away within minutes. So main keeps only the newest in memory
 * and writes at most once per interval: at once when the last write is an
 * interval old, otherwise when the interval ends. A write that fails (a full
 * disk) is logged and tried again an interval later with whatever is newest
 * by then; it never throws into the app.
 */

/** Three minutes: little work lost, few files written. */
export const AUTO_BACKUP_INTERVAL_MS = 3 * 60 * 1000

/** What the scheduler needs: how to write, and where to report failures. */
export interface SchedulerOptions {
  /** Writes one backup; rejects when it could not (then nothing on disk changed). */
  write(content: string, at: Date): Promise<void>
  /** Reports a failed write; the app carries on. */
  log(message: string): void
  intervalMs?: number
}

/** Keeps the newest backup and writes it on time. */
export interface AutoBackupScheduler {
  /** Makes `content` the backup to write next, replacing any not yet written. */
  offer(content: string): void
  /** Writes the waiting backup now, after any write in progress. Never rejects. */
  flush(): Promise<void>
  /** True while a backup waits to be written or is being written. */
  busy(): boolean
  /** Cancels the timer; a waiting backup stays waiting until flush. */
  stop(): void
}

/** A scheduler over `options.write`, timed with the global clock and timers. */
export function createAutoBackupScheduler(options: SchedulerOptions): AutoBackupScheduler {
  const interval = options.intervalMs ?? AUTO_BACKUP_INTERVAL_MS
  let pending: string | undefined
  let lastAttempt = Number.NEGATIVE_INFINITY
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> | undefined

  function stop(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  function writeWhenDue(): void {
    if (pending === undefined || timer !== undefined || writing) return
    const wait = lastAttempt + interval - Date.now()
    if (wait <= 0) {
      void writePending()
      return
    }
    timer = setTimeout(() => {
      timer = undefined
      void writePending()
    }, wait)
  }

  async function writePending(): Promise<void> {
    const content = pending
    if (content === undefined || writing) return
    pending = undefined
    lastAttempt = Date.now()
    writing = options.write(content, new Date(lastAttempt)).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      options.log(`Automatic backup not written, trying again in a few minutes: ${reason}`)
      // Unless something newer came meanwhile, this one is still the newest.
      pending ??= content
    })
    await writing
    writing = undefined
    // What arrived during the write (or a failed one) waits for the next interval.
    writeWhenDue()
  }

  return {
    offer(content) {
      pending = content
      writeWhenDue()
    },
    async flush() {
      stop()
      while (writing) await writing
      stop()
      await writePending()
    },
    busy: () => pending !== undefined || writing !== undefined,
    stop,
  }
}
