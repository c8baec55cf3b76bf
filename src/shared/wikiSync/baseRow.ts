/**
 * How the app stores a quarter's wiki base: one row per quarter, keyed by the
 * quarter's plan id (the desktop and web app's Dexie table `wikiBases`).
 * Backup files carry the same bases (src/shared/backup/wikiBases.ts): the
 * app's backups copy them from these rows, and the command line keeps its
 * bases there only.
 */
import type { WikiBase } from './base'

/** A quarter's stored wiki base. */
export interface WikiBaseRow {
  /** The quarter's plan id (one base per quarter). */
  id: string
  planId: string
  base: WikiBase
  /**
   * How the base came: the quarter was published as it, or pulled from it.
   * Only to say what happened (rows written before it was kept have none).
   */
  via?: 'published' | 'pulled'
}

/** The row that records `base`, published or pulled, as the base of quarter `planId`. */
export function wikiBaseRow(
  planId: string,
  base: WikiBase,
  via: 'published' | 'pulled',
): WikiBaseRow {
  return { id: planId, planId, base, via }
}
