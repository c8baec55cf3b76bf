/**
 * What the board's first screen shows, reduced to one key: every quarter (the
 * header lists them), the quarter shown, its teams and priority groups, and
 * each column's first goals and count. A stored snapshot of the first screen
 * is painted only when its key equals the key of what the startup read finds
 * in the store, so it can never show a board that has changed since.
 *
 * In the entry chunk (the startup read's check runs before the app's script),
 * so it stays small.
 */
import type { Plan, PriorityGroup, Team } from '../../shared/model'
import { STATUS_IDS } from '../../shared/statuses'
import type { FirstGoals } from '../db/startupRead'

/** Every row the first screen shows, in the orders the startup read gives. */
export interface FirstScreenRows {
  plans: readonly Plan[]
  planId: string
  teams: readonly Team[]
  groups: readonly PriorityGroup[]
  goals: FirstGoals
}

// cyrb53 (public domain): a fast 53-bit string hash. Not cryptographic; with
// the text's length beside it, two different first screens sharing a key is
// far less likely than any other way a start can go wrong.
function hash53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** The key of a first screen: equal rows, equal keys; any change to them, a new key. */
export function firstScreenKey(rows: FirstScreenRows): string {
  // Records are compared as stored (IndexedDB hands back the same property
  // order every time); counts by status, whatever order they were found in.
  const counts = STATUS_IDS.map((status) => rows.goals.counts[status] ?? 0)
  const text = JSON.stringify([
    rows.planId,
    rows.plans,
    rows.teams,
    rows.groups,
    rows.goals.goals,
    counts,
  ])
  return `${text.length.toString(36)}-${hash53(text).toString(36)}`
}
