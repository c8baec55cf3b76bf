import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPlan } from '../../../../src/renderer/commands/planCommands'
import { closeStore, openStore, readyDb } from '../../../../src/renderer/db/database'
import { ConflictError, DiskFullError } from '../../../../src/renderer/db/errors'
import { readPlans } from '../../../../src/renderer/db/reads'
import { newId } from '../../../../src/shared/ids'
import { ROWS_PER_SLICE, writeChanges } from '../../../../src/renderer/db/writeChanges'
import type { RowChange } from '../../../../src/renderer/commands/changes'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
import { addGoals, planFixture, recordWrites, snapshot } from './storeFixture'
import { refuseWrites } from './refuseWrites'

afterEach(async () => {
  await allWritten()
  closeStore()
  vi.restoreAllMocks()
})

describe('writeChanges', () => {
  it('writes every table a list of changes touches in one transaction', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    const writes = await recordWrites(fixture.db)
    const changes: RowChange[] = [
      { table: 'goals', id: a!.id, before: a!, after: { ...a!, note: 'n' } },
      { table: 'goals', id: b!.id, before: b!, after: null },
      { table: 'teams', id: fixture.performance.id, before: fixture.performance, after: null },
    ]

    await writeChanges(changes)

    expect(writes.map((w) => [w.table, w.type, w.count])).toEqual([
      ['goals', 'delete', 1],
      ['goals', 'put', 1],
      ['teams', 'delete', 1],
    ])
    expect(new Set(writes.map((w) => w.transaction)).size).toBe(1)
    expect(await fixture.db.goals.get(a!.id)).toMatchObject({ note: 'n' })
    expect(await fixture.db.goals.get(b!.id)).toBeUndefined()
  })

  it('hands the store copies of the rows and ids it writes, never the command’s own objects', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    const added = { ...a!, id: newId(), note: 'new' }
    const changes: RowChange[] = [
      { table: 'goals', id: a!.id, before: a!, after: { ...a!, note: 'n' } },
      { table: 'goals', id: b!.id, before: b!, after: null },
      { table: 'goals', id: added.id, before: null, after: added },
    ]
    const puts = vi.spyOn(fixture.db.goals, 'bulkPut')
    const adds = vi.spyOn(fixture.db.goals, 'bulkAdd')
    const gets = vi.spyOn(fixture.db.goals, 'bulkGet')
    const deletes = vi.spyOn(fixture.db.goals, 'bulkDelete')
    await writeChanges(changes)

    const putRows = puts.mock.calls.flatMap(([rows]) => rows)
    const addedRows = adds.mock.calls.flatMap(([rows]) => rows)
    expect(putRows.map((row) => row.id)).toEqual([a!.id])
    expect(addedRows.map((row) => row.id)).toEqual([added.id])
    // Equal, but other objects: the store's keys are made from the copies.
    expect(addedRows[0]).toEqual(added)
    expect(addedRows[0]).not.toBe(added)
    // A new row is not read first: adding it refuses an id in use.
    expect(gets.mock.calls.flatMap(([keys]) => keys)).toEqual([a!.id, b!.id])
    expect(deletes.mock.calls.flatMap(([keys]) => keys)).toEqual([b!.id])
    expect(await fixture.db.goals.get(added.id)).toEqual(added)
  })

  it('writes nothing for no changes', async () => {
    const fixture = await planFixture()
    const writes = await recordWrites(fixture.db)
    await writeChanges([])
    expect(writes).toEqual([])
  })

  it('writes nothing at all when one row has moved on, and names it', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    await fixture.db.goals.update(b!.id, { rank: 'zz' })
    const before = await snapshot(fixture.db)
    const stale: RowChange = { table: 'goals', id: b!.id, before: b!, after: { ...b!, rank: 'y' } }

    const attempt = writeChanges([
      { table: 'goals', id: a!.id, before: a!, after: { ...a!, note: 'n' } },
      stale,
    ])

    await expect(attempt).rejects.toThrow(ConflictError)
    await expect(attempt).rejects.toMatchObject({ change: stale })
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('writes more rows than a slice in slices of one transaction, whole', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const writes = await recordWrites(fixture.db)
    const count = ROWS_PER_SLICE * 2 + 1
    const changes: RowChange[] = Array.from({ length: count }, (_, k) => {
      const goal = { ...a!, id: `many-${k}`, text: `Goal ${k}` }
      return { table: 'goals', id: goal.id, before: null, after: goal }
    })

    await writeChanges(changes)

    expect(writes.map((w) => [w.table, w.type, w.count])).toEqual([
      ['goals', 'add', ROWS_PER_SLICE],
      ['goals', 'add', ROWS_PER_SLICE],
      ['goals', 'add', 1],
    ])
    expect(new Set(writes.map((w) => w.transaction)).size).toBe(1)
    expect(await fixture.db.goals.count()).toBe(count + 1)
  })

  it('tells how far a write of many slices has come: forward only, in steps of a hundredth, 1 at the end', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    const created: RowChange[] = Array.from({ length: ROWS_PER_SLICE * 3 }, (_, k) => {
      const goal = { ...a!, id: `many-${k}`, text: `Goal ${k}` }
      return { table: 'goals', id: goal.id, before: null, after: goal }
    })
    const deleted: RowChange = { table: 'goals', id: b!.id, before: b!, after: null }
    const heard: number[] = []
    const landed: number[] = []
    const writes = await recordWrites(fixture.db)

    await writeChanges([...created, deleted], (fraction) => {
      heard.push(fraction)
      landed.push(writes.length)
    })

    expect(heard[0]).toBe(0)
    expect(heard.at(-1)).toBe(1)
    expect([...heard].sort((x, y) => x - y)).toEqual(heard)
    for (let k = 1; k < heard.length - 1; k++)
      expect(heard[k]! - heard[k - 1]!).toBeGreaterThanOrEqual(0.01)
    // Each slice written tells how far the write has come as it lands.
    const whileWriting = landed.filter((_, k) => heard[k]! > 0)
    expect(new Set(whileWriting).size).toBeGreaterThan(2)
    expect(landed.at(-1)).toBe(writes.length)
  })

  it('does not reach the end of a write refused on a moved row', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    await fixture.db.goals.update(a!.id, { rank: 'zz' })
    const heard: number[] = []
    const stale: RowChange = { table: 'goals', id: a!.id, before: a!, after: { ...a!, rank: 'y' } }
    await expect(writeChanges([stale], (fraction) => heard.push(fraction))).rejects.toThrow(
      ConflictError,
    )
    expect(heard.at(-1)).toBeLessThan(1)
  })

  it('writes nothing of many slices when a row of the last slice has moved on', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    await fixture.db.goals.update(a!.id, { rank: 'zz' })
    const before = await snapshot(fixture.db)
    const fresh: RowChange[] = Array.from({ length: ROWS_PER_SLICE * 2 }, (_, k) => {
      const goal = { ...a!, id: `many-${k}`, text: `Goal ${k}` }
      return { table: 'goals', id: goal.id, before: null, after: goal }
    })
    const stale: RowChange = { table: 'goals', id: a!.id, before: a!, after: { ...a!, rank: 'y' } }

    await expect(writeChanges([...fresh, stale])).rejects.toThrow(ConflictError)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('writes nothing of many slices when the transaction fails after some slices landed', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const before = await snapshot(fixture.db)
    const goals = Array.from({ length: ROWS_PER_SLICE * 3 }, (_, k) => ({
      ...a!,
      id: `many-${k}`,
      text: `Goal ${k}`,
    }))
    // The third slice fails as a full disk would, after two slices were added.
    const add = fixture.db.goals.bulkAdd.bind(fixture.db.goals)
    let calls = 0
    vi.spyOn(fixture.db.goals, 'bulkAdd').mockImplementation((...args) => {
      if (++calls === 3) throw new DOMException('disk full', 'QuotaExceededError')
      return add(...args)
    })
    const changes = goals.map((goal): RowChange => ({
      table: 'goals',
      id: goal.id,
      before: null,
      after: goal,
    }))

    await expect(writeChanges(changes)).rejects.toThrow(DiskFullError)
    expect(calls).toBe(3)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('refuses to create a row under an id in use, and to delete or change one that is gone', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const before = await snapshot(fixture.db)

    await expect(
      writeChanges([{ table: 'goals', id: a!.id, before: null, after: { ...a!, text: 'B' } }]),
    ).rejects.toThrow(
      'Some records have ids that are already used by another stored quarter; nothing was saved.',
    )
    const gone = { ...a!, id: 'gone' }
    await expect(
      writeChanges([{ table: 'goals', id: 'gone', before: gone, after: null }]),
    ).rejects.toThrow('This goal was changed in another window meanwhile')
    await expect(
      writeChanges([{ table: 'goals', id: 'gone', before: gone, after: { ...gone, note: 'x' } }]),
    ).rejects.toThrow(ConflictError)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('takes a creation already stored exactly so as done (a write that landed though reported failed)', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const before = await snapshot(fixture.db)

    await writeChanges([{ table: 'goals', id: a!.id, before: null, after: a! }])
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('adds the new rows of a slice in which another creation is already stored exactly so', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const fresh = { ...a!, id: newId(), text: 'New' }

    await writeChanges([
      { table: 'goals', id: a!.id, before: null, after: a! },
      { table: 'goals', id: fresh.id, before: null, after: fresh },
    ])

    expect(await fixture.db.goals.get(fresh.id)).toEqual(fresh)
    expect(await fixture.db.goals.get(a!.id)).toEqual(a)
  })

  it('keeps fields changed elsewhere that the change does not touch', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    await fixture.db.goals.update(a!.id, { text: 'A, reworded elsewhere' })

    await writeChanges([{ table: 'goals', id: a!.id, before: a!, after: { ...a!, note: 'n' } }])

    expect(await fixture.db.goals.get(a!.id)).toMatchObject({
      text: 'A, reworded elsewhere',
      note: 'n',
    })
  })
})

