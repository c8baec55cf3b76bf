/**
 * Lines up the rows of the three copies that are the same thing (the same
 * goal, team, ...): the base with each side first, then what both sides
 * added. Each identity gets the id it has in the merged document: the local
 * one when the row exists locally, so the store's rows keep their ids.
 */
import type { Pair } from './pairing'

/** Which copy. */
export type Side = 'base' | 'local' | 'remote'

/** One thing across the copies; a missing side does not have it. */
export interface Identity<R> {
  id: string
  base?: R
  local?: R
  remote?: R
}

/**
 * How two copies are paired: `idsOnly` when they share ids (copies of one
 * backup: a row keeps its id for life, so an unmatched id is a deleted or
 * added row, never a changed one); `byPosition` allows the weakest stage.
 */
export interface MatchMode {
  idsOnly: boolean
  byPosition: boolean
}

/** Pairs rows of two copies (indexes into the lists given). */
export type Matcher<R> = (
  x: { side: Side; rows: readonly R[] },
  y: { side: Side; rows: readonly R[] },
  mode: MatchMode,
) => Pair[]

/** True when the two copies have a row id in common. */
export function shareIds(x: readonly { id: string }[], y: readonly { id: string }[]): boolean {
  const ids = new Set(y.map((row) => row.id))
  return x.some((row) => ids.has(row.id))
}

/** The identities of one table, and each copy's id → merged id. */
export interface Identities<R> {
  list: Identity<R>[]
  mergedId: Record<Side, Map<string, string>>
}

/**
 * The identities of one table's rows in `base` (null: no base), `local` and
 * `remote`. Pairing against the base may use position; what both sides added
 * is paired only by what the rows say.
 */
export function identify<R extends { id: string }>(
  base: readonly R[] | null,
  local: readonly R[],
  remote: readonly R[],
  match: Matcher<R>,
  newId: () => string,
): Identities<R> {
  const list: Identity<R>[] = []
  const localOf = new Map<number, number>()
  const remoteOf = new Map<number, number>()
  if (base !== null) {
    const baseRows = { side: 'base' as const, rows: base }
    const withLocal = { idsOnly: shareIds(base, local), byPosition: true }
    for (const [b, l] of match(baseRows, { side: 'local', rows: local }, withLocal))
      localOf.set(b, l)
    const withRemote = { idsOnly: shareIds(base, remote), byPosition: true }
    for (const [b, r] of match(baseRows, { side: 'remote', rows: remote }, withRemote))
      remoteOf.set(b, r)
  }
  const usedLocal = new Set(localOf.values())
  const usedRemote = new Set(remoteOf.values())
  base?.forEach((row, b) => {
    const l = localOf.get(b)
    const r = remoteOf.get(b)
    list.push({
      id: '',
      base: row,
      ...(l === undefined ? {} : { local: local[l] }),
      ...(r === undefined ? {} : { remote: remote[r] }),
    })
  })
  const restLocal = local.filter((_, i) => !usedLocal.has(i))
  const restRemote = remote.filter((_, i) => !usedRemote.has(i))
  const pairs = match(
    { side: 'local', rows: restLocal },
    { side: 'remote', rows: restRemote },
    { idsOnly: shareIds(local, remote), byPosition: false },
  )
  const pairedRemote = new Set(pairs.map(([, r]) => r))
  const remoteFor = new Map(pairs)
  restLocal.forEach((row, l) => {
    const r = remoteFor.get(l)
    list.push({ id: '', local: row, ...(r === undefined ? {} : { remote: restRemote[r] }) })
  })
  restRemote.forEach((row, r) => {
    if (!pairedRemote.has(r)) list.push({ id: '', remote: row })
  })
  return { list: assignIds(list, local, newId), mergedId: idMaps(list) }
}

// The local id where there is one; else the other side's id unless a local
// row already has it (copies of one backup share ids); else a new one.
function assignIds<R extends { id: string }>(
  list: Identity<R>[],
  local: readonly R[],
  newId: () => string,
): Identity<R>[] {
  const used = new Set(local.map((row) => row.id))
  for (const identity of list) {
    if (identity.local) identity.id = identity.local.id
  }
  for (const identity of list) {
    if (identity.local) continue
    const candidate = [identity.remote?.id, identity.base?.id].find(
      (id) => id !== undefined && !used.has(id),
    )
    identity.id = candidate ?? newId()
    used.add(identity.id)
  }
  return list
}

function idMaps<R extends { id: string }>(list: Identity<R>[]): Record<Side, Map<string, string>> {
  const maps: Record<Side, Map<string, string>> = {
    base: new Map(),
    local: new Map(),
    remote: new Map(),
  }
  for (const identity of list) {
    for (const side of ['base', 'local', 'remote'] as const) {
      const row = identity[side]
      if (row) maps[side].set(row.id, identity.id)
    }
  }
  return maps
}
