/**
 * The Dexie database behind the board: its schema, its migrations and its
 * opening. Only writeChanges.ts writes to it; reads.ts reads it into the
 * quarter in memory (store/quarterSync.ts), which the UI renders from.
 */
import { Dexie, type EntityTable } from 'dexie'
import type {
  Goal,
  Plan,
  PriorityGroup,
  StatusChange,
  StatusUpdate,
  Team,
} from '../../shared/model'
import type { BackupBaseRow } from '../../shared/backup/backupBaseRows'
import type { WikiBaseRow } from '../../shared/wikiSync/baseRow'
import { DiskFullError, NewerSchemaError, StoreReplacedError } from './errors'
import { markStartup } from '../startupMarks'
import {
  makeSafeAfterDiskFull,
  refuseWhileDiskFull,
  ROOM_AFTER_DISK_FULL,
} from './logRollAfterDiskFull'
import { hasRoomOnDisk } from './roomOnDisk'
import { keysFromValuesMiddleware } from './keysFromValues'

export { NewerSchemaError } from './errors'

import { DATABASE_NAME, SCHEMA_VERSION, schemaVersionOf } from './storeName'

export { DATABASE_NAME, SCHEMA_VERSION } from './storeName'

/**
 * Indexes per table, as Dexie writes them (primary key first). Only fields
 * that reads filter or sort on are indexed: every index costs a write.
 * `[planId+status+rank]` serves both "the goals of one column" and "the
 * neighbours of a drop position" (moveGoal) in index order, so a move reads a
 * couple of rows instead of a whole column. Dexie also answers queries on its
 * prefix `[planId+status]` from it.
 */
const SCHEMA_V1 = {
  plans: 'id',
  teams: 'id, planId',
  groups: 'id, planId, teamId',
  goals: 'id, planId, [planId+status+rank], teamId, groupId',
  history: 'id, goalId, planId',
  updates: 'id, planId, teamId',
} as const

/**
 * Version 2 adds each quarter's wiki base (the revision last published or
 * pulled, with the quarter as it held it: shared/wikiSync/base.ts), one row
 * per quarter keyed by its plan id. A table of its own, not a field of the
 * plan, because it is the wiki's copy, not the user's settings: it never goes
 * into backups or the quarter in memory, and a pull writes it in the same
 * transaction as the merge, so one Undo takes both back.
 */
const SCHEMA_V2 = { wikiBases: 'id' } as const

/**
 * Version 3 adds each quarter's backup bases: the last few backup files it
 * was in step with (saved or opened here), with the quarter as each holds
 * it (shared/backup/backupBaseRows.ts), so Merge backup… can merge three
 * ways against a backup both copies descend from. One row per quarter and
 * backup; indexed by quarter, to read and delete a quarter's rows. Like
 * the wiki base, never in the quarter in memory. The quarter is now stored
 * as JSON text; rows written before hold it as an object. Both are read,
 * so the change needs no version of its own.
 */
const SCHEMA_V3 = { backupBases: 'id, planId' } as const

/**
 * Version 4 orders a quarter's goals and status changes in indexes, as the
 * app shows them: `[planId+rank+id]` and `[planId+at+id]`. The open quarter
 * is then read a page at a time, each page going on after the last row's
 * key (quarterRead.ts), already in order: one read of a 100,000-goal
 * quarter held the window for about 200 ms, and sorting it took more. Only
 * indexes are added; no row changes.
 */
const SCHEMA_V4 = {
  goals: 'id, planId, [planId+status+rank], teamId, groupId, [planId+rank+id]',
  history: 'id, goalId, planId, [planId+at+id]',
} as const

/** The tables of the store, typed with the domain model. */
export class QuarterdeckDatabase extends Dexie {
  // `declare`: Dexie creates the table properties itself in version().stores();
  // a class field would overwrite them with undefined.
  declare plans: EntityTable<Plan, 'id'>
  declare teams: EntityTable<Team, 'id'>
  declare groups: EntityTable<PriorityGroup, 'id'>
  declare goals: EntityTable<Goal, 'id'>
  declare history: EntityTable<StatusChange, 'id'>
  declare updates: EntityTable<StatusUpdate, 'id'>
  declare wikiBases: EntityTable<WikiBaseRow, 'id'>
  declare backupBases: EntityTable<BackupBaseRow, 'id'>

