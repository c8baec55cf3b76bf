/**
 * A quarter's base: the wiki revision it was last published as or pulled
 * from, and the quarter as that revision holds it. Publishing refuses when
 * the wiki's page is no longer at the base's revision (someone edited it
 * since); pulling merges three ways against the base's document (see
 * src/shared/merge), so changes made on only one side are never conflicts.
 */
import type { PlanDocument } from '../model'
import type { WikiRevision } from './wikiTypes'

/** The revision a quarter was last published as or pulled from. */
export interface WikiBase {
  /** The wiki's api.php address. */
  apiUrl: string
  title: string
  revid: number
  /** The revision's ISO 8601 timestamp (MediaWiki's basetimestamp for the next save). */
  timestamp: string
  /** The quarter as that revision holds it: the merge's common ancestor. */
  doc: PlanDocument
}

/** The base only when it is a revision of this very page; another page's base is no base. */
export function baseFor(
  base: WikiBase | null | undefined,
  apiUrl: string,
  title: string,
): WikiBase | null {
  if (!base) return null
  return sameWiki(base.apiUrl, apiUrl) && base.title === title ? base : null
}

function sameWiki(a: string, b: string): boolean {
  const normal = (url: string): string => url.trim().replace(/\/+$/, '').toLowerCase()
  return normal(a) === normal(b)
}

/**
 * Whether the wiki's latest revision is still the base: publishing needs it.
 * A page that does not exist is "still the base" only when there is no base.
 */
export function wikiUnchangedSinceBase(
  base: WikiBase | null,
  latest: Pick<WikiRevision, 'revid'> | null,
): boolean {
  if (latest === null) return base === null
  return base !== null && base.revid === latest.revid
}
