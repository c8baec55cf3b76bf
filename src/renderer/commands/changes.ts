/**
 * A change to the store as data: which rows of which tables, as they were
 * and as they become. Every user change is a list of these (a command), so
 * the same list is applied to the open quarter in memory, written to Dexie
 * in one transaction, and inverted for undo. Pure: no Dexie, no React.
 */
import type {
  Goal,
  Plan,
  PlanDocument,
  PriorityGroup,
  StatusChange,
  StatusUpdate,
  Team,
} from '../../shared/model'
import type { BackupBaseRow } from '../../shared/backup/backupBaseRows'
import type { WikiBaseRow } from '../../shared/wikiSync/baseRow'

/** The row type of each table of the store. */
export interface TableRows {
  plans: Plan
  teams: Team
  groups: PriorityGroup
  goals: Goal
  history: StatusChange
  updates: StatusUpdate
  /** Each quarter's wiki base: stored, never in the quarter in memory. */
  wikiBases: WikiBaseRow
  /** The backups each quarter was in step with: stored, never in the quarter in memory. */
  backupBases: BackupBaseRow
}

/** A table of the store. */
export type TableName = keyof TableRows

/** One row of one table: null before means created, null after means deleted. */
export type RowChange = {
  [T in TableName]: {
    table: T
    id: string
    before: TableRows[T] | null
    after: TableRows[T] | null
  }
}[TableName]

/**
 * Fields that say when, not what: they change with every write, so they are
 * neither compared for conflicts nor a reason to call two rows different.
 */
const BOOKKEEPING = new Set(['updatedAt'])

/** Equal values of a row's field (arrays of strings and plain objects included). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

/**
 * The fields an update changes (bookkeeping aside); every field for a
 * created or deleted row.
 */
export function touchedFields(change: RowChange): string[] {
  const before = change.before as Record<string, unknown> | null
  const after = change.after as Record<string, unknown> | null
  if (!before || !after)
    return Object.keys(before ?? after ?? {}).filter((k) => !BOOKKEEPING.has(k))
  return Object.keys(after).filter(
    (key) => !BOOKKEEPING.has(key) && !sameValue(before[key], after[key]),
  )
}

/**
 * True when `current` (the row as stored now, or undefined when there is
 * none) is still what `change` expects to find: absent for a creation, and
 * otherwise equal to `before` in every field the change touches. A change
 * made elsewhere to other fields does not stop it.
 */
export function stillAsBefore(change: RowChange, current: object | undefined): boolean {
  if (change.before === null) return current === undefined
  if (current === undefined) return false
  const before = change.before as unknown as Record<string, unknown>
  const now = current as Record<string, unknown>
  return touchedFields(change).every((key) => sameValue(before[key], now[key]))
}

/**
 * The row to store for `change` on top of `current`: the touched fields of
 * `after` over what is stored, so fields changed elsewhere survive; null to
 * delete.
 */
export function rowAfter<R extends object>(change: RowChange, current: R | undefined): R | null {
  const after = change.after as unknown as R | null
  if (after === null) return null
  if (change.before === null || current === undefined) return after
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) }
  const source = after as unknown as Record<string, unknown>
  for (const key of touchedFields(change)) merged[key] = source[key]
  for (const key of BOOKKEEPING) if (key in source) merged[key] = source[key]
  return merged as R
}

/** The changes that take `changes` back, in reverse order. */
export function invertChanges(changes: readonly RowChange[]): RowChange[] {
  return changes
    .map((change) => ({ ...change, before: change.after, after: change.before }) as RowChange)
    .reverse()
}

/** The tables a list of changes writes. */
export function tablesOf(changes: readonly RowChange[]): TableName[] {
  return [...new Set(changes.map((change) => change.table))]
}

/** Rows of a plan document's tables (plans aside), by table name. */
export type QuarterTables = Omit<PlanDocument, 'plan'>

/** The quarter tables a change can land in, in the document's field names. */
export const QUARTER_TABLES: readonly (keyof QuarterTables)[] = [
  'teams',
  'groups',
  'goals',
  'history',
  'updates',
]

/**
 * The row changes that take quarter `before` to quarter `after` (the same
 * quarter, as a rule in src/shared gives it back): rows added, deleted, and
 * replaced by another object. Rows a rule did not touch keep their identity
 * and are not compared field by field.
 */
export function documentChanges(before: PlanDocument, after: PlanDocument): RowChange[] {
  const changes: RowChange[] = []
  if (before.plan !== after.plan) {
    changes.push({ table: 'plans', id: after.plan.id, before: before.plan, after: after.plan })
  }
  for (const table of QUARTER_TABLES) {
    const old = before[table] as { id: string }[]
    const fresh = after[table] as { id: string }[]
    if (old === fresh) continue
    const oldById = new Map(old.map((row) => [row.id, row]))
    const freshIds = new Set<string>()
    for (const row of fresh) {
      freshIds.add(row.id)
      const was = oldById.get(row.id) ?? null
      // A rule may copy a row without changing it (a name set to what it was): no change.
      if (was !== row && !(was && sameValue(was, row))) {
        changes.push({ table, id: row.id, before: was, after: row } as RowChange)
      }
    }
    for (const row of old) {
      if (!freshIds.has(row.id))
        changes.push({ table, id: row.id, before: row, after: null } as RowChange)
    }
  }
  return changes
}
