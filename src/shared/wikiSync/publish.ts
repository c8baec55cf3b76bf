/**
 * Publishing a quarter: the page it becomes, checked against the wiki's latest
 * revision and saved only if nobody edited the page since the quarter's base.
 * Pure flow over a WikiPages port, so the command line (Node) and the app
 * (renderer, through main or the web server) run the same steps.
 */
import type { PlanDocument } from '../model'
import { exportWikitext } from '../wiki'
import { baseFor, wikiUnchangedSinceBase, type WikiBase } from './base'
import type {
  WikiOutcome,
  WikiProblem,
  WikiRevision,
  WikiSaveRequest,
  WikiSaveResult,
} from './wikiTypes'

/** What publishing and pulling need from a wiki (a WikiSession, or the app's IPC). */
export interface WikiPages {
  readonly apiUrl: string
  readLatest(title: string): Promise<WikiOutcome<WikiRevision | null>>
  save(request: WikiSaveRequest): Promise<WikiOutcome<WikiSaveResult>>
}

/** How publishing ended. */
export type PublishOutcome =
  /** Saved (or the page already held exactly this text: `nochange`); `base` is the new base. */
  | { kind: 'published'; base: WikiBase; nochange: boolean; revision: WikiSaveResult }
  /** The page changed on the wiki since the base: nothing saved; pull first. */
  | { kind: 'changed-since-base'; latest: WikiRevision | null; message: string }
  | { kind: 'failed'; problem: WikiProblem }

/** The default edit summary. */
export const DEFAULT_SUMMARY = 'Quarterly goals updated with Quarterdeck'

/** One sentence for a page changed since the base. */
export function changedSinceBaseMessage(title: string, latest: WikiRevision | null): string {
  return latest === null
    ? `The page "${title}" was deleted on the wiki since this quarter was last published or pulled; nothing was published.`
    : `Someone changed the page "${title}" on the wiki since this quarter was last published or pulled (now revision ${latest.revid}); pull first, then publish.`
}

/**
 * Publishes `doc` as `title`. `base` is the quarter's stored base (ignored
 * when it is another page's). Nothing is saved when the page changed since.
 */
export async function publishPlan(input: {
  wiki: WikiPages
  doc: PlanDocument
  title: string
  base: WikiBase | null
  summary?: string
  now?: number
}): Promise<PublishOutcome> {
  const { wiki, doc, title } = input
  const base = baseFor(input.base, wiki.apiUrl, title)
  const startedAt = new Date(input.now ?? Date.now()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const latest = await wiki.readLatest(title)
  if (!latest.ok) return { kind: 'failed', problem: latest.problem }
  if (!wikiUnchangedSinceBase(base, latest.value)) {
    return {
      kind: 'changed-since-base',
      latest: latest.value,
      message: changedSinceBaseMessage(title, latest.value),
    }
  }
  const text = exportWikitext(doc)
  const saved = await wiki.save({
    title,
    text,
    summary: input.summary?.trim() || DEFAULT_SUMMARY,
    base:
      latest.value === null
        ? null
        : { revid: latest.value.revid, timestamp: latest.value.timestamp },
    startedAt,
  })
  if (!saved.ok) {
    if (saved.problem.kind === 'conflict') {
      const now = await wiki.readLatest(title)
      const current = now.ok ? now.value : latest.value
      return {
        kind: 'changed-since-base',
        latest: current,
        message: changedSinceBaseMessage(title, current),
      }
    }
    return { kind: 'failed', problem: saved.problem }
  }
  return {
    kind: 'published',
    nochange: saved.value.nochange,
    revision: saved.value,
    base: {
      apiUrl: wiki.apiUrl,
      title,
      revid: saved.value.revid,
      timestamp: saved.value.timestamp,
      doc,
    },
  }
}
