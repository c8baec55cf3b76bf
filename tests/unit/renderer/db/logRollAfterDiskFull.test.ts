/**
 * After a write refused on a full disk (src/renderer/db/logRollAfterDiskFull.ts):
 * nothing opens, reopens or writes the store until the disk has room again
 * (asked outside IndexedDB: roomOnDisk.ts, replaced here by a switch); then
 * the next open or landed write also writes and deletes a scratch database,
 * once, so Chromium's LevelDB retires the log the failed write may have torn.
 * The window looks for room by itself and does so without waiting for a
 * change. A start after a window closed on the full disk, and any other
 * window of the origin, know of it from localStorage.
 * Writes that never met a full disk pay nothing.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPlan } from '../../../../src/renderer/commands/planCommands'
import { newId } from '../../../../src/shared/ids'
import { refuseWrites } from './refuseWrites'

/** Whether the disk "has room": what roomOnDisk.ts would find. */
const disk = vi.hoisted(() => ({ room: true, asked: 0 }))
vi.mock('../../../../src/renderer/db/roomOnDisk', () => ({
  hasRoomOnDisk: async () => {
    disk.asked++
    return disk.room
  },
}))

/** A fresh copy of the modules (as at a start), sharing fake-indexeddb and localStorage. */
async function modules() {
  const database = await import('../../../../src/renderer/db/database')
  const errors = await import('../../../../src/renderer/db/errors')
  const logRoll = await import('../../../../src/renderer/db/logRollAfterDiskFull')
  const reads = await import('../../../../src/renderer/db/reads')
  const writes = await import('../../../../src/renderer/db/writeChanges')
  return { ...database, ...errors, ...logRoll, ...reads, ...writes }
}

/** localStorage as a browser keeps it, for the length of one test. */
function fakeLocalStorage(): Map<string, string> {
  const items = new Map<string, string>()
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  })
  return items
}

beforeEach(() => {
  vi.resetModules()
  disk.room = true
  disk.asked = 0
})

afterEach(async () => {
  ;(await import('../../../../src/renderer/db/database')).closeStore()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const quarter = (q: 1 | 2 | 3 | 4) =>
  createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: q })

/** The names of the databases opened from now on. */
function watchOpens(): string[] {
  const opened: string[] = []
  const open = indexedDB.open.bind(indexedDB)
  vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
    opened.push(name)
    return open(name, version)
  })
  return opened
}

/** Makes every write fail as a full disk does, until the returned function is called. */
function fillDisk(): () => void {
  return refuseWrites(() => new DOMException('The disk is full.', 'QuotaExceededError'))
}

type Modules = Awaited<ReturnType<typeof modules>>

/**
 * Store `name` opened with one quarter written, then a write refused on a
 * full disk, space freed again, and the connection closed as Chromium closes
 * it after a write refused on a real full disk.
 */
async function closedAfterRefusedWrite(m: Modules, name: string): Promise<void> {
  await m.openStore(name)
  await m.writeChanges(quarter(1).changes)
  const freeSpace = fillDisk()
  await expect(m.writeChanges(quarter(2).changes)).rejects.toBeInstanceOf(m.DiskFullError)
  freeSpace()
  const status = m.storeStatus()
  if (status.state !== 'open') throw new Error('the store should still count as open')
  status.db.close()
}

