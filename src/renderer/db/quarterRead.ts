/**
 * Reading one quarter whole, and its bases, from any open connection to the
 * store: the window's (reads.ts) and the reading worker's, which opens its
 * own to merge a big backup off the window's thread (features/exchange/
 * mergeJob.ts). Tables are named, not typed properties, so a connection
 * opened without the schema (Dexie's dynamic mode, as the worker opens it)
 * reads the same.
 */
import type { Dexie } from 'dexie'
import { newestFirst, type BackupBaseRow } from '../../shared/backup/backupBaseRows'
import type { PlanDocument } from '../../shared/model'
import type { WikiBaseRow } from '../../shared/wikiSync/baseRow'
import { byRank, byTime } from './rowOrder'

const QUARTER_STORES = ['plans', 'teams', 'groups', 'goals', 'history', 'updates'] as const

/**
 * Everything in a quarter, each table in the order the app shows it (goals
 * by rank, history oldest first); null when there is no such quarter.
 */
export function readQuarterFrom(db: Dexie, planId: string): Promise<PlanDocument | null> {
  return db.transaction('r', [...QUARTER_STORES], async () => {
    const plan = (await db.table('plans').get(planId)) as PlanDocument['plan'] | undefined
    if (!plan) return null
    const rowsOf = <R>(table: string) =>
      db.table(table).where('planId').equals(planId).toArray() as Promise<R[]>
    const [teams, groups, goals, history, updates] = await Promise.all([
      rowsOf<PlanDocument['teams'][number]>('teams'),
      rowsOf<PlanDocument['groups'][number]>('groups'),
      rowsOf<PlanDocument['goals'][number]>('goals'),
      rowsOf<PlanDocument['history'][number]>('history'),
      rowsOf<PlanDocument['updates'][number]>('updates'),
    ])
    return {
      plan,
      teams: teams.sort(byRank),
      groups: groups.sort(byRank),
      goals: goals.sort(byRank),
      history: history.sort(byTime),
      updates: updates.sort(byRank),
    }
  })
}

/** The stored wiki base row of quarter `planId`, or null. */
export async function readWikiBaseRowFrom(db: Dexie, planId: string): Promise<WikiBaseRow | null> {
  return ((await db.table('wikiBases').get(planId)) as WikiBaseRow | undefined) ?? null
}

/** The backup bases of quarter `planId`, newest first. */
export async function readBackupBaseRowsFrom(db: Dexie, planId: string): Promise<BackupBaseRow[]> {
  const rows = (await db
    .table('backupBases')
    .where('planId')
    .equals(planId)
    .toArray()) as BackupBaseRow[]
  return newestFirst(rows)
}
