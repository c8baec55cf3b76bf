/**
 * Reading a quarter's wiki base (the revision last published or pulled), and
 * the row change that records a new one, for a pull's command or a publish.
 */
import type { WikiBase } from '../../shared/wikiSync/base'
import { wikiBaseRow, type WikiBaseRow } from '../../shared/wikiSync/baseRow'
import type { RowChange } from '../commands/changes'
import { queueWrite } from '../store/quarterSync'
import { readyDb } from './database'
import { writeChanges } from './writeChanges'

/** The stored base row of quarter `planId`, or null. */
export async function readWikiBaseRow(planId: string): Promise<WikiBaseRow | null> {
  const db = await readyDb()
  return (await db.wikiBases.get(planId)) ?? null
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
