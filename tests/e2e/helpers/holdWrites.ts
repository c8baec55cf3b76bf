/**
 * Holds the app's writes to IndexedDB for as long as a test wants: a second
 * connection keeps a read-write transaction over every table open (it asks
 * for a count, and another when that one answers), and IndexedDB runs
 * transactions whose tables overlap one after the other. What a person does
 * while a change is being written, which a fast machine leaves a few
 * milliseconds for, can then be tested every time.
 */
import type { Page } from '@playwright/test'
import { DATABASE_NAME } from '../../../src/renderer/db/storeName'

interface HoldWindow {
  __releaseWrites?: () => void
}

/** Holds the store's writes from now on; the function returned lets them go. */
export async function holdStoreWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name)
      opening.onsuccess = () => resolve(opening.result)
      opening.onerror = () => reject(opening.error)
    })
    const tables = [...db.objectStoreNames]
    const transaction = db.transaction(tables, 'readwrite')
    const table = transaction.objectStore(tables[0] as string)
    let held = true
    const keepBusy = () => {
      if (held) table.count().onsuccess = keepBusy
    }
    keepBusy()
    transaction.oncomplete = () => db.close()
    ;(window as HoldWindow).__releaseWrites = () => {
      held = false
    }
  }, DATABASE_NAME)
  return async () => {
    await page.evaluate(() => (window as HoldWindow).__releaseWrites?.())
  }
}

/**
 * Waits until every write the app has started is in the store: a read-write
 * transaction over every table runs only after the ones queued before it.
 */
export async function afterStoreWrites(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name)
      opening.onsuccess = () => resolve(opening.result)
      opening.onerror = () => reject(opening.error)
    })
    const tables = [...db.objectStoreNames]
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(tables, 'readwrite')
      transaction.objectStore(tables[0] as string).count()
      transaction.oncomplete = () => resolve()
      transaction.onerror = () => reject(transaction.error)
    })
    db.close()
  }, DATABASE_NAME)
}
