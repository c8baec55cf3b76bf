/**
 * Test helper: every row IndexedDB is asked to write (a put, or an add of a
 * new row) is refused with `error`, as Chromium refuses it on a full disk,
 * until the returned function is called.
 */
import { vi } from 'vitest'

export function refuseWrites(error: () => DOMException): () => void {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw error()
  })
  const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
    throw error()
  })
  return () => {
    put.mockRestore()
    add.mockRestore()
  }
}
