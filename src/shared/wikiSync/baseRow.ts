/**
 * How the app stores a quarter's wiki base: one row per quarter, keyed by the
 * quarter's plan id (the desktop and web app's Dexie table `wikiBases`; the
 * command line keeps bases in the backup file instead, baseFile.ts).
 */
import type { WikiBase } from './base'

/** A quarter's stored wiki base. */
export interface WikiBaseRow {
  /** The quarter's plan id (one base per quarter). */
  id: string
  planId: string
  base: WikiBase
}

/** The row that records `base` as the base of quarter `planId`. */
export function wikiBaseRow(planId: string, base: WikiBase): WikiBaseRow {
  return { id: planId, planId, base }
}
