/**
 * Adds and puts whose keys are taken from the rows, not read back from
 * IndexedDB. Dexie's IndexedDB layer reads every request's result, the key
 * it stored; Chromium hands each key over as a new string that V8 keeps as
 * an external string with a weak handle, and every garbage collection then
 * goes through all of them. Create quarter of 50,000 goals (100,000 adds)
 * paused the window in one collection for 100-230 ms, about 80 ms of it in
 * those handles; in a bare page, 100,000 adds that read their results gave a
 * collection 45-57 ms of weak-handle work, and none without (2026-12-03).
 *
 * Every table of the store keys its rows by a field of the row (inbound keys,
 * never generated), so the key of each row is known before it is written:
 * this middleware, the lowest of Dexie's stack, makes the requests itself and
 * answers with those keys, as Dexie's own layer would. Anything else (a
 * delete, keys given apart from the rows) goes to Dexie's layer as before.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
} from 'dexie'

type Write = Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>

function handledHere(table: DBCoreTable, req: DBCoreMutateRequest): req is Write {
  const key = table.schema.primaryKey
  return (
    (req.type === 'add' || req.type === 'put') &&
    !req.keys &&
    req.values.length > 0 &&
    typeof key.keyPath === 'string' &&
    key.extractKey !== null &&
    !key.outbound &&
    !key.autoIncrement
  )
}

/**
 * The requests of `req`, made as Dexie's layer makes them: a refused row
 * (an id in use, for an add) is counted and kept from aborting the
 * transaction; the response comes when the last request has.
 */
function write(table: DBCoreTable, req: Write): Promise<DBCoreMutateResponse> {
  // Dexie's IndexedDB layer passes the IDBTransaction itself as its transaction.
  const store = (req.trans as unknown as IDBTransaction).objectStore(table.name)
  return new Promise((resolve) => {
    const failures: Record<number, Error> = {}
    let numFailures = 0
    const done = () => {
      const keyOf = table.schema.primaryKey.extractKey as (value: unknown) => unknown
      const results = req.values.map(keyOf)
      resolve({ numFailures, failures, results, lastResult: results.at(-1) })
    }
    const requests = req.values.map((value: unknown, position) => {
      const request = req.type === 'add' ? store.add(value) : store.put(value)
      request.onerror = (event) => {
        numFailures++
        failures[position] = request.error ?? new Error('The row was not written.')
        event.stopPropagation()
        event.preventDefault()
        if (request === requests.at(-1)) done()
      }
      return request
    })
    // handledHere let in only requests with rows: there is a last one.
    requests.at(-1)!.onsuccess = done
  })
}

export const keysFromValuesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'KeysFromValues',
  // Below every middleware of Dexie's own (the lowest is -1): next to IndexedDB.
  level: -10,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      return {
        ...table,
        mutate: (req) => (handledHere(table, req) ? write(table, req) : table.mutate(req)),
      }
    },
  }),
}
