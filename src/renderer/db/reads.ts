/**
 * Reads of the store: every quarter's settings, and one quarter whole. The
 * quarter store (store/quarterStore.ts) reads the open quarter through these
 * once and on changes from other windows; backups read other quarters, and
 * their wiki and backup bases.
 */
import type { Plan, PlanDocument } from '../../shared/model'
import type { CarriedBackupBase } from '../../shared/backup/backupBases'
import { carriedBase, type BackupBaseRow } from '../../shared/backup/backupBaseRows'
import type { WikiBase } from '../../shared/wikiSync/base'
import { readyDb } from './database'
import { ValidationError } from './errors'
import { readBackupBaseRowsFrom, readQuarterFrom } from './quarterRead'
import { newestPlanFirst } from './rowOrder'

/** Every stored quarter, newest first. */
export async function readPlans(): Promise<Plan[]> {
  const db = await readyDb()
  return (await db.plans.toArray()).sort(newestPlanFirst)
}

/**
 * Everything in a quarter, each table in the order the app shows it (goals
 * by rank, history oldest first); null when there is no such quarter.
 */
export async function readQuarter(planId: string): Promise<PlanDocument | null> {
  return readQuarterFrom(await readyDb(), planId)
}

/** A quarter whole, or a ValidationError saying it is gone. */
export async function readPlanDocument(planId: string): Promise<PlanDocument> {
  const doc = await readQuarter(planId)
  if (!doc) throw new ValidationError('That quarter no longer exists.')
  return doc
}

/** Which of these plan ids are already stored: for asking "replace?" before saving. */
export async function planIdsThatExist(ids: string[]): Promise<string[]> {
  const db = await readyDb()
  const found = await db.plans.bulkGet(ids)
  return ids.filter((_id, index) => found[index] !== undefined)
}

/** The stored wiki bases of the quarters `planIds`, by plan id (those that have one), for a backup. */
export async function readWikiBases(planIds: readonly string[]): Promise<Map<string, WikiBase>> {
  const db = await readyDb()
  const rows = await db.wikiBases.bulkGet([...planIds])
  return new Map(rows.flatMap((row) => (row ? [[row.planId, row.base] as const] : [])))
}

/** The backup bases of quarter `planId`, newest first. */
export async function readBackupBaseRows(planId: string): Promise<BackupBaseRow[]> {
  return readBackupBaseRowsFrom(await readyDb(), planId)
}

/**
 * What a backup of the quarters `planIds` carries for each (those that have
 * a base); with the newest base's quarter when `withDoc` (automatic backups).
 */
export async function readCarriedBackupBases(
  planIds: readonly string[],
  withDoc: boolean,
): Promise<Map<string, CarriedBackupBase>> {
  const carried = new Map<string, CarriedBackupBase>()
  for (const planId of planIds) {
    const base = await carriedBase(await readBackupBaseRows(planId), withDoc)
    if (base) carried.set(planId, base)
  }
  return carried
}