describe('writeChanges on a full disk', () => {
  const quarter = (q: 1 | 2 | 3 | 4) =>
    createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: q })

  /** What Chromium does after a write failed on a full disk: it closes the connection. */
  async function browserClosesStore() {
    const db = await readyDb()
    const connection = db.backendDB()
    connection.onclose?.call(connection, new Event('close'))
    expect(db.isOpen()).toBe(false)
    return db
  }

  /** Chromium's answer to opening the store again while the disk is still full. */
  const cannotOpen = () =>
    new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')

  it('says a store that cannot be opened again after a full disk is the full disk, and writes once it opens', async () => {
    await openStore(`quarterdeck-test-${newId()}`)
    await writeChanges(quarter(1).changes)
    const freeSpace = refuseWrites(
      () => new DOMException('The disk is full.', 'QuotaExceededError'),
    )
    await expect(writeChanges(quarter(2).changes)).rejects.toBeInstanceOf(DiskFullError)
    freeSpace()

    const db = await browserClosesStore()
    const open = vi.spyOn(db, 'open').mockRejectedValue(cannotOpen())
    // Tried again on the still-full disk: the same sentence, not Chromium's words.
    await expect(writeChanges(quarter(3).changes)).rejects.toBeInstanceOf(DiskFullError)

    open.mockRestore()
    await writeChanges(quarter(4).changes)
    expect((await readPlans()).map((plan) => plan.quarter).sort()).toEqual([1, 4])
  })

  it('passes on a store that cannot be opened again when no write met a full disk', async () => {
    await openStore(`quarterdeck-test-${newId()}`)
    await writeChanges(quarter(1).changes)
    const db = await browserClosesStore()
    vi.spyOn(db, 'open').mockRejectedValue(cannotOpen())
    const attempt = writeChanges(quarter(2).changes)
    await expect(attempt).rejects.toThrow('Internal error opening backing store')
    await expect(attempt).rejects.not.toBeInstanceOf(DiskFullError)
  })
})
