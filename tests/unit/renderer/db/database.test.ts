import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  closeStore,
  NewerSchemaError,
  openStore,
  readyDb,
  replaceDamagedStore,
  storeStatus,
} from '../../../../src/renderer/db/database'
import { readPlanDocument, readPlans } from '../../../../src/renderer/db/reads'
import { writeChanges } from '../../../../src/renderer/db/writeChanges'
import { createPlan as createPlanCommand } from '../../../../src/renderer/commands/planCommands'
import type { NewPlanInput } from '../../../../src/shared/plan'
import { newId } from '../../../../src/shared/ids'

afterEach(() => {
  closeStore()
  vi.restoreAllMocks()
})

/** Stores a new quarter through the store's one writer. */
async function createPlan(input: NewPlanInput) {
  const command = createPlanCommand(input)
  await writeChanges(command.changes)
  return command.plan
}

/** Writes a database the way a future Quarterdeck (schema 5) might. */
async function writeNewerDatabase(name: string): Promise<void> {
  const future = new Dexie(name)
  future.version(5).stores({ plans: 'id, department', milestones: 'id, planId' })
  await future.table('plans').add({ id: 'p1', department: 'Future' })
  await future.table('milestones').add({ id: 'm1', planId: 'p1' })
  future.close()
}

async function readRaw(name: string) {
  const raw = new Dexie(name)
  await raw.open()
  try {
    return {
      version: raw.verno,
      tables: raw.tables.map((t) => t.name).sort(),
      plans: await raw.table('plans').toArray(),
      milestones: await raw.table('milestones').toArray(),
    }
  } finally {
    raw.close()
  }
}

