/**
 * One string object per value for the fields that repeat across a quarter's
 * rows. Rows read from IndexedDB or sent by a worker are structured clones,
 * in which every occurrence of a string is a string object of its own: a
 * heap snapshot of a 100,000-goal quarter on its board (2026-12-03) held
 * 400,000 copies of the plan's id, 200,000 of its one team's id and 385,000
 * of "done", 2.7 million strings in all. V8's garbage collection pauses the
 * window for longer the more objects live, so equal values share one.
 */
import type { PlanDocument } from './model'

/** Each value seen, by itself: its first string object. */
export type StringPool = Map<string, string>

type QuarterTable = Exclude<keyof PlanDocument, 'plan'>

/**
 * The fields whose values repeat, per table: ids of the quarter, team, group
 * and goal a row belongs to, and statuses. A goal's own id is pooled so its
 * history rows' goalId shares it.
 */
export const REPEATED_FIELDS: { readonly [T in QuarterTable]: readonly string[] } = {
  teams: ['id', 'planId', 'parentId', 'managerLabel'],
  groups: ['id', 'planId', 'teamId'],
  goals: ['id', 'planId', 'teamId', 'groupId', 'status'],
  history: ['planId', 'goalId', 'from', 'to'],
  updates: ['planId', 'teamId'],
}

/** The repeated fields of rows of `table` (none for a table not of a quarter's rows). */
export function repeatedFieldsOf(table: string): readonly string[] {
  return (REPEATED_FIELDS as Partial<Record<string, readonly string[]>>)[table] ?? []
}

/**
 * Gives each of `fields` of `row` that holds a string the pool's string of
 * that value (the first one seen), so equal values share one object. The
 * row reads exactly as before: it is changed in place, but only to an equal
 * string (a frozen row is left as it is).
 */
export function shareStrings(row: object, fields: readonly string[], pool: StringPool): void {
  if (Object.isFrozen(row)) return
  const fieldsOf = row as Record<string, unknown>
  for (const field of fields) {
    const value = fieldsOf[field]
    if (typeof value !== 'string') continue
    const shared = pool.get(value)
    if (shared === undefined) pool.set(value, value)
    else fieldsOf[field] = shared
  }
}

/** shareStrings for each of `rows`, rows of `table` (src/renderer/db/quarterRead.ts reads them). */
export function shareRowStrings(table: string, rows: readonly object[], pool: StringPool): void {
  const fields = repeatedFieldsOf(table)
  for (const row of rows) shareStrings(row, fields, pool)
}
