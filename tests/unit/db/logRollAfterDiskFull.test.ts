/**
 * After a write refused on a full disk, the next write that lands also
 * writes and deletes a scratch database (src/renderer/db/logRollAfterDiskFull.ts),
 * once, so Chromium's LevelDB retires the log the failed write may have torn.
 * Writes that never met a full disk do not pay for it.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPlan } from '../../../src/renderer/commands/planCommands'
import { closeStore, openStore } from '../../../src/renderer/db/database'
import { DiskFullError } from '../../../src/renderer/db/errors'
import { LOG_ROLL_DATABASE } from '../../../src/renderer/db/logRollAfterDiskFull'
import { readPlans } from '../../../src/renderer/db/reads'
import { writeChanges } from '../../../src/renderer/db/writeChanges'
import { newId } from '../../../src/shared/ids'

afterEach(() => {
  closeStore()
  vi.restoreAllMocks()
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

describe('after a full disk', () => {
  it('the next write that lands rolls the log once; other writes do not', async () => {
    await openStore(`quarterdeck-test-${newId()}`)
    const opened = watchOpens()
    await writeChanges(quarter(1).changes)
    expect(opened).toEqual([])

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError')
    })
    await expect(writeChanges(quarter(2).changes)).rejects.toBeInstanceOf(DiskFullError)
    expect(opened).toEqual([])

    put.mockRestore()
    await writeChanges(quarter(3).changes)
    expect(opened).toEqual([LOG_ROLL_DATABASE])
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(LOG_ROLL_DATABASE)
    expect((await readPlans()).map((plan) => plan.quarter).sort()).toEqual([1, 3])

    await writeChanges(quarter(4).changes)
    expect(opened).toEqual([LOG_ROLL_DATABASE])
  })
})
