/**
 * The one writer of the store: a list of row changes (a command, or its
 * inverse for undo) written in one read-write transaction, after checking
 * that every row is still as the change expects. A row changed elsewhere
 * meanwhile (another window) stops the whole write with a ConflictError, so
 * nothing is half-written and no later change is overwritten. A disk that is
 * full comes back as one DiskFullError, however IndexedDB and Dexie wrapped it.
 */
import { Dexie, type Table } from 'dexie'
import {
  rowAfter,
  sameValue,
  stillAsBefore,
  tablesOf,
  type RowChange,
  type TableName,
} from '../commands/changes'
import { readyDb, type QuarterdeckDatabase } from './database'
import {
  asWriteError,
  ConflictError,
  DiskFullError,
  isDiskFull,
  NewerSchemaError,
  StoreReplacedError,
} from './errors'
import { makeSafeAfterDiskFull, noteDiskFull, ROOM_AFTER_DISK_FULL } from './logRollAfterDiskFull'
import { recoverOnceThereIsRoom } from './recoverAfterDiskFull'
import { hasRoomOnDisk } from './roomOnDisk'
import { forwardProgress } from '../../shared/jobProgress'

function tableOf(db: QuarterdeckDatabase, name: TableName): Table<{ id: string }, string> {
  return db[name] as unknown as Table<{ id: string }, string>
}

/**
 * A copy of what IndexedDB is given: its keys (ids, and the fields its
 * indexes cover) are turned into the browser's own strings, and Chromium
 * then makes each such JavaScript string "external" for good. The rows and
 * ids a command keeps (memory, Undo) would stay so: 200,000 external strings
 * after a 100,000-goal Create quarter (a heap snapshot of 2026-12-03), which
 * each of V8's major garbage collections goes through while the window
 * waits. The copies die young instead. A slice is 100 rows: the copy is a
 * fraction of a millisecond.
 */
function forTheStore<T>(values: T[]): T[] {
  return structuredClone(values)
}

/**
 * A creation whose row is already stored exactly as it would write it: a
 * write that the browser reported failed (a full disk at commit) may still
 * have landed, and trying again must not call that a conflict.
 */
function alreadyCreated(change: RowChange, stored: object | undefined): boolean {
  return change.before === null && stored !== undefined && sameValue(change.after, stored)
}

/** How far a write has come: the share of its rows checked and written, from 0 to 1. */
export type WriteProgress = (fraction: number) => void

/**
 * Writes `changes` whole or not at all; rejects with ConflictError when a row
 * has moved on, and with DiskFullError when the disk is full. `onProgress`
 * hears how far it has come, slice by slice (a 200,000-goal quarter takes
 * a minute to store), in steps of a hundredth at least.
 */
export async function writeChanges(
  changes: readonly RowChange[],
  onProgress?: WriteProgress,
): Promise<void> {
  if (changes.length === 0) return
  const db = await storeForWriting()
  const attempt: { transaction: IDBTransaction | null } = { transaction: null }
  // Each row is read once to check it, then written (or deleted) once; a new row is checked by
  // its add, and counts twice.
  const rowsDone = rowCounter(2 * changes.length, onProgress)
  try {
    await transact(db, changes, attempt, rowsDone)
  } catch (error) {
    // On a real full disk Chromium aborts the transaction with its IO error (errors.ts), while
    // the request that was running may only say "aborted": the transaction's error tells.
    const failure = await whyWriteFailed(
      asWriteError(isDiskFull(attempt.transaction?.error) ? attempt.transaction?.error : error),
    )
    diskWasFull = failure instanceof DiskFullError
    if (diskWasFull) {
      noteDiskFull()
      recoverOnceThereIsRoom()
    }
    throw failure
  }
  diskWasFull = false
  // Awaited (it never rejects) so the board stays busy, and a reload waits, until it is done.
  await makeSafeAfterDiskFull()
}

/**
 * A failure as the user should hear it. Chromium does not always name a full
 * disk: a write refused on a real full disk has also come back as a bare
 * "UnknownError: Unknown error" (seen in tests/e2e/real-disk-full.spec.ts).
 * A failure that is not one of the store's own refusals is therefore checked
 * against the disk, asked outside IndexedDB: without room it is the full disk
 * it is, so the user reads the disk-full sentence and the store is kept safe
 * (logRollAfterDiskFull.ts) as after any full disk.
 */
async function whyWriteFailed(failure: Error): Promise<Error> {
  if (
    failure instanceof DiskFullError ||
    failure instanceof ConflictError ||
    failure instanceof NewerSchemaError ||
    failure instanceof StoreReplacedError
  ) {
    return failure
  }
  return (await hasRoomOnDisk(ROOM_AFTER_DISK_FULL))
    ? failure
    : new DiskFullError({ cause: failure })
}

/** The last write found the disk full (none has landed since). */
let diskWasFull = false

