/**
 * Keeps a store that met a full disk from being thrown away by Chromium.
 *
 * Chromium keeps IndexedDB in LevelDB, and LevelDB appends every write to a
 * log. A write refused on a real full disk leaves a torn record at the end
 * of that log. LevelDB goes on appending after it (in the same session, and
 * in the next one too: it reuses the last log when it opens), so the first
 * write that lands afterwards buries the torn record inside the log. The
 * next time Chromium opens the store (a start, or right away when it closed
 * the store after another failed write) it reads the log, finds the torn
 * record ("Corruption: checksum mismatch"), deletes the whole store and
 * answers "Internal error opening backing store". tests/e2e/real-disk-full.spec.ts
 * showed both: the quarter gone at the next start, and gone at once when a
 * write landed on the still-full disk and a second one failed.
 *
 * Three rules keep the store:
 *
 * - After a full disk, the store is not opened, reopened or written until
 *   the disk has room again, asked outside IndexedDB (roomOnDisk.ts). So no
 *   write lands on a disk so full that the next fails, and Chromium is not
 *   made to open the store while the log is in doubt.
 * - Once it has room, the log is retired: LevelDB drops a log once its
 *   contents are in a table file, which it does when the log outgrows its
 *   write buffer (at most 4 MB in Chromium). A scratch database of about
 *   8 MB is written in the same origin and deleted, right after the store
 *   opens again or a write lands. The filler is random bytes in values of
 *   48 KB: Chromium compresses values (a run of one letter shrinks to almost
 *   nothing) and keeps those over 64 KB as files outside LevelDB, and either
 *   would leave the log as it was.
 * - The window does not wait for the user's next change to do so: it looks
 *   for room every few seconds and retires the log once there is some
 *   (recoverAfterDiskFull.ts). Until then anything that opens the store and
 *   closes it again (another tab) lets Chromium's own upkeep writes bury the
 *   torn record.
 *
 * That a full disk came and was not yet made safe is also kept in
 * localStorage, so the next start honours these rules when the window closed
 * before there was room, and so do the other windows of the origin.
 * Elsewhere (another browser, fake-indexeddb) all of this costs one
 * short-lived write and changes nothing.
 */
import { DiskFullError } from './errors'
import { hasRoomOnDisk } from './roomOnDisk'

/** The scratch database's name: no Quarterdeck data is ever in it. */
export const LOG_ROLL_DATABASE = 'quarterdeck-log-roll'

/** Where the next start learns that a full disk was not made safe yet. */
export const DISK_FULL_NOT_SAFE_KEY = 'quarterdeck.diskFullNotMadeSafe'

/** About twice Chromium's largest LevelDB write buffer: 10 transactions of 16 values of 48 KB. */
const TRANSACTIONS = 10
const VALUES_PER_TRANSACTION = 16
const VALUE_BYTES = 48 * 1024

/**
 * Room the disk must have before the store is touched after a full disk:
 * the scratch database (7.5 MB), the table LevelDB writes from its log (up
 * to 4 MB), and the user's own write, with a margin.
 */
export const ROOM_AFTER_DISK_FULL = 16 * 1024 * 1024

/** How often a window waiting on a full disk looks for room again. */
export const LOOK_FOR_ROOM_EVERY_MS = 5_000

let owed = rememberedAsOwed()
let rolling: Promise<void> | null = null

/**
 * A full disk came and the store is not made safe yet: known to this window,
 * or remembered by another window of the same origin (they share the store,
 * and Chromium closed their connections too).
 */
export function diskFullNotMadeSafe(): boolean {
  return owed || rememberedAsOwed()
}

function rememberedAsOwed(): boolean {
  try {
    return globalThis.localStorage?.getItem(DISK_FULL_NOT_SAFE_KEY) === '1'
  } catch {
    return false
  }
}

/** Best effort: on a full disk localStorage may not keep it either. */
function rememberOwed(value: boolean): void {
  try {
    if (value) globalThis.localStorage?.setItem(DISK_FULL_NOT_SAFE_KEY, '1')
    else globalThis.localStorage?.removeItem(DISK_FULL_NOT_SAFE_KEY)
  } catch {
    // Storage refused (full, or turned off): this session still knows.
  }
}

/** A write was refused because the disk is full: the log may hold a torn record. */
export function noteDiskFull(): void {
  owed = true
  rememberOwed(true)
}

/**
 * Called before the store is opened, reopened, read or written: after a
 * full disk not yet made safe, rejects with DiskFullError, touching nothing,
 * unless the disk has room again.
 */
export async function refuseWhileDiskFull(): Promise<void> {
  if (!diskFullNotMadeSafe()) return
  if (!(await hasRoomOnDisk(ROOM_AFTER_DISK_FULL))) throw new DiskFullError()
}

/**
 * Called after the store opened or a write landed (refuseWhileDiskFull let
 * them through, so there is room): retires the log once if a full disk came
 * before. Never rejects; a roll that fails (the disk filled again meanwhile)
 * is owed again.
 */
export function makeSafeAfterDiskFull(): Promise<void> {
  if (rolling) return rolling
  if (!diskFullNotMadeSafe()) return Promise.resolve()
  owed = false
  rolling = rollLog()
    .then(() => rememberOwed(false))
    .catch((error: unknown) => {
      owed = true
      console.warn('The store could not be made safe after the full disk yet:', error)
    })
    .finally(() => {
      rolling = null
    })
  return rolling
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error)
    transaction.onabort = () => reject(transaction.error)
  })
}

/*
 * Raw IndexedDB rather than Dexie: Dexie would announce these writes to the
 * other windows as changes to the store, which they are not.
 */
async function rollLog(): Promise<void> {
  const opening = indexedDB.open(LOG_ROLL_DATABASE, 1)
  opening.onupgradeneeded = () => opening.result.createObjectStore('filler')
  const db = await request(opening)
  try {
    // Several transactions: the log grows while no transaction holds all of it in memory.
    for (let t = 0; t < TRANSACTIONS; t++) {
      const transaction = db.transaction('filler', 'readwrite')
      const store = transaction.objectStore('filler')
      for (let v = 0; v < VALUES_PER_TRANSACTION; v++) {
        store.put(
          crypto.getRandomValues(new Uint8Array(VALUE_BYTES)),
          t * VALUES_PER_TRANSACTION + v,
        )
      }
      await done(transaction)
    }
  } finally {
    db.close()
  }
  // Only once the roll landed: after a refused one Chromium may have closed the store, and
  // deleting would open it again with the log in doubt. The next roll writes over the same
  // keys and deletes it then.
  await request(indexedDB.deleteDatabase(LOG_ROLL_DATABASE))
}
