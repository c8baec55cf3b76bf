/**
 * Publish to the wiki: what the Publish dialog shows before saving (the
 * wiki's page and the page to publish, and whether the wiki changed since
 * the quarter's base), and the save itself (shared/wikiSync/publish.ts),
 * which records the revision published as the quarter's new base.
 */
import type { PlanDocument } from '../../../shared/model'
import { pageTitle } from '../../../shared/plan'
import { baseFor, wikiUnchangedSinceBase } from '../../../shared/wikiSync/base'
import type { WikiBaseRow } from '../../../shared/wikiSync/baseRow'
import type { WikiConnection, WikiRevision } from '../../../shared/wikiSync/wikiTypes'
import { readPlanDocument } from '../../db/reads'
import { readWikiBaseRow, recordPublishedBase } from '../../db/wikiBases'
import { wikiPages } from '../../platformWiki'
import { allWritten } from '../../store/quarterSync'

// The exporter and the publish steps load on first use, not with the board.
const publishing = () => import('../../../shared/wikiSync/publish')
const exporter = () => import('../../../shared/wiki')

/** What publishing would do, read before asking for the edit summary. */
export interface PublishPreview {
  title: string
  doc: PlanDocument
  stored: WikiBaseRow | null
  latest: WikiRevision | null
  /** The page as the wiki holds it ('' when it does not exist yet). */
  wikiText: string
  /** The page to publish. */
  localText: string
  /** Set when the wiki changed since the quarter's base: publishing is refused; pull first. */
  changedSinceBase: string | null
  /** The edit summary offered. */
  summary: string
}

/** The preview of publishing quarter `planId`, or a sentence saying why there is none. */
export async function previewPublish(
  connection: WikiConnection,
  planId: string,
): Promise<{ ok: true; preview: PublishPreview } | { ok: false; message: string }> {
  // The page to publish includes the change typed a moment ago, still being written.
  await allWritten()
  const doc = await readPlanDocument(planId)
  const stored = await readWikiBaseRow(planId)
  const title = pageTitle(doc.plan)
  const latest = await wikiPages(connection.apiUrl).readLatest(title)
  if (!latest.ok) return { ok: false, message: `${latest.problem.message} Nothing was published.` }
  const { changedSinceBaseMessage, DEFAULT_SUMMARY } = await publishing()
  const { exportWikitext } = await exporter()
  const base = baseFor(stored?.base, connection.apiUrl, title)
  const unchanged = wikiUnchangedSinceBase(base, latest.value)
  return {
    ok: true,
    preview: {
      title,
      doc,
      stored,
      latest: latest.value,
      wikiText: latest.value?.content ?? '',
      localText: exportWikitext(doc).trimEnd(),
      changedSinceBase: unchanged ? null : changedSinceBaseMessage(title, latest.value),
      summary: DEFAULT_SUMMARY,
    },
  }
}

/** How a publish from the dialog ended. */
export type PublishResult =
  | { kind: 'published'; message: string }
  | { kind: 'changed-since-base'; message: string }
  | { kind: 'failed'; message: string }

/** Saves the previewed page with `summary`; the new base is recorded only when it saved. */
export async function publishPreviewed(
  connection: WikiConnection,
  preview: PublishPreview,
  summary: string,
): Promise<PublishResult> {
  const { publishPlan } = await publishing()
  const outcome = await publishPlan({
    wiki: wikiPages(connection.apiUrl),
    doc: preview.doc,
    title: preview.title,
    base: preview.stored?.base ?? null,
    summary,
  })
  if (outcome.kind === 'failed') {
    return { kind: 'failed', message: `${outcome.problem.message} Nothing was published.` }
  }
  if (outcome.kind === 'changed-since-base') return outcome
  await recordPublishedBase(preview.doc.plan.id, preview.stored, outcome.base)
  return {
    kind: 'published',
    message: outcome.nochange
      ? `“${preview.title}” already holds this page (revision ${outcome.base.revid}); nothing to publish.`
      : `Published “${preview.title}” as revision ${outcome.base.revid}.`,
  }
}
