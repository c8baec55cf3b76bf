/**
 * Pulling a quarter: the wiki page's latest revision, imported and merged
 * three ways into the local quarter against its base (src/shared/merge). The
 * caller shows the conflicts, applies the person's decisions
 * (applyMergeDecisions) and keeps `base` as the quarter's new base. Nothing
 * here changes the local quarter.
 */
import { mergePlans, type MergeResult } from '../merge'
import type { PlanDocument } from '../model'
import { pageTitle } from '../plan'
import { importWikitext, type ImportReport } from '../wiki'
import { baseFor, type WikiBase } from './base'
import type { WikiPages } from './publish'
import type { WikiProblem, WikiRevision } from './wikiTypes'

/** How pulling ended. */
export type PullOutcome =
  | {
      kind: 'merged'
      revision: WikiRevision
      /** The quarter as the wiki's page holds it. */
      remote: PlanDocument
      report: ImportReport
      merge: MergeResult
      /** Whether the merge was three ways (a base of this page was known). */
      threeWay: boolean
      /** The quarter's base once the merge is saved: the pulled revision. */
      base: WikiBase
    }
  /** The page does not exist, or is not a goals page: nothing to merge. */
  | { kind: 'unusable'; message: string }
  | { kind: 'failed'; problem: WikiProblem }

/** Pulls `title` and merges it into `local` (not changed); see PullOutcome. */
export async function pullPlan(input: {
  wiki: WikiPages
  local: PlanDocument
  title: string
  base: WikiBase | null
  newId?: () => string
  now?: number
}): Promise<PullOutcome> {
  const { wiki, local, title } = input
  const now = input.now ?? Date.now()
  const latest = await wiki.readLatest(title)
  if (!latest.ok) return { kind: 'failed', problem: latest.problem }
  const revision = latest.value
  if (revision === null) {
    return { kind: 'unusable', message: `There is no page "${title}" on the wiki to pull.` }
  }
  const imported = importWikitext(revision.content, {
    now,
    pageTitle: title,
    ...(input.newId ? { newId: input.newId } : {}),
  })
  if (!imported.ok) {
    return {
      kind: 'unusable',
      message: `The page "${title}" cannot be pulled: ${imported.error.replace(/\.$/, '')}.`,
    }
  }
  const remote = withLocalAddress(imported.doc, local, title)
  const base = baseFor(input.base, wiki.apiUrl, title)
  const merge = mergePlans(
    { base: base?.doc ?? null, local, remote },
    { now, ...(input.newId ? { newId: input.newId } : {}) },
  )
  return {
    kind: 'merged',
    revision,
    remote,
    report: imported.report,
    merge,
    threeWay: base !== null,
    base: {
      apiUrl: wiki.apiUrl,
      title,
      revid: revision.revid,
      timestamp: revision.timestamp,
      doc: remote,
    },
  }
}

/**
 * The pulled quarter with the local quarter's page-title pattern, when that
 * pattern names the page pulled. Where the page lives is a setting of the
 * quarter, not something the page says: the importer guesses a pattern from
 * the title and falls back to the default when it cannot (a pattern without
 * "Q{quarter}"), and that guess must not come back as a change made on the
 * wiki, moving the quarter to another page.
 */
function withLocalAddress(remote: PlanDocument, local: PlanDocument, title: string): PlanDocument {
  if (pageTitle(local.plan) !== title || remote.plan.titlePattern === local.plan.titlePattern) {
    return remote
  }
  return { ...remote, plan: { ...remote.plan, titlePattern: local.plan.titlePattern } }
}