describe('openStore', () => {
  it('refuses a database written by a newer schema, says so, and leaves it untouched', async () => {
    const name = `quarterdeck-test-${newId()}`
    await writeNewerDatabase(name)
    const before = await readRaw(name)

    const attempt = openStore(name)

    await expect(attempt).rejects.toThrow(NewerSchemaError)
    await expect(attempt).rejects.toThrow(
      'This data was written by a newer version of Quarterdeck. Update Quarterdeck to open it; nothing was changed.',
    )
    expect(storeStatus()).toMatchObject({ state: 'failed' })
    // Writes refuse too, instead of opening the store behind the check's back.
    await expect(createPlan({ department: 'X', fiscalYear: 2019, quarter: 1 })).rejects.toThrow(
      NewerSchemaError,
    )
    expect(await readRaw(name)).toEqual(before)
    expect(before).toMatchObject({ version: 5, tables: ['milestones', 'plans'] })
  })

  it('steps aside and reports it when a newer Quarterdeck upgrades the database in another window', async () => {
    const name = `quarterdeck-test-${newId()}`
    await openStore(name)
    await createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 2 })

    await writeNewerDatabase(name)

    const status = storeStatus()
    expect(status.state === 'failed' && status.error).toBeInstanceOf(NewerSchemaError)
    await expect(createPlan({ department: 'X', fiscalYear: 2019, quarter: 1 })).rejects.toThrow(
      NewerSchemaError,
    )
    expect((await readRaw(name)).version).toBe(5)
  })

  it('upgrades a version 1 store to the newest, keeping its quarters and adding the wiki bases', async () => {
    const name = `quarterdeck-test-${newId()}`
    const old = new Dexie(name)
    old.version(1).stores({ plans: 'id', teams: 'id, planId' })
    await old.table('plans').add({ id: 'p1', department: 'Old' })
    old.close()
    await openStore(name)
    const db = await readyDb()
    expect(await db.plans.get('p1')).toMatchObject({ department: 'Old' })
    expect(await db.wikiBases.count()).toBe(0)
    closeStore()
    const raw = new Dexie(name)
    await raw.open()
    expect(raw.verno).toBe(4)
    raw.close()
  })

  it('upgrades a version 2 store to version 3, keeping its quarters and wiki bases and adding the backup bases', async () => {
    const name = `quarterdeck-test-${newId()}`
    const old = new Dexie(name)
    old.version(1).stores({ plans: 'id', teams: 'id, planId' })
    old.version(2).stores({ wikiBases: 'id' })
    await old.table('plans').add({ id: 'p1', department: 'Old' })
    await old.table('wikiBases').add({ id: 'p1', planId: 'p1', base: { revid: 7 } })
    old.close()
    await openStore(name)
    const db = await readyDb()
    expect(await db.plans.get('p1')).toMatchObject({ department: 'Old' })
    expect(await db.wikiBases.get('p1')).toMatchObject({ base: { revid: 7 } })
    expect(await db.backupBases.where('planId').equals('p1').count()).toBe(0)
  })

  it('upgrades a version 3 store to version 4, whose order indexes hold the goals and status changes stored before', async () => {
    const name = `quarterdeck-test-${newId()}`
    const old = new Dexie(name)
    old.version(1).stores({
      plans: 'id',
      teams: 'id, planId',
      groups: 'id, planId, teamId',
      goals: 'id, planId, [planId+status+rank], teamId, groupId',
      history: 'id, goalId, planId',
      updates: 'id, planId, teamId',
    })
    old.version(2).stores({ wikiBases: 'id' })
    old.version(3).stores({ backupBases: 'id, planId' })
    await old.table('plans').add({ id: 'p1', department: 'Old' })
    await old.table('goals').bulkAdd([
      { id: 'g2', planId: 'p1', status: 'todo', rank: 'b' },
      { id: 'g1', planId: 'p1', status: 'done', rank: 'a' },
    ])
    await old.table('history').bulkAdd([
      { id: 'h2', planId: 'p1', goalId: 'g1', at: 2 },
      { id: 'h1', planId: 'p1', goalId: 'g2', at: 1 },
    ])
    old.close()
    await openStore(name)
    const doc = await readPlanDocument('p1')
    expect(doc.goals.map((goal) => goal.id)).toEqual(['g1', 'g2'])
    expect(doc.history.map((change) => change.id)).toEqual(['h1', 'h2'])
    const db = await readyDb()
    expect(await db.goals.where('[planId+rank+id]').above(['p1']).primaryKeys()).toEqual([
      'g1',
      'g2',
    ])
    expect(await db.history.where('[planId+at+id]').above(['p1']).primaryKeys()).toEqual([
      'h1',
      'h2',
    ])
  })

  it('keeps the data across closing and opening again', async () => {
    const name = `quarterdeck-test-${newId()}`
    await openStore(name)
    const plan = await createPlan({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
    })
    closeStore()
    expect(storeStatus()).toEqual({ state: 'closed' })

    await openStore(name)

    expect((await readPlanDocument(plan.id)).plan).toEqual(plan)
  })

  it('opens the store again when the browser closed it (a write refused on a full disk)', async () => {
    const name = `quarterdeck-test-${newId()}`
    await openStore(name)
    const first = await createPlan({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
    })
    const db = await readyDb()
    const connection = db.backendDB()
    // What Chromium does after a write failed on a full disk: it closes the connection.
    connection.onclose?.call(connection, new Event('close'))
    expect(db.isOpen()).toBe(false)

    // The next read and write open it again, once, with no reload and no "Database has been closed".
    const [plans, again] = await Promise.all([readPlans(), readyDb()])
    expect(plans.map((plan) => plan.id)).toEqual([first.id])
    expect(again).toBe(db)
    expect(db.isOpen()).toBe(true)
    const second = await createPlan({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 3,
    })
    expect((await readPlanDocument(second.id)).plan).toEqual(second)
    expect(storeStatus()).toMatchObject({ state: 'open', name })
  })

  it('opens the same store once when asked twice at the same time', async () => {
    const name = `quarterdeck-test-${newId()}`
    await Promise.all([openStore(name), openStore(name)])
    const db = await readyDb()
    expect(db.name).toBe(name)
    expect(storeStatus()).toMatchObject({ state: 'open', name })
  })
})

describe('replaceDamagedStore', () => {
  it('replaces a store that cannot be opened with an empty one that can', async () => {
    const name = `quarterdeck-test-${newId()}`
    await openStore(name)
    await createPlan({ department: 'Lost', fiscalYear: 2019, quarter: 2 })
    closeStore()
    // What Chromium says when the files on disk are damaged.
    vi.spyOn(indexedDB, 'databases').mockRejectedValueOnce(
      new DOMException('Internal error opening backing store', 'UnknownError'),
    )
    await expect(openStore(name)).rejects.toThrow('Internal error opening backing store')
    expect(storeStatus()).toMatchObject({ state: 'failed', name })

    await replaceDamagedStore()

    expect(storeStatus()).toMatchObject({ state: 'open', name })
    expect(await readPlans()).toEqual([])
    const plan = await createPlan({ department: 'Restored', fiscalYear: 2019, quarter: 2 })
    expect((await readPlanDocument(plan.id)).plan.department).toBe('Restored')
  })

  it('never replaces a store a newer Quarterdeck wrote, nor one that opened', async () => {
    const name = `quarterdeck-test-${newId()}`
    await writeNewerDatabase(name)
    const before = await readRaw(name)
    await expect(openStore(name)).rejects.toThrow(NewerSchemaError)

    await expect(replaceDamagedStore()).rejects.toThrow(/Only a goal store that cannot be opened/)

    expect(await readRaw(name)).toEqual(before)
    await openStore(`quarterdeck-test-${newId()}`)
    await expect(replaceDamagedStore()).rejects.toThrow(/Only a goal store that cannot be opened/)
  })
})
