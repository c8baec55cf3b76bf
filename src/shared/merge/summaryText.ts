/**
 * A merge's outcome in one sentence, for the toast after "Merge backup…" and
 * after a pull: "2 changes from the backup applied, 1 of yours kept, 1 goal
 * added, 1 conflict decided."
 */
import { countOf } from '../words'
import type { MergeSummary } from './types'

/** The sentence for `summary`; `source` names the other copy ("the backup", "the wiki"). */
export function mergeSummaryText(summary: MergeSummary, source: string): string {
  const parts: string[] = []
  parts.push(`${countOf(summary.remoteChanges, 'change')} from ${source} applied`)
  parts.push(`${countOf(summary.localChanges, 'change')} of yours kept`)
  const added = summary.goalsAdded.remote
  const deleted = summary.goalsDeleted.remote
  if (added > 0) parts.push(`${countOf(added, 'goal')} added from ${source}`)
  if (deleted > 0) parts.push(`${countOf(deleted, 'goal')} deleted as in ${source}`)
  if (summary.conflicts > 0) parts.push(`${countOf(summary.conflicts, 'conflict')} decided`)
  return `${parts.join(', ')}.`
}
