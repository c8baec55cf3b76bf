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
import { useEffect, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Goal, Plan, PriorityGroup, StatusUpdate, Team } from '../../shared/model'
import { compareRanks } from '../../shared/ranks'
import { markStartup } from '../startupMarks'
import { storeStatus, subscribeStore, type QuarterdeckDatabase, type StoreStatus } from './database'
import { byRank, newestPlanFirst } from './rowOrder'
import {
  releaseStartupPart,
  startupRows,
  subscribeStartupRows,
  type FirstGoals,
  type StartupRows,
} from './startupRead'

type StartupPart = 'plans' | 'teams' | 'groups' | 'goals'

/**
 * `live` once it has arrived; until then the startup read's rows of `part`
 * (for `planId`, when given), so the board can paint before the store is
 * open. The first live result drops those rows for good.
 */
function useUntilLive<P extends StartupPart, Live>(
  part: P,
  planId: string | null | undefined,
  live: Live | undefined,
): Live | NonNullable<StartupRows[P]> | undefined {
  const early = useSyncExternalStore(subscribeStartupRows, startupRows, startupRows)
  const arrived = live !== undefined
  useEffect(() => {
    if (arrived) releaseStartupPart(part)
  }, [arrived, part])
  if (arrived) return live
  if (!early || (planId !== undefined && early.planId !== planId)) return undefined
  return early[part] ?? undefined
}

/** The open database, or null until openStore() has succeeded. */
function useOpenDb(): QuarterdeckDatabase | null {
  const status = useSyncExternalStore(subscribeStore, storeStatus, storeStatus)
  return status.state === 'open' ? status.db : null
}

/** Every stored quarter, newest first. */
export function usePlans(): Plan[] | undefined {
  const db = useOpenDb()
  const live = useLiveQuery(async () => {
    if (!db) return undefined
    const plans = (await db.plans.toArray()).sort(newestPlanFirst)
    markStartup('plans-read')
    return plans
  }, [db])
  return useUntilLive('plans', undefined, live)
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
  const live = useLiveQuery(
    async () =>
      db && planId
        ? (await db.teams.where('planId').equals(planId).toArray()).sort(byRank)
        : undefined,
    [db, planId],
  )
  return useUntilLive('teams', planId, live)
}

/** A quarter's priority groups in rank order (filter by teamId for one team's). */
export function useGroups(planId: string | null | undefined): PriorityGroup[] | undefined {
  const db = useOpenDb()
  const live = useLiveQuery(
    async () =>
      db && planId
        ? (await db.groups.where('planId').equals(planId).toArray()).sort(byRank)
        : undefined,
    [db, planId],
  )
  return useUntilLive('groups', planId, live)
}

/**
 * A quarter's goals sorted by rank (ties by id). Ranks order goals within a
 * status column: group by status for the board.
 */
export function useGoals(planId: string | null | undefined): Goal[] | undefined {
  const db = useOpenDb()
  return useLiveQuery(async () => {
    if (!db || !planId) return undefined
    const goals = (await db.goals.where('planId').equals(planId).toArray()).sort(byRank)
    markStartup('goals-read')
    return goals
  }, [db, planId])
}

/** The board's goals: all of them, or while they load, the first of each column. */
export type BoardGoals =
  | { complete: true; goals: Goal[] }
  | { complete: false; goals: Goal[]; counts: FirstGoals['counts'] }

/**
 * useGoals for the board, which can paint its first screen from the startup
 * read's first goals of each column while every goal is still loading.
 */
export function useBoardGoals(planId: string): BoardGoals | undefined {
  const first = useUntilLive('goals', planId, useGoals(planId))
  if (first === undefined) return undefined
  return Array.isArray(first)
    ? { complete: true, goals: first }
    : { complete: false, goals: first.goals, counts: first.counts }
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
