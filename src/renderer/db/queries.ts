/**
 * Live queries for the UI: each hook re-renders its component when the rows
 * it read change, and returns undefined while loading (or while the store is
 * not open yet).
 *
 * Two windows stay in step without any code here: when a read-write
 * transaction commits, Dexie 4 fires its `storagemutated` event with the key
 * ranges written and posts them on a BroadcastChannel ("x-storagemutated-1");
 * every other window or tab of the same origin receives them and re-runs the
 * live queries whose ranges overlap. Electron windows all load the renderer
 * from the same app:// origin, and web-mode tabs share their origin, so both
 * see each other's writes.
 */
import { useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Goal, Plan, PriorityGroup, StatusUpdate, Team } from '../../shared/model'
import { compareRanks } from '../../shared/ranks'
import { storeStatus, subscribeStore, type QuarterdeckDatabase, type StoreStatus } from './database'

const byRank = <T extends { rank: string; id: string }>(a: T, b: T): number =>
  compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)

/** The open database, or null until openStore() has succeeded. */
function useOpenDb(): QuarterdeckDatabase | null {
  const status = useSyncExternalStore(subscribeStore, storeStatus, storeStatus)
  return status.state === 'open' ? status.db : null
}

/** Every stored quarter, newest first. */
export function usePlans(): Plan[] | undefined {
  const db = useOpenDb()
  return useLiveQuery(
    async () =>
      db
        ? (await db.plans.toArray()).sort(
            (a, b) =>
              b.fiscalYear - a.fiscalYear || b.quarter - a.quarter || b.createdAt - a.createdAt,
          )
        : undefined,
    [db],
  )
}

/** One quarter; null when it does not exist (deleted in another window, say). */
export function usePlan(planId: string | null | undefined): Plan | null | undefined {
  const db = useOpenDb()
  return useLiveQuery(
    async () => (db && planId ? ((await db.plans.get(planId)) ?? null) : undefined),
    [db, planId],
  )
}

/** A quarter's teams in page order. */
export function useTeams(planId: string | null | undefined): Team[] | undefined {
  const db = useOpenDb()
  return useLiveQuery(
    async () =>
      db && planId
        ? (await db.teams.where('planId').equals(planId).toArray()).sort(byRank)
        : undefined,
    [db, planId],
  )
}

/** A quarter's priority groups in rank order (filter by teamId for one team's). */
export function useGroups(planId: string | null | undefined): PriorityGroup[] | undefined {
  const db = useOpenDb()
  return useLiveQuery(
    async () =>
      db && planId
        ? (await db.groups.where('planId').equals(planId).toArray()).sort(byRank)
        : undefined,
    [db, planId],
  )
}

/**
 * A quarter's goals sorted by rank (ties by id). Ranks order goals within a
 * status column: group by status for the board.
 */
export function useGoals(planId: string | null | undefined): Goal[] | undefined {
  const db = useOpenDb()
  return useLiveQuery(
    async () =>
      db && planId
        ? (await db.goals.where('planId').equals(planId).toArray()).sort(byRank)
        : undefined,
    [db, planId],
  )
}

/** A quarter's dated status updates, by date then rank. */
export function useStatusUpdates(planId: string | null | undefined): StatusUpdate[] | undefined {
  const db = useOpenDb()
  return useLiveQuery(
    async () =>
      db && planId
        ? (await db.updates.where('planId').equals(planId).toArray()).sort(
            (a, b) => compareRanks(a.date, b.date) || byRank(a, b),
          )
        : undefined,
    [db, planId],
  )
}

/** The store's status, for the UI's "opening…" and error states. */
export function useStoreStatus(): StoreStatus {
  return useSyncExternalStore(subscribeStore, storeStatus, storeStatus)
}
