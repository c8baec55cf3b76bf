/**
 * Asks the browser to keep the store when the disk runs low on space.
 *
 * By default an origin's IndexedDB is "best-effort" storage: when the disk
 * runs low, Chromium (Electron included) and other browsers may delete it
 * whole, without asking, which would lose every goal not saved in a backup.
 * Persistent storage is exempt from that. The Electron app grants it to its
 * own origin (src/main/security.ts allows 'persistent-storage'); a browser in
 * web mode decides by its own rules (Chromium by how the site is used,
 * Firefox by asking the user once).
 *
 * Asked once per window, and only once there is something to keep: a
 * browser that asks its user should not do so on an empty first run.
 */

/** What became of the request. */
export type StorageDurability =
  /** The browser will not evict the store. */
  | 'persistent'
  /** The browser may evict the store under storage pressure. */
  | 'best-effort'
  /** This browser has no StorageManager (or it failed): nothing is known. */
  | 'unknown'

/** The part of the browser's StorageManager this needs. */
export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>

async function askToPersist(storage: PersistableStorage | undefined): Promise<StorageDurability> {
  if (!storage || typeof storage.persist !== 'function') return 'unknown'
  try {
    // Already granted: asking again would make some browsers prompt again.
    if (await storage.persisted()) return 'persistent'
    return (await storage.persist()) ? 'persistent' : 'best-effort'
  } catch {
    return 'unknown'
  }
}

let request: Promise<StorageDurability> | null = null

/**
 * Asks once per window for persistent storage and resolves with the outcome;
 * later calls get the first call's answer. Never rejects.
 */
export function keepStoreOnLowDisk(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<StorageDurability> {
  request ??= askToPersist(storage)
  return request
}
