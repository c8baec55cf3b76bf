/**
 * Reading a quarter's wiki base (the revision last published or pulled), and
 * the row changes that record a new one: for a pull's command, a publish, and
 * a backup opened (backups carry each quarter's base, shared/backup).
 */
import type { PlanDocument } from '../../shared/model'
import type { WikiBase } from '../../shared/wikiSync/base'
import { wikiBaseRow, type WikiBaseRow } from '../../shared/wikiSync/baseRow'
import type { RowChange } from '../commands/changes'
import { queueWrite } from '../store/quarterSync'
import { readyDb } from './database'
import { readWikiBaseRowFrom } from './quarterRead'
import { writeChanges } from './writeChanges'

/** The stored base row of quarter `planId`, or null. */
export async function readWikiBaseRow(planId: string): Promise<WikiBaseRow | null> {
  return readWikiBaseRowFrom(await readyDb(), planId)
}

/**
 * The changes that give each quarter of `docs`, brought in from a backup, the
 * base the backup carried for it (`bases`, by plan id), or none when it
 * carried none: a restored quarter is in step with what its backup says,
 * never with a base its stored copy (or a deleted quarter of the same id)
 * had, which a later three-way merge would take for a common ancestor it is
 * not.
 */
export async function restoredBaseChanges(
  docs: readonly PlanDocument[],
  bases: ReadonlyMap<string, WikiBase>,
): Promise<RowChange[]> {
  const db = await readyDb()
  const planIds = docs.map((doc) => doc.plan.id)
  const stored = await db.wikiBases.bulkGet(planIds)
  return planIds.flatMap((planId, index): RowChange[] => {
    const before = stored[index] ?? null
    const base = bases.get(planId) ?? null
    if (before === null && base === null) return []
    // No `via`: the base came with a backup, not by a publish or pull made here.
    const after = base === null ? null : { id: planId, planId, base }
    return [{ table: 'wikiBases', id: planId, before, after }]
  })
}

/** The change from `stored` (as read) to `base`, published or pulled, as the quarter's base. */
export function wikiBaseChange(
  planId: string,
  stored: WikiBaseRow | null,
  base: WikiBase,
  via: 'published' | 'pulled',
): RowChange {
  return { table: 'wikiBases', id: planId, before: stored, after: wikiBaseRow(planId, base, via) }
}

/**
 * Records the revision just published as the quarter's base. Not a command:
 * a publish cannot be undone on the wiki, so Undo does not go back to the
 * earlier base either.
 */
export async function recordPublishedBase(
  planId: string,
  stored: WikiBaseRow | null,
  base: WikiBase,
): Promise<void> {
  await queueWrite(() => writeChanges([wikiBaseChange(planId, stored, base, 'published')]))
}
