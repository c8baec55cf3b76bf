/**
 * Reading one quarter whole, and its bases, from any open connection to the
 * store: the window's (reads.ts) and the reading worker's, which opens its
 * own to merge a big backup off the window's thread (features/exchange/
 * mergeJob.ts). Tables are named, not typed properties, so a connection
 * opened without the schema (Dexie's dynamic mode, as the worker opens it)
 * reads the same.
 */
import { Dexie } from 'dexie'
import { newestFirst, type BackupBaseRow } from '../../shared/backup/backupBaseRows'
import type { PlanDocument } from '../../shared/model'
import { shareRowStrings, type StringPool } from '../../shared/sharedStrings'
import type { WikiBaseRow } from '../../shared/wikiSync/baseRow'
import { byRank, byTime } from './rowOrder'

const QUARTER_STORES = ['plans', 'teams', 'groups', 'goals', 'history', 'updates'] as const

/**
 * Rows per request where a quarter's table can be long (goals, history). A
 * request's rows are copied into the reading thread in one task as they
 * arrive: 100,000 goals in one request held the window for about 200 ms
 * of CPU, a page of these takes a few milliseconds, and the thread is free while
 * the next page is on its way. A quarter of a few thousand goals is still
 * one request.
 */
export const ROWS_PER_PAGE = 5000

type Row = Record<string, unknown>

/**
 * The rows of `table` in quarter `planId`, read a page at a time through the
 * index `[planId+field+id]` (field `order`), so they arrive in the order of
 * `order` then id, the order the app shows them (rowOrder.ts: IndexedDB
 * orders strings as JavaScript's `<` does, and numbers by value). A page
 * goes on after the last row's key, which is unique because it ends with the
 * row's id. A row whose field is no valid key (which no check lets in) would
 * be missing from that index: the rows are counted, and if any is missing
 * they are read whole and sorted here, so no row is ever left out.
 */
async function rowsInOrder<R>(
  db: Dexie,
  table: 'goals' | 'history',
  order: 'rank' | 'at',
  planId: string,
  compare: (a: R, b: R) => number,
  pool: StringPool,
): Promise<R[]> {
  const index = db.table(table).where(`[planId+${order}+id]`)
  const counted = db.table(table).where('planId').equals(planId).count()
  const rows: R[] = []
  let after: unknown[] | null = null
  for (;;) {
    // Open below: after the last row read, or from [planId], which sorts before every key of
    // the quarter (and is none); [planId, maxKey] sorts after them all.
    const page = (await index
      .between(after ?? [planId], [planId, Dexie.maxKey], false, true)
      .limit(ROWS_PER_PAGE)
      .toArray()) as Row[]
    shareRowStrings(table, page, pool)
    for (const row of page) rows.push(row as R)
    const last = page.at(-1)
    if (page.length < ROWS_PER_PAGE || !last) break
    after = [planId, last[order], last.id]
  }
  if (rows.length === (await counted)) return rows
  const whole = (await db.table(table).where('planId').equals(planId).toArray()) as Row[]
  shareRowStrings(table, whole, pool)
  return (whole as R[]).sort(compare)
}

/**
 * Everything in a quarter, each table in the order the app shows it (goals
 * by rank, history oldest first); null when there is no such quarter. One
 * transaction, so the pages of a long table are of one moment of the store.
 */
export function readQuarterFrom(db: Dexie, planId: string): Promise<PlanDocument | null> {
  return db.transaction('r', [...QUARTER_STORES], async () => {
    const plan = (await db.table('plans').get(planId)) as PlanDocument['plan'] | undefined
    if (!plan) return null
    // Repeated values (the quarter's id, team ids, statuses) share one string across tables.
    const pool: StringPool = new Map([[plan.id, plan.id]])
    const rowsOf = async <R>(table: 'teams' | 'groups' | 'updates') => {
      const rows = (await db.table(table).where('planId').equals(planId).toArray()) as Row[]
      shareRowStrings(table, rows, pool)
      return rows as R[]
    }
    const [teams, groups, goals, history, updates] = await Promise.all([
      rowsOf<PlanDocument['teams'][number]>('teams'),
      rowsOf<PlanDocument['groups'][number]>('groups'),
      rowsInOrder<PlanDocument['goals'][number]>(db, 'goals', 'rank', planId, byRank, pool),
      rowsInOrder<PlanDocument['history'][number]>(db, 'history', 'at', planId, byTime, pool),
      rowsOf<PlanDocument['updates'][number]>('updates'),
    ])
    return {
      plan,
      teams: teams.sort(byRank),
      groups: groups.sort(byRank),
      goals,
      history,
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
