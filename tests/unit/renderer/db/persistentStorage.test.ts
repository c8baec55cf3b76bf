import { describe, expect, it, vi } from 'vitest'
import type { PersistableStorage } from '../../../../src/renderer/db/persistentStorage'

// The request is made once per window: each test gets a fresh module.
async function freshModule() {
  vi.resetModules()
  return import('../../../../src/renderer/db/persistentStorage')
}

function fakeStorage(persisted: boolean, grants: boolean) {
  let granted = persisted
  const storage = {
    persisted: vi.fn(async () => granted),
    persist: vi.fn(async () => {
      granted = grants
      return grants
    }),
  }
  return storage satisfies PersistableStorage
}

describe('keepStoreOnLowDisk', () => {
  it('asks for persistent storage and reports that the browser granted it', async () => {
    const { keepStoreOnLowDisk } = await freshModule()
    const storage = fakeStorage(false, true)
    await expect(keepStoreOnLowDisk(storage)).resolves.toBe('persistent')
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('reports best-effort storage when the browser says no', async () => {
    const { keepStoreOnLowDisk } = await freshModule()
    const storage = fakeStorage(false, false)
    await expect(keepStoreOnLowDisk(storage)).resolves.toBe('best-effort')
  })

  it('does not ask again when the store is already persistent (a browser could prompt twice)', async () => {
    const { keepStoreOnLowDisk } = await freshModule()
    const storage = fakeStorage(true, true)
    await expect(keepStoreOnLowDisk(storage)).resolves.toBe('persistent')
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it('asks only once per window, however often it is called', async () => {
    const { keepStoreOnLowDisk } = await freshModule()
    const storage = fakeStorage(false, false)
    const answers = await Promise.all([
      keepStoreOnLowDisk(storage),
      keepStoreOnLowDisk(storage),
      keepStoreOnLowDisk(storage),
    ])
    expect(answers).toEqual(['best-effort', 'best-effort', 'best-effort'])
    expect(storage.persisted).toHaveBeenCalledTimes(1)
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('never rejects: no StorageManager, or one that fails, gives "unknown"', async () => {
    const missing = await freshModule()
    await expect(missing.keepStoreOnLowDisk(undefined)).resolves.toBe('unknown')
    const failing = await freshModule()
    const storage = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => {
        throw new DOMException('denied', 'NotAllowedError')
      }),
    }
    await expect(failing.keepStoreOnLowDisk(storage)).resolves.toBe('unknown')
  })
})
