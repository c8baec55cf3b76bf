/**
 * Keeps a store that met a full disk from being thrown away at the next start.
 *
 * Chromium keeps IndexedDB in LevelDB. A write refused on a real full disk
 * leaves a torn record at the end of LevelDB's log; the running browser
 * reads past it and appends after it, but at the next start Chromium finds
 * the log corrupt, deletes the whole store and answers "Internal error
 * opening backing store" (tests/e2e/real-disk-full.spec.ts shows it). LevelDB
 * drops a log once its contents are in a table file, which it does when the
 * log outgrows its write buffer (at most 4 MB in Chromium). So once a write
 * lands again after a full disk, a scratch database of about 8 MB is written
 * in the same origin and deleted: the log with the torn record is retired
 * before the next start. The filler is random bytes in values of 48 KB:
 * Chromium compresses values (a run of one letter shrinks to almost nothing)
 * and keeps those over 64 KB as files outside LevelDB, and either would leave
 * the log as it was. Elsewhere (another browser, fake-indexeddb) it costs one
 * short-lived write and changes nothing.
 */

/** The scratch database's name: no Quarterdeck data is ever in it. */
export const LOG_ROLL_DATABASE = 'quarterdeck-log-roll'

/** About twice Chromium's largest LevelDB write buffer: 10 transactions of 16 values of 48 KB. */
const TRANSACTIONS = 10
const VALUES_PER_TRANSACTION = 16
const VALUE_BYTES = 48 * 1024

let owed = false
let rolling: Promise<void> | null = null

/** A write was refused because the disk is full: the log may hold a torn record. */
export function noteDiskFull(): void {
  owed = true
}

/**
 * Called after each write that landed: retires the log once if a full disk
 * came before. Never rejects; a roll that fails (the disk full again) is
 * owed again and tried after the next write that lands.
 */
export function afterWriteLanded(): Promise<void> {
  if (rolling) return rolling
  if (!owed) return Promise.resolve()
  owed = false
  rolling = rollLog()
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
    await request(indexedDB.deleteDatabase(LOG_ROLL_DATABASE))
  }
}