/**
 * The store, opened again if the browser closed it. After a write refused on
 * a real full disk Chromium closes the connection, and opening it again fails
 * ("Internal error opening backing store") for as long as the disk stays
 * full: said as the full disk it is, not as Chromium's words. The store stays
 * as it was, and the next write once there is space opens it.
 */
async function storeForWriting(): Promise<QuarterdeckDatabase> {
  try {
    return await readyDb()
  } catch (error) {
    const ours = error instanceof NewerSchemaError || error instanceof StoreReplacedError
    if (diskWasFull && !ours) throw new DiskFullError({ cause: error })
    throw error
  }
}

/** Counts rows done out of `total` and tells `onProgress` the share, forward only. */
function rowCounter(total: number, onProgress?: WriteProgress): (rows: number) => void {
  if (!onProgress) return () => {}
  const tell = forwardProgress(onProgress)
  let done = 0
  tell(0)
  return (rows) => {
    done += rows
    tell(done / total)
  }
}

async function transact(
  db: QuarterdeckDatabase,
  changes: readonly RowChange[],
  attempt: { transaction: IDBTransaction | null },
  rowsDone: (rows: number) => void,
): Promise<void> {
  const names = tablesOf(changes)
  await db.transaction(
    'rw',
    names.map((name) => tableOf(db, name)),
    async (transaction) => {
      attempt.transaction = transaction.idbtrans
      for (const name of names) {
        const table = tableOf(db, name)
        const mine = changes.filter((change) => change.table === name && !isCreation(change))
        const created = changes.filter((change) => change.table === name && isCreation(change))
        const puts: { id: string }[] = []
        const deletes: string[] = []
        // Each slice is checked as it lands: checked at once, the 28,000 changed goals of a merge
        // held the window for over 70 ms.
        await inSlices(mine, async (slice) => {
          const current = await table.bulkGet(forTheStore(slice.map((change) => change.id)))
          rowsDone(slice.length)
          slice.forEach((change, index) => {
            const stored = current[index]
            if (alreadyCreated(change, stored)) return
            if (!stillAsBefore(change, stored)) throw new ConflictError(change, stored)
            const next = rowAfter(change, stored)
            if (next === null) deletes.push(change.id)
            else puts.push(next)
          })
        })
        // A row already as it would be written is neither: counted as done.
        rowsDone(mine.length - deletes.length - puts.length)
        await inSlices(deletes, (slice) =>
          table.bulkDelete(forTheStore(slice)).then(() => rowsDone(slice.length)),
        )
        await inSlices(puts, (slice) =>
          table.bulkPut(forTheStore(slice)).then(() => rowsDone(slice.length)),
        )
        await inSlices(created, async (slice) => {
          await addCreated(table, slice)
          rowsDone(2 * slice.length)
        })
      }
    },
  )
}

/** A change that makes a row: it expects no row with its id. */
function isCreation(change: RowChange): boolean {
  return change.before === null && change.after !== null
}

/**
 * Adds the rows of `created`, checked by the adding itself: IndexedDB
 * refuses to add a row whose id is in use (ConstraintError), and only those
 * are read, to tell a row already written (alreadyCreated) from a conflict.
 * Read first, as other changes are, each new row cost a get request as well
 * as its add: Create quarter of 50,000 goals (and their 50,000 history rows)
 * made 200,000 requests, and its write took 28-35 s; with the adds alone,
 * 20-26 s (side by side, 2026-12-03).
 */
async function addCreated(
  table: Table<{ id: string }, string>,
  created: readonly RowChange[],
): Promise<void> {
  try {
    await table.bulkAdd(forTheStore(created.map((change) => change.after as { id: string })))
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error
    const refused = Object.entries(error.failuresByPos).map(([position, failure]) => {
      // Anything but an id in use (a full disk) fails the write as itself.
      if (failure.name !== 'ConstraintError') throw failure
      return created[Number(position)] as RowChange
    })
    const stored = await table.bulkGet(forTheStore(refused.map((change) => change.id)))
    refused.forEach((change, index) => {
      if (!alreadyCreated(change, stored[index])) throw new ConflictError(change, stored[index])
    })
  }
}

/**
 * Rows read or written per request batch. IndexedDB clones each row on the
 * window's thread as it is asked for, so a backup of 30,000 goals asked for
 * at once held the window for over a second. In slices, the window runs
 * between them while the store works: a slice of 500 gets took up to 75 ms
 * on a loaded machine (where tasks stretch several times over), hence 100.
 * The slices are requests of the one transaction above, each asked for as
 * the one before lands (so the transaction stays open): the write is still
 * whole or not at all.
 */
export const ROWS_PER_SLICE = 100

/** Runs `work` on `items` a slice at a time, in order, each once the one before has landed. */
async function inSlices<T>(items: readonly T[], work: (slice: T[]) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += ROWS_PER_SLICE) {
    await work(items.slice(start, start + ROWS_PER_SLICE))
  }
}
