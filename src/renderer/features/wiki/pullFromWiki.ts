/**
 * Pull from the wiki: the open quarter's page as the wiki holds it now,
 * imported and merged three ways against the quarter's base
 * (shared/wikiSync/pull.ts). Conflicts wait for the user's choices in the
 * ConflictDialog; the merge and the new base are saved as ONE command, so one
 * Undo takes both back. A wiki that cannot be reached changes nothing.
 */
import type { MergeDecisions } from '../../../shared/merge'
import { pageTitle } from '../../../shared/plan'
import { runCommand } from '../../commands/runCommand'
import { mergeCommand } from '../sync/mergeCommand'
import { readPlanDocument } from '../../db/reads'
import { readWikiBaseRow, wikiBaseChange } from '../../db/wikiBases'
import { wikiPages } from '../../platformWiki'
import { useQuarterStore } from '../../store/quarterStore'
import { allWritten } from '../../store/quarterSync'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { useWikiStore, type PendingPull } from './wikiStore'

// The engine and the importer load on first use, not with the board.
const engine = () => import('../../../shared/merge')
const pulling = () => import('../../../shared/wikiSync/pull')

/** Shows a wiki message. */
export function sayWiki(kind: 'status' | 'alert', message: string): void {
  const ui = useUiStore.getState()
  ui.dismissTopic('wiki')
  ui.showToast({ message, tone: kind === 'alert' ? 'error' : 'info', topic: 'wiki' })
}

async function busy<T>(run: () => Promise<T>): Promise<T | undefined> {
  if (useWikiStore.getState().busy) return undefined
  useWikiStore.setState({ busy: true })
  try {
    return await run()
  } finally {
    useWikiStore.setState({ busy: false })
  }
}

/** Pulls the open quarter's page and merges it (or waits for choices). */
export function pullFromWiki(): Promise<void> {
  return busy(async () => {
    const planId = useQuarterStore.getState().openPlanId
    const connection = useWikiStore.getState().connection
    if (planId === null) return sayWiki('alert', 'There is no quarter open to pull into.')
    if (!connection) return useWikiStore.setState({ dialog: 'connect' })
    try {
      // Merge into the quarter with every change made so far written.
      await allWritten()
      const local = await readPlanDocument(planId)
      const stored = await readWikiBaseRow(planId)
      const title = pageTitle(local.plan)
      const { pullPlan } = await pulling()
      const outcome = await pullPlan({
        wiki: wikiPages(connection.apiUrl),
        local,
        title,
        base: stored?.base ?? null,
      })
      if (outcome.kind === 'failed') {
        return sayWiki('alert', `${outcome.problem.message} Nothing was changed.`)
      }
      if (outcome.kind === 'unusable')
        return sayWiki('alert', `${outcome.message} Nothing was changed.`)
      const pending: PendingPull = {
        title,
        local,
        stored,
        result: outcome.merge,
        base: outcome.base,
        report: outcome.report,
        threeWay: outcome.threeWay,
      }
      if (outcome.merge.conflicts.length > 0) return useWikiStore.setState({ pulling: pending })
      await savePull(pending, {})
    } catch (error) {
      sayWiki('alert', `Could not pull from the wiki: ${errorMessage(error)} Nothing was changed.`)
    }
  }).then(() => undefined)
}

/** Applies the user's choices to the pending pull and saves it; null cancels it. */
export async function resolvePull(decisions: MergeDecisions | null): Promise<void> {
  const pending = useWikiStore.getState().pulling
  if (!pending) return
  useWikiStore.setState({ pulling: null })
  await busy(async () => {
    if (decisions === null)
      return sayWiki('status', 'Did not pull from the wiki. Nothing was changed.')
    try {
      await savePull(pending, decisions)
    } catch (error) {
      sayWiki('alert', `Could not pull from the wiki: ${errorMessage(error)} Nothing was changed.`)
    }
  })
}

// One command: the stored quarter as read for the merge replaced by the merge,
// and the quarter's base moved to the pulled revision.
async function savePull(pending: PendingPull, decisions: MergeDecisions): Promise<void> {
  const { mergeSummaryText } = await engine()
  const command = await mergeCommand('Pull from the wiki', pending.result, decisions, pending.local)
  const planId = pending.local.plan.id
  command.changes.push(wikiBaseChange(planId, pending.stored, pending.base, 'pulled'))
  const outcome = await runCommand(command)
  if (!outcome.ok) throw outcome.error
  const how = pending.threeWay
    ? ''
    : ' (two ways: this quarter had not been published or pulled before)'
  const summary = `Pulled revision ${pending.base.revid} of “${pending.title}”${how}: ${mergeSummaryText(pending.result.summary, 'the wiki')}`
  // The report dialog says what was merged and which lines of the page to look at.
  useWikiStore.setState({
    pulled: { title: pending.title, revid: pending.base.revid, summary, report: pending.report },
  })
}