  constructor(name: string = DATABASE_NAME) {
    // autoOpen off: nothing may touch the data before openStore() has checked
    // that this build understands its schema.
    super(name, { autoOpen: false })
    this.use(keysFromValuesMiddleware)
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2)
    this.version(3).stores(SCHEMA_V3)
    this.version(4).stores(SCHEMA_V4)
    /*
     * Migrations. Never edit a released version's schema; add a version:
     *
     *   this.version(2)
     *     .stores({ goals: 'id, planId, [planId+status+rank], teamId, groupId, dueDate' })
     *     .upgrade(async (tx) => {
     *       await tx.table('goals').toCollection().modify((goal) => { goal.dueDate = null })
     *     })
     *
     * then raise SCHEMA_VERSION to 2. Dexie runs every upgrade between the
     * stored version and the newest, inside the upgrade transaction, so a
     * failed migration leaves the old data as it was. Tables listed with
     * `null` are deleted; unlisted tables keep their previous schema. A backup
     * file written by an older version still imports: the backup reader
     * converts old documents, not this module.
     */
  }

  /** Every table, for transactions that span the whole store. */
  allTables(): Dexie.Table[] {
    return [
      this.plans,
      this.teams,
      this.groups,
      this.goals,
      this.history,
      this.updates,
      this.wikiBases,
      this.backupBases,
    ]
  }
}

/** Where the store is in its life; the UI shows a message for `failed`. */
export type StoreStatus =
  | { state: 'closed' }
  | { state: 'opening'; name: string }
  | { state: 'open'; name: string; db: QuarterdeckDatabase }
  | { state: 'failed'; name: string; error: Error }

let status: StoreStatus = { state: 'closed' }
let opening: Promise<QuarterdeckDatabase> | null = null
const listeners = new Set<() => void>()

function setStatus(next: StoreStatus): void {
  status = next
  for (const listener of listeners) listener()
}

/** The store's current status (a stable object until it changes). */
export function storeStatus(): StoreStatus {
  return status
}

/** Calls `listener` whenever the status changes; returns the unsubscribe function. */
export function subscribeStore(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Schema version of an existing database, or 0 when there is none. Asks
 * IndexedDB's list of databases where it has one (one round trip, nothing
 * opened); elsewhere opens the database without a version (Dexie's dynamic
 * mode), which never upgrades or writes.
 */
async function installedSchemaVersion(name: string): Promise<number> {
  if (typeof indexedDB.databases === 'function') {
    const found = (await indexedDB.databases()).find((info) => info.name === name)
    return found?.version ? schemaVersionOf(found.version) : 0
  }
  const probe = new Dexie(name, { autoOpen: false })
  try {
    await probe.open()
    // Dexie reports the schema version (IndexedDB's version / 10), possibly 1.1 after a patch.
    return Math.floor(probe.verno)
  } catch (error) {
    if (error instanceof Error && error.name === Dexie.errnames.NoSuchDatabase) return 0
    throw error
  } finally {
    probe.close()
  }
}

async function openChecked(name: string): Promise<QuarterdeckDatabase> {
  const found = await installedSchemaVersion(name)
  if (found > SCHEMA_VERSION) throw new NewerSchemaError(found, SCHEMA_VERSION)
  const db = new QuarterdeckDatabase(name)
  db.on('versionchange', (event) => {
    // Another window is upgrading (a newer Quarterdeck) or deleting the
    // database. Dexie has already closed this connection so that can go
    // ahead; without autoOpen it stays closed, so report why instead of
    // failing every later write with a bare "database closed".
    if (status.state !== 'open' || status.db !== db) return
    const version = event.newVersion === null ? 0 : schemaVersionOf(event.newVersion)
    const error =
      version > SCHEMA_VERSION
        ? new NewerSchemaError(version, SCHEMA_VERSION)
        : new StoreReplacedError()
    setStatus({ state: 'failed', name, error })
  })
  await db.open()
  return db
}

