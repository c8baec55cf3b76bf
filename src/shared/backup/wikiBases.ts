/**
 * The `wikiBases` field of a backup file (format version 2): for each quarter
 * that was published to a wiki or pulled from one, the revision it was last
 * in step with, keyed by the quarter's plan id:
 *
 *     "wikiBases": {
 *       "<plan id>": {
 *         "apiUrl": "https://wiki.example/w/api.php",
 *         "title": "Tech/Goals/2019-20 Q2",
 *         "revid": 42,
 *         "timestamp": "2026-12-02T10:00:00Z",
 *         "doc": { …the quarter as that revision holds it, a plan document… }
 *       }
 *     }
 *
 * `doc` is the common ancestor a pull, and "Merge backup…" between two copies
 * with the same base, merge three ways against; it is the base page already
 * read into a plan, so a merge needs no wiki and no importer. A quarter with
 * no base has no entry.
 */
import { describeValue, summariseProblems, validatePlanDocument } from '../document'
import type { WikiBase } from '../wikiSync/base'

/** The wiki bases of a backup file, by the plan id of the quarter each belongs to. */
export type WikiBases = ReadonlyMap<string, WikiBase>

/** The bases read, or what is wrong with them ("wikiBases["p1"].revid: …", no final period). */
export type ReadWikiBasesResult = { ok: true; bases: WikiBases } | { ok: false; problem: string }

/**
 * Reads a backup's `wikiBases` field; `planIds` are the ids of the file's
 * plans, since a base of a quarter the file does not hold belongs to nothing.
 * An absent field is no base.
 */
export function readWikiBases(field: unknown, planIds: ReadonlySet<string>): ReadWikiBasesResult {
  const bases = new Map<string, WikiBase>()
  if (field === undefined) return { ok: true, bases }
  if (field === null || typeof field !== 'object' || Array.isArray(field)) {
    return {
      ok: false,
      problem: `wikiBases: expected the wiki revisions by quarter id, got ${describeValue(field)}`,
    }
  }
  for (const [planId, value] of Object.entries(field as Record<string, unknown>)) {
    const where = `wikiBases[${JSON.stringify(planId)}]`
    if (!planIds.has(planId)) {
      return { ok: false, problem: `${where}: the file holds no quarter with this id` }
    }
    const read = readWikiBase(value)
    if (typeof read === 'string') return { ok: false, problem: `${where}${read}` }
    bases.set(planId, read)
  }
  return { ok: true, bases }
}

/** One base, or the problem as a path suffix and a reason (".revid: …", no final period). */
function readWikiBase(value: unknown): WikiBase | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `: expected a wiki revision, got ${describeValue(value)}`
  }
  const base = value as Record<string, unknown>
  const text = (key: 'apiUrl' | 'title' | 'timestamp'): string | null => {
    const found = base[key]
    return typeof found === 'string' && found.trim() !== '' ? found : null
  }
  const apiUrl = text('apiUrl')
  if (apiUrl === null)
    return `.apiUrl: expected the wiki's address, got ${describeValue(base.apiUrl)}`
  const title = text('title')
  if (title === null) return `.title: expected the page's title, got ${describeValue(base.title)}`
  const { revid } = base
  if (typeof revid !== 'number' || !Number.isSafeInteger(revid) || revid < 1) {
    return `.revid: expected a revision number, got ${describeValue(revid)}`
  }
  const timestamp = text('timestamp')
  if (timestamp === null || Number.isNaN(Date.parse(timestamp))) {
    return `.timestamp: expected the revision's date and time, got ${describeValue(base.timestamp)}`
  }
  if (base.doc === null || typeof base.doc !== 'object' || Array.isArray(base.doc)) {
    return `.doc: expected the quarter as the revision holds it, got ${describeValue(base.doc)}`
  }
  const doc = validatePlanDocument(base.doc)
  if (!doc.ok) return `.doc: ${summariseProblems(doc.problems)}`
  return { apiUrl, title, revid, timestamp, doc: doc.document }
}

/** The `wikiBases` field to write: undefined (no field) when there is none. */
export function wikiBasesField(bases: WikiBases): Record<string, WikiBase> | undefined {
  return bases.size === 0 ? undefined : Object.fromEntries(bases)
}