describe('after a full disk', () => {
  it('the next write that lands rolls the log once; other writes do not', async () => {
    const { openStore, writeChanges, readPlans, DiskFullError, LOG_ROLL_DATABASE } = await modules()
    await openStore(`quarterdeck-test-${newId()}`)
    const opened = watchOpens()
    await writeChanges(quarter(1).changes)
    expect(opened).toEqual([])
    expect(disk.asked, 'a write before any full disk asks for no room').toBe(0)

    const freeSpace = fillDisk()
    await expect(writeChanges(quarter(2).changes)).rejects.toBeInstanceOf(DiskFullError)
    expect(opened).toEqual([])

    freeSpace()
    await writeChanges(quarter(3).changes)
    expect(opened).toEqual([LOG_ROLL_DATABASE])
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(LOG_ROLL_DATABASE)
    expect((await readPlans()).map((plan) => plan.quarter).sort()).toEqual([1, 3])

    const asked = disk.asked
    await writeChanges(quarter(4).changes)
    expect(opened).toEqual([LOG_ROLL_DATABASE])
    expect(disk.asked, 'once made safe, writes ask for no room').toBe(asked)
  })

  it('while the disk has no room, the store is neither reopened nor written; with room it is, and made safe', async () => {
    const name = `quarterdeck-test-${newId()}`
    const m = await modules()
    await closedAfterRefusedWrite(m, name)
    const opened = watchOpens()
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')

    disk.room = false
    await expect(m.writeChanges(quarter(3).changes)).rejects.toBeInstanceOf(m.DiskFullError)
    await expect(m.readPlans()).rejects.toBeInstanceOf(m.DiskFullError)
    expect(opened, 'not reopened on a full disk').toEqual([])
    expect(transaction, 'nothing read or written on a full disk').not.toHaveBeenCalled()

    disk.room = true
    await m.writeChanges(quarter(3).changes)
    expect(opened).toEqual([name, m.LOG_ROLL_DATABASE])
    expect((await m.readPlans()).map((plan) => plan.quarter).sort()).toEqual([1, 3])
  })

  it('a start after the window closed on the full disk waits for room, then opens and makes the store safe', async () => {
    const items = fakeLocalStorage()
    const name = `quarterdeck-test-${newId()}`
    const first = await modules()
    await first.openStore(name)
    await first.writeChanges(quarter(1).changes)
    const freeSpace = fillDisk()
    await expect(first.writeChanges(quarter(2).changes)).rejects.toBeInstanceOf(first.DiskFullError)
    freeSpace()
    expect(items.get(first.DISK_FULL_NOT_SAFE_KEY)).toBe('1')
    first.closeStore()

    // The next start, on a disk still full.
    vi.resetModules()
    const next = await modules()
    const opened = watchOpens()
    disk.room = false
    await expect(next.openStore(name)).rejects.toBeInstanceOf(next.DiskFullError)
    expect(opened, 'not opened on a full disk').toEqual([])
    expect(next.storeStatus()).toMatchObject({ state: 'failed' })

    disk.room = true
    await next.openStore(name)
    await next.writeChanges(quarter(3).changes) // awaits the roll the open started
    expect(opened).toContain(next.LOG_ROLL_DATABASE)
    expect(items.has(next.DISK_FULL_NOT_SAFE_KEY), 'made safe: forgotten').toBe(false)
    expect((await next.readPlans()).map((plan) => plan.quarter).sort()).toEqual([1, 3])
  })

  it('a roll refused by the disk filling again leaves its scratch database for the next roll, and asks for room again', async () => {
    const m = await modules()
    await m.openStore(`quarterdeck-test-${newId()}`)
    const freeSpace = fillDisk()
    await expect(m.writeChanges(quarter(1).changes)).rejects.toBeInstanceOf(m.DiskFullError)
    freeSpace()

    // The user's write lands; the roll's first put meets the full disk again.
    const put = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'filler') throw new DOMException('The disk is full.', 'QuotaExceededError')
      return put.apply(this, args)
    })
    const deleted = vi.spyOn(indexedDB, 'deleteDatabase')
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await m.writeChanges(quarter(2).changes)
    expect(
      deleted,
      'no delete that could reopen the store while the log is in doubt',
    ).not.toHaveBeenCalled()

    vi.mocked(IDBObjectStore.prototype.put).mockRestore()
    const asked = disk.asked
    await m.writeChanges(quarter(3).changes)
    expect(disk.asked).toBe(asked + 1)
    expect(deleted).toHaveBeenCalledWith(m.LOG_ROLL_DATABASE)
    expect((await m.readPlans()).map((plan) => plan.quarter).sort()).toEqual([2, 3])
  })

  it('a store Chromium cannot open is a full disk when the disk has no room, and damaged only when it has', async () => {
    const m = await modules()
    const unreadable = new DOMException(
      'Internal error opening backing store for indexedDB.open.',
      'UnknownError',
    )
    vi.spyOn(m.QuarterdeckDatabase.prototype, 'open').mockRejectedValue(unreadable)

    disk.room = false
    await expect(m.openStore(`quarterdeck-test-${newId()}`)).rejects.toBeInstanceOf(m.DiskFullError)
    await expect(
      m.replaceDamagedStore(),
      'a store waiting for space is not replaced',
    ).rejects.toThrow('Only a goal store that cannot be opened is replaced.')

    disk.room = true
    await expect(m.openStore(`quarterdeck-test-${newId()}`)).rejects.toBe(unreadable)
    expect(m.storeStatus()).toMatchObject({ state: 'failed', error: unreadable })
  })

  it('a write refused with a bare UnknownError is a full disk when the disk has no room, and kept safe as one', async () => {
    const m = await modules()
    await m.openStore(`quarterdeck-test-${newId()}`)
    const writable = refuseWrites(() => new DOMException('Unknown error', 'UnknownError'))
    // With room, it is the error it is.
    await expect(m.writeChanges(quarter(1).changes)).rejects.toMatchObject({
      name: 'UnknownError',
    })
    disk.room = false
    await expect(m.writeChanges(quarter(1).changes)).rejects.toBeInstanceOf(m.DiskFullError)
    writable()
    const opened = watchOpens()
    await expect(
      m.writeChanges(quarter(2).changes),
      'nothing written until there is room',
    ).rejects.toBeInstanceOf(m.DiskFullError)
    disk.room = true
    await m.writeChanges(quarter(2).changes)
    expect(opened).toEqual([m.LOG_ROLL_DATABASE])
  })

  it('the window makes the store safe by itself once there is room, with no change asked for', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const items = fakeLocalStorage()
      const name = `quarterdeck-test-${newId()}`
      const m = await modules()
      await closedAfterRefusedWrite(m, name)
      const opened = watchOpens()

      disk.room = false
      const asked = disk.asked
      await vi.advanceTimersByTimeAsync(m.LOOK_FOR_ROOM_EVERY_MS)
      expect(disk.asked, 'it looked for room').toBe(asked + 1)
      expect(opened, 'not reopened on a full disk').toEqual([])
      await vi.advanceTimersByTimeAsync(m.LOOK_FOR_ROOM_EVERY_MS)
      expect(disk.asked, 'and looks again').toBe(asked + 2)

      disk.room = true
      await vi.advanceTimersByTimeAsync(m.LOOK_FOR_ROOM_EVERY_MS)
      await vi.waitFor(() => expect(items.has(m.DISK_FULL_NOT_SAFE_KEY)).toBe(false))
      expect(opened).toEqual([name, m.LOG_ROLL_DATABASE])
      expect((await m.readPlans()).map((plan) => plan.quarter)).toEqual([1])

      const after = disk.asked
      await vi.advanceTimersByTimeAsync(3 * m.LOOK_FOR_ROOM_EVERY_MS)
      expect(disk.asked, 'made safe: it stops looking').toBe(after)
    } finally {
      vi.useRealTimers()
    }
  })

  it("another window's full disk is honoured: no read without room, and the store made safe with it", async () => {
    const items = fakeLocalStorage()
    const m = await modules()
    await m.openStore(`quarterdeck-test-${newId()}`)
    await m.writeChanges(quarter(1).changes)
    // Another window of the origin met the full disk after this one started.
    items.set(m.DISK_FULL_NOT_SAFE_KEY, '1')
    const opened = watchOpens()

    disk.room = false
    await expect(m.readPlans()).rejects.toBeInstanceOf(m.DiskFullError)
    disk.room = true
    await m.writeChanges(quarter(2).changes)
    expect(opened).toEqual([m.LOG_ROLL_DATABASE])
    expect(items.has(m.DISK_FULL_NOT_SAFE_KEY)).toBe(false)
  })
})