/**
 * Opens the store (the app's database unless `name` is given: tests use
 * their own). Resolves when reads and writes can start. Rejects with
 * NewerSchemaError, leaving the data untouched, when a newer Quarterdeck
 * wrote it. Calling it again while open or opening returns the same store;
 * another name closes the current one first.
 */
export async function openStore(name: string = DATABASE_NAME): Promise<void> {
  await openStoreDb(name)
}

async function openStoreDb(name: string): Promise<QuarterdeckDatabase> {
  if (status.state === 'open' && status.name === name) return status.db
  if (status.state === 'opening' && status.name === name && opening) return opening
  closeStore()
  setStatus({ state: 'opening', name })
  const attempt = refuseWhileDiskFull().then(() => openChecked(name))
  opening = attempt
  try {
    const db = await attempt
    if (opening !== attempt) {
      // Closed or reopened under another name meanwhile.
      db.close()
      throw new Error('The goal store was closed while it was opening.')
    }
    markStartup('store-open')
    setStatus({ state: 'open', name, db })
    void makeSafeAfterDiskFull()
    return db
  } catch (error) {
    const failure = await asOpenFailure(error)
    if (opening === attempt) {
      setStatus({ state: 'failed', name, error: failure })
    }
    throw failure
  } finally {
    if (opening === attempt) opening = null
  }
}

/**
 * Why the store did not open, as the user should hear it. Chromium cannot
 * open a store on a full disk ("Internal error opening backing store", the
 * same words as for damaged files): when the disk has no room, that is a
 * full disk, and the app waits for space rather than offer to replace a
 * store that is only waiting for it.
 */
async function asOpenFailure(error: unknown): Promise<Error> {
  if (error instanceof NewerSchemaError || error instanceof DiskFullError) return error
  if (!(await hasRoomOnDisk(ROOM_AFTER_DISK_FULL))) return new DiskFullError({ cause: error })
  return asError(error)
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * Deletes a store that could not be opened and opens an empty one in its
 * place. Only for a store that failed to open for a reason other than a
 * newer schema: the desktop app copies its files aside first
 * (platform.keepDamagedStore), and the caller restores a backup into it.
 */
export async function replaceDamagedStore(): Promise<void> {
  const { error } = status.state === 'failed' ? status : { error: null }
  if (
    !error ||
    error instanceof NewerSchemaError ||
    error instanceof StoreReplacedError ||
    error instanceof DiskFullError
  ) {
    throw new Error('Only a goal store that cannot be opened is replaced.')
  }
  const name = status.state === 'failed' ? status.name : DATABASE_NAME
  closeStore()
  await Dexie.delete(name)
  await openStoreDb(name)
}

/** Closes the store; the next openStore() opens it again. */
export function closeStore(): void {
  opening = null
  if (status.state === 'open') status.db.close()
  if (status.state !== 'closed') setStatus({ state: 'closed' })
}

/**
 * The open database for reads and writes: opens the default store first when
 * nothing has opened one yet, so a write can never skip the schema check.
 * After a full disk not yet made safe it first asks for room outside
 * IndexedDB, and rejects with DiskFullError, touching nothing, without it
 * (logRollAfterDiskFull.ts says why).
 */
export async function readyDb(): Promise<QuarterdeckDatabase> {
  await refuseWhileDiskFull()
  if (status.state === 'open') return status.db.isOpen() ? status.db : reopened(status.db)
  if (status.state === 'opening' && opening) return opening
  if (status.state === 'failed') throw status.error
  return openStoreDb(DATABASE_NAME)
}

let reopening: Promise<QuarterdeckDatabase> | null = null

/**
 * The browser closes the connection on its own when its storage fails: on a
 * real full disk Chromium aborts the write (QuotaExceededError) and then
 * closes every connection to the database. Dexie leaves a database without
 * autoOpen closed, so every later read and write would fail with "Database
 * has been closed" until a reload; it is opened again instead, on the next
 * use, so the app recovers by itself once there is space.
 */
function reopened(db: QuarterdeckDatabase): Promise<QuarterdeckDatabase> {
  reopening ??= db
    .open()
    .then(() => {
      void makeSafeAfterDiskFull()
      return db
    })
    .finally(() => {
      reopening = null
    })
  return reopening
}
