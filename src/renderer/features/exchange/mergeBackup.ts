/**
 * Merge backup…: merges a colleague's copy of the open quarter (a backup
 * file made on another machine) into it with the shared merge engine. A
 * file without a copy of this quarter is refused; conflicts wait for the
 * user's choices (ConflictDialog, in <BackupCommands />); the merge is saved
 * as one command, so one Undo takes it back.
 *
 * When both copies were last in step with the same wiki revision (this
 * quarter's stored base and the base the backup carries), or else descend
 * from one backup file (one this quarter saved or opened, and the backup
 * itself or a base it carries), the merge is three ways against it: a change
 * made on one side only is taken without asking. Otherwise it is two-way:
 * every difference is offered as a choice (shared/wikiSync/backupMerge.ts).
 * A merged backup with an id of its own becomes a backup base of the quarter,
 * in the merge's command.
 *
 * The file is read and merged in the reading worker, which reads the quarter
 * from the store itself (mergeInWorker.ts): a big quarter takes seconds to
 * merge, and the window keeps answering meanwhile, with a Cancel button. Only
 * the conflict dialog and the save (built in turns) run in the window.
 */
import type { MergeDecisions } from '../../../shared/merge'
import type { Plan } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { saveDocumentsInTurns } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { now } from '../../db/clock'
import { readyDb } from '../../db/database'
import { openTextFile } from '../../platform'
import { useQuarterStore } from '../../store/quarterStore'
import { allWritten } from '../../store/quarterSync'
import { useUiStore } from '../../store/uiStore'
import { BACKUP_TOPIC, errorMessage, exclusive, FILTERS, say } from './backupActions'
import { useBackupStore, type PendingMerge } from './backupStore'
import { mergeInWorker } from './mergeInWorker'

// The engine's summary text loads on first use, not with the board (the merge itself runs in
// the reading worker).
const engine = () => import('../../../shared/merge')

/** How long a merge runs before "Merging…" and its Cancel button show. */
const SAY_MERGING_AFTER_MS = 300

/** "FY2019–20 Q2 · October – December 2019 (Wikimedia Technology)". */
const quarterName = (plan: Plan) => `${planDisplayName(plan)} (${plan.department})`

/** Asks for a backup file and merges its copy of the open quarter into it. */
export function mergeBackup(): Promise<void> {
  return exclusive(async () => {
    const planId = useQuarterStore.getState().openPlanId
    if (planId === null) {
      say('alert', 'There is no quarter open to merge a backup into.')
      return
    }
    try {
      const file = await openTextFile({ title: 'Merge backup', filters: FILTERS })
      if (!file.opened) return
      // Merge into the quarter with every change made so far written.
      await allWritten()
      const store = (await readyDb()).name
      const merging = mergeInWorker({ kind: 'merge', text: file.content, planId, store, at: now() })
      const found = await whileSaying(`Merging ${file.name}…`, merging.cancel, merging.found)
      if (found === null) {
        say('status', `Did not merge ${file.name}. Nothing was changed.`)
        return
      }
      if (found.kind !== 'merged') merging.cancel()
      if (found.kind === 'unreadable') {
        say('alert', `Could not merge ${file.name}: ${found.error} Nothing was changed.`)
        return
      }
      if (found.kind === 'failed') throw new Error(found.error)
      if (found.kind === 'other-quarters') {
        const held = found.held.map(quarterName).join(', ') || 'no quarter'
        say(
          'alert',
          `Could not merge ${file.name}: it holds ${held}, not ${quarterName(found.local)}, the quarter open here. Nothing was changed.`,
        )
        return
      }
      const pending: PendingMerge = {
        fileName: file.name,
        result: { conflicts: found.conflicts, summary: found.summary },
        basis: found.basis,
        decide: merging.decide,
        cancel: merging.cancel,
      }
      if (found.conflicts.length > 0) {
        useBackupStore.setState({ merging: pending })
        return
      }
      if (found.summary.remoteChanges === 0) {
        merging.cancel()
        say(
          'status',
          `${file.name} holds nothing that ${planDisplayName(found.local)} lacks here. Nothing was changed.`,
        )
        return
      }
      await saveMerge(pending, {})
    } catch (error) {
      say('alert', `Could not merge the backup: ${errorMessage(error)} Nothing was changed.`)
    }
  })
}

/** Waits for `work`; after a moment says `text` with a Cancel button that runs `cancel`. */
async function whileSaying<T>(text: string, cancel: () => void, work: Promise<T>): Promise<T> {
  const saying = setTimeout(() => {
    say('status', text, { action: { label: 'Cancel', run: cancel } })
  }, SAY_MERGING_AFTER_MS)
  try {
    return await work
  } finally {
    clearTimeout(saying)
    useUiStore.getState().dismissTopic(BACKUP_TOPIC)
  }
}

/** Applies the user's choices to the pending merge and saves it; null cancels it. */
export async function resolveMerge(decisions: MergeDecisions | null): Promise<void> {
  const pending = useBackupStore.getState().merging
  if (!pending) return
  useBackupStore.setState({ merging: null, busy: true })
  try {
    if (decisions === null) {
      pending.cancel()
      say('status', `Did not merge ${pending.fileName}. Nothing was changed.`)
    } else await saveMerge(pending, decisions)
  } catch (error) {
    say('alert', `Could not merge the backup: ${errorMessage(error)} Nothing was changed.`)
  } finally {
    useBackupStore.setState({ busy: false })
  }
}

/**
 * One command: the stored quarter as read for the merge, replaced by the
 * merge, built in turns (the merge of a big quarter changes every row of it),
 * with the merged backup recorded as a base of the quarter.
 */
async function saveMerge(pending: PendingMerge, decisions: MergeDecisions): Promise<void> {
  const { fileName } = pending
  const decided = await whileSaying(
    `Merging ${fileName}…`,
    pending.cancel,
    pending.decide(decisions),
  )
  if (decided === null) {
    say('status', `Did not merge ${fileName}. Nothing was changed.`)
    return
  }
  if (!decided.ok) throw new Error(decided.error)
  const { mergeSummaryText } = await engine()
  const command = await saveDocumentsInTurns(`Merge ${fileName}`, [decided.merged], [decided.local])
  command.changes.push(...decided.recordBase)
  const outcome = await runCommand(command)
  if (!outcome.ok) throw outcome.error
  say(
    'status',
    `Merged ${fileName}: ${mergeSummaryText(pending.result.summary, 'the backup')} ${pending.basis}`,
  )
}
