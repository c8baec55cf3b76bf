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
 * merge, and the window keeps answering meanwhile. Only the conflict dialog
 * and the save (built in turns) run in the window. A merge that takes more
 * than a moment says "Merging theirs.json…" with a progress bar through all
 * of it (reading, merging, applying the choices, building and storing the save) and a
 * Cancel button, which changes nothing, up to the moment the merge is stored.
 */
import type { MergeDecisions } from '../../../shared/merge'
import type { Plan } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { buildEndOfSave, saveDocumentsInTurns } from '../../commands/planCommands'
import { nextTurn } from '../../commands/turns'
import { runCommand } from '../../commands/runCommand'
import { now } from '../../db/clock'
import { readyDb } from '../../db/database'
import { chooseFile } from '../../platform'
import { sayWhileWorking, type JobMessage } from '../../store/jobMessage'
import { useQuarterStore } from '../../store/quarterStore'
import { allWritten } from '../../store/quarterSync'
import { BACKUP_TOPIC, errorMessage, exclusive, FILTERS, say } from './backupActions'
import { useBackupStore, type PendingMerge } from './backupStore'
import { mergeInWorker, type Merging } from './mergeInWorker'

// The engine's summary text loads on first use, not with the board (the merge itself runs in
// the reading worker).
const engine = () => import('../../../shared/merge')

/**
 * Where the bar stands once the worker has found what the merge holds, when
 * the merge then runs straight through (no conflicts to choose on): finding
 * it is the most of the work (CPU time at 15,000 goals: 1.2 s of the worker's
 * against about 0.15 s to apply it; building the save in the window is of the
 * order of applying it). Storing it comes last (BUILD_SHARE_OF_SAVE).
 */
const FOUND = 0.6

/** The share of what is left after finding that applying the choices takes (the rest: the save). */
const DECIDING_SHARE = 0.25

/** The message of a merge of `fileName` under way, with Cancel running `cancel`. */
const mergingMessage = (fileName: string, cancel: () => void) =>
  sayWhileWorking(`Merging ${fileName}…`, { topic: BACKUP_TOPIC, cancel })

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
      const file = await chooseFile(
        { title: 'Merge backup', filters: FILTERS },
        'a Quarterdeck backup',
      )
      if (!file.opened) return
      // Merge into the quarter with every change made so far written.
      await allWritten()
      const store = (await readyDb()).name
      let job: Merging | null = null
      const message = mergingMessage(file.name, () => job?.cancel())
      try {
        job = mergeInWorker(
          { kind: 'merge', source: file.source, planId, store, at: now() },
          message.part(0, FOUND),
        )
        await mergeFound(file, job, message)
      } finally {
        message.end()
      }
    } catch (error) {
      say('alert', `Could not merge the backup: ${errorMessage(error)} Nothing was changed.`)
    }
  })
}

/** Acts on what the merge found: refuses, asks on its conflicts, or saves it (in `message`). */
async function mergeFound(
  file: { name: string },
  merging: Merging,
  message: JobMessage,
): Promise<void> {
  const found = await merging.found
  // Reading the worker's message was this task's work: act on it in the next.
  await nextTurn()
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
  await saveMerge(pending, {}, message, FOUND)
}

/** Applies the user's choices to the pending merge and saves it; null cancels it. */
export async function resolveMerge(decisions: MergeDecisions | null): Promise<void> {
  const pending = useBackupStore.getState().merging
  if (!pending) return
  useBackupStore.setState({ merging: null, busy: true })
  const message = decisions && mergingMessage(pending.fileName, pending.cancel)
  try {
    if (decisions === null) {
      pending.cancel()
      say('status', `Did not merge ${pending.fileName}. Nothing was changed.`)
    } else if (message) await saveMerge(pending, decisions, message, 0)
  } catch (error) {
    say('alert', `Could not merge the backup: ${errorMessage(error)} Nothing was changed.`)
  } finally {
    message?.end()
    useBackupStore.setState({ busy: false })
  }
}

/**
 * One command: the stored quarter as read for the merge, replaced by the
 * merge, built in turns (the merge of a big quarter changes every row of it),
 * with the merged backup recorded as a base of the quarter. `message`'s bar
 * runs from `from` to the end meanwhile; its Cancel stops the merge until the
 * command is built, and goes once it is being stored.
 */
async function saveMerge(
  pending: PendingMerge,
  decisions: MergeDecisions,
  message: JobMessage,
  from: number,
): Promise<void> {
  const { fileName } = pending
  const decidedAt = from + (1 - from) * DECIDING_SHARE
  const decided = await pending.decide(decisions, message.part(from, decidedAt))
  // Reading the merged quarter from the worker's message was this task's work: build in the next.
  await nextTurn()
  const cancelled = () => say('status', `Did not merge ${fileName}. Nothing was changed.`)
  if (decided === null || message.cancelled) return cancelled()
  if (!decided.ok) throw new Error(decided.error)
  const { mergeSummaryText } = await engine()
  const built = buildEndOfSave(decidedAt)
  const command = await saveDocumentsInTurns(
    `Merge ${fileName}`,
    [decided.merged],
    [decided.local],
    message.part(decidedAt, built),
  )
  // Pressed while the command was built: nothing has been stored yet.
  if (message.cancelled) return cancelled()
  command.changes.push(...decided.recordBase)
  message.uncancellable()
  const outcome = await runCommand(command, { onWriteProgress: message.part(built, 1) })
  if (!outcome.ok) throw outcome.error
  say(
    'status',
    `Merged ${fileName}: ${mergeSummaryText(pending.result.summary, 'the backup')} ${pending.basis}`,
  )
}
