/**
 * The store's adds and puts with their keys taken from the rows: Dexie
 * answers as before (keys, refusals, change events), and no request's result
 * is read, which in Chromium made a string with a weak handle per row.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Dexie, type Table } from 'dexie'
import { keysFromValuesMiddleware } from '../../../../src/renderer/db/keysFromValues'

interface Row {
  id: string
  planId: string
  text: string
}

let db: Dexie & { rows: Table<Row, string>; counters: Table<{ n?: number; text: string }, number> }
let resultsRead = 0
const resultOf = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'result')!

beforeEach(async () => {
  db = new Dexie(`keys-${Math.random()}`) as typeof db
  db.use(keysFromValuesMiddleware)
  db.version(1).stores({ rows: 'id, planId', counters: '++n' })
  await db.open()
  resultsRead = 0
  Object.defineProperty(IDBRequest.prototype, 'result', {
    ...resultOf,
    get(this: IDBRequest) {
      resultsRead++
      return resultOf.get!.call(this)
    },
  })
})

afterEach(() => {
  Object.defineProperty(IDBRequest.prototype, 'result', resultOf)
  db.close()
})

const rows = (count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, k) => ({ id: `r${from + k}`, planId: 'p', text: `Row ${k}` }))

describe('adds and puts keyed by the rows', () => {
  it('store every row and answer with their keys, reading no request’s result', async () => {
    expect(await db.rows.bulkAdd(rows(120))).toBe('r119')
    expect(await db.rows.bulkAdd(rows(3, 200), { allKeys: true })).toEqual(['r200', 'r201', 'r202'])
    expect(await db.rows.bulkPut(rows(120).map((row) => ({ ...row, text: 'Changed' })))).toBe(
      'r119',
    )
    expect(await db.rows.add({ id: 'one', planId: 'p', text: 'One' })).toBe('one')
    const writesRead = resultsRead
    expect(await db.rows.count()).toBe(124)
    expect((await db.rows.get('r7'))?.text).toBe('Changed')
    expect(writesRead).toBe(0)
  })

  it('refuse an id in use as Dexie does, adding the other rows of the same call', async () => {
    await db.rows.add({ id: 'r1', planId: 'p', text: 'Kept' })
    const refused = await db.rows.bulkAdd(rows(3)).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(Dexie.BulkError)
    const failures = (refused as InstanceType<typeof Dexie.BulkError>).failuresByPos
    expect(Object.keys(failures)).toEqual(['1'])
    expect(failures[1]?.name).toBe('ConstraintError')
    expect((await db.rows.toArray()).map((row) => `${row.id} ${row.text}`)).toEqual([
      'r0 Row 0',
      'r1 Kept',
      'r2 Row 2',
    ])
  })

  it('keep a refusal inside a transaction from undoing the rest of it', async () => {
    await db.rows.add({ id: 'r1', planId: 'p', text: 'Kept' })
    await db.transaction('rw', db.rows, async () => {
      await db.rows.bulkAdd(rows(3)).catch(() => {})
      await db.rows.put({ id: 'r9', planId: 'p', text: 'After' })
    })
    expect(await db.rows.count()).toBe(4)
  })

  it('still tell listeners which keys changed', async () => {
    const heard: string[] = []
    const listen = (parts: Record<string, unknown>) => heard.push(...Object.keys(parts))
    Dexie.on('storagemutated', listen)
    try {
      await db.rows.bulkAdd(rows(60))
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen)
    }
    expect(heard.some((part) => part.endsWith('/rows/'))).toBe(true)
  })

  it('leave generated keys to Dexie’s own layer', async () => {
    expect(await db.counters.bulkAdd([{ text: 'a' }, { text: 'b' }], { allKeys: true })).toEqual([
      1, 2,
    ])
  })
})
