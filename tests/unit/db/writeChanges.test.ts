import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import { ConflictError } from '../../../src/renderer/db/errors'
import { writeChanges } from '../../../src/renderer/db/writeChanges'
import type { RowChange } from '../../../src/renderer/commands/changes'
import { allWritten } from '../../../src/renderer/store/quarterSync'
import { addGoals, planFixture, recordWrites, snapshot } from './storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
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
