/**
 * Errors the store reports to the UI. Their messages are written for the
 * person using the app and can be shown as they are.
 */
import { diskFullSentence } from '../../shared/diskFull'
import type { WikiBaseRow } from '../../shared/wikiSync/baseRow'
import type { RowChange } from '../commands/changes'

/**
 * Input the store refused. Always thrown before anything is written, so the
 * stored data is exactly as it was.
 */
export class ValidationError extends Error {
  override name = 'ValidationError'
}

const THINGS: Record<RowChange['table'], string> = {
  plans: 'quarter',
  teams: 'team',
  groups: 'priority group',
  goals: 'goal',
  history: 'goal history',
  updates: 'status update',
  wikiBases: 'quarter’s wiki revision (last published or pulled)',
  backupBases: 'record of a backup the quarter was in step with',
}

/**
 * What moved a quarter's wiki base on since a change read it. A publish is
 * not a command (it cannot be undone on the wiki), so a pull undone after a
 * publish finds the published revision: that is what happened, not another
 * window's edit.
 */
function baseMovedOn(found: WikiBaseRow): string {
  const how =
    found.via === 'published'
      ? 'published to the wiki'
      : found.via === 'pulled'
        ? 'pulled from the wiki again'
        : 'published to or pulled from the wiki'
  return `This quarter was ${how} since (revision ${found.base.revid})`
}

/** What a refused write was doing, when it is known: a command run, undone or done again. */
export type ConflictStep = 'run' | 'undo' | 'redo'

const BASE_STEP: Record<ConflictStep, string> = {
  run: 'so nothing was changed here',
  undo: 'so the pull can no longer be taken back; nothing was changed',
  redo: 'so the pull can no longer be done again; nothing was changed',
}

function conflictMessage(change: RowChange, found: unknown, step: ConflictStep): string {
  if (change.table === 'wikiBases' && found)
    return `${baseMovedOn(found as WikiBaseRow)}, ${BASE_STEP[step]}.`
  return change.before === null
    ? `Some records have ids that are already used by another stored quarter; nothing was saved.`
    : `This ${THINGS[change.table]} was changed in another window meanwhile, so nothing was changed here.`
}

/**
 * A write found a row other than it expected: changed, added or deleted
 * since this one read it (in another window, or a quarter's wiki base moved
 * on by a publish). `found` is the row as stored, when known. Nothing was written.
 */
export class ConflictError extends Error {
  override name = 'ConflictError'
  constructor(
    readonly change: RowChange,
    readonly found?: unknown,
    step: ConflictStep = 'run',
  ) {
    super(conflictMessage(change, found, step))
  }

  /** The same refusal, said of an undo or a redo. */
  during(step: ConflictStep): ConflictError {
    return new ConflictError(this.change, this.found, step)
  }
}

/** The message shown when the database was written by a newer Quarterdeck. */
export const NEWER_SCHEMA_MESSAGE =
  'This data was written by a newer version of Quarterdeck. Update Quarterdeck to open it; nothing was changed.'

/**
 * The database on disk has a newer schema than this build knows. The store
 * stays closed; nothing was read into the app or written.
 */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError'
  /** Schema version found on disk, and the newest this build understands. */
  constructor(
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(NEWER_SCHEMA_MESSAGE)
  }
}

/**
 * Another window deleted or replaced the store this window had open (it
 * restored a backup into a damaged store, say). Reloading shows what is there now.
 */
export class StoreReplacedError extends Error {
  override name = 'StoreReplacedError'
  constructor() {
    super('Another window deleted or replaced the goal data. Reload to continue.')
  }
}

/** The one sentence shown when a write found the disk full. */
export const DISK_FULL_MESSAGE = diskFullSentence(
  'this change was not saved (what you typed is kept)',
)

/**
 * A write the browser refused because the disk (or the browser's share of
 * it) is full. Nothing of it was written; the next write, once space is
 * back, works as usual.
 */
export class DiskFullError extends Error {
  override name = 'DiskFullError'
  constructor(options?: { cause?: unknown }) {
    super(DISK_FULL_MESSAGE, options)
  }
}

/** How Chromium's IndexedDB names a write that found no space on the disk. */
const CHROMIUM_NO_SPACE = 'FILE_ERROR_NO_SPACE'

/** How deep into wrapped errors isDiskFull looks (a cycle must not hang it). */
const MAX_WRAPPING = 8

/**
 * Whether an error from IndexedDB (or Dexie around it) says the disk is
 * full: a DOMException or Dexie error named QuotaExceededError, Chromium's
 * UnknownError for a LevelDB write with no space left, or one that
 * carries it inside (Dexie's AbortError and BulkError wrap the cause in
 * `inner`, `failures` or `cause`).
 */
export function isDiskFull(error: unknown, depth = 0): boolean {
  if (depth > MAX_WRAPPING || typeof error !== 'object' || error === null) return false
  if (error instanceof DiskFullError) return true
  const found = error as {
    name?: unknown
    message?: unknown
    inner?: unknown
    cause?: unknown
    failures?: unknown
  }
  if (found.name === 'QuotaExceededError') return true
  // Chromium, when its LevelDB write meets the full disk: an UnknownError naming the IO error.
  if (
    found.name === 'UnknownError' &&
    typeof found.message === 'string' &&
    found.message.includes(CHROMIUM_NO_SPACE)
  )
    return true
  if (isDiskFull(found.inner, depth + 1) || isDiskFull(found.cause, depth + 1)) return true
  const failures = found.failures
  if (failures && typeof failures === 'object') {
    return Object.values(failures).some((failure) => isDiskFull(failure, depth + 1))
  }
  return false
}

/** A write's error as the user reads it: a full disk becomes DiskFullError. */
export function asWriteError(error: unknown): Error {
  if (error instanceof DiskFullError) return error
  if (isDiskFull(error)) return new DiskFullError({ cause: error })
  return error instanceof Error ? error : new Error(String(error))
}
