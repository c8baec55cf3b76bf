/**
 * After a write refused on a full disk, the window looks for room by itself
 * and, once there is some, opens the store again and retires its log
 * (logRollAfterDiskFull.ts), without waiting for the user's next change.
 *
 * Until the log is retired the store is at risk from anyone who opens it and
 * closes it again: Chromium then runs its own upkeep writes as the last
 * connection closes, those bury the torn record, and the next open throws the
 * whole store away. tests/e2e/real-disk-full.spec.ts met this when the test
 * read the store on a connection of its own right after freeing space (1 run
 * in 8 on a loaded machine, every quarter gone). Another window or tab of the
 * app can do the same. Retiring the log as soon as there is room keeps that
 * window short, and the user need not do anything for it.
 */
import { readyDb, storeStatus } from './database'
import { DiskFullError } from './errors'
import {
  diskFullNotMadeSafe,
  LOOK_FOR_ROOM_EVERY_MS,
  makeSafeAfterDiskFull,
} from './logRollAfterDiskFull'

let waiting: ReturnType<typeof setTimeout> | null = null

/** Looks for room every few seconds until the store is made safe (or closed). */
export function recoverOnceThereIsRoom(): void {
  if (waiting !== null) return
  waiting = setTimeout(() => {
    waiting = null
    void lookForRoom()
  }, LOOK_FOR_ROOM_EVERY_MS)
}

async function lookForRoom(): Promise<void> {
  // Made safe meanwhile (a write landed), or closed (a test, or the store replaced).
  if (!diskFullNotMadeSafe() || storeStatus().state === 'closed') return
  try {
    // Without room this asks the disk, not the store, and rejects with DiskFullError.
    await readyDb()
    await makeSafeAfterDiskFull() // never rejects; a roll the disk refused is owed again
  } catch (error) {
    // Any other failure (the store gone, a newer schema) is the start's to say, not retried here.
    if (!(error instanceof DiskFullError)) return
  }
  if (diskFullNotMadeSafe()) recoverOnceThereIsRoom()
}
