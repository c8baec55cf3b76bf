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
 */
import type { MergeDecisions } from '../../../shared/merge'
import type { PlanDocument } from '../../../shared/model'
import { findSameQuarter, planDisplayName } from '../../../shared/plan'
import { runCommand } from '../../commands/runCommand'
import { mergeCommand } from '../sync/mergeCommand'
import { readBackupBaseRows, readPlanDocument } from '../../db/reads'
import { readWikiBaseRow } from '../../db/wikiBases'
import { mergedBackupChanges } from '../../db/backupBases'
import { openTextFile } from '../../platform'
import { useQuarterStore } from '../../store/quarterStore'
import { allWritten } from '../../store/quarterSync'
import {
  backupPlanName,
  errorMessage,
  exclusive,
  FILTERS,
  readBackupFile,
  say,
} from './backupActions'
import { useBackupStore, type PendingMerge } from './backupStore'

// The engine loads on first use, not with the board (the backup
// format loads in the worker that reads the file).
const engine = () => import('../../../shared/merge')
const backupMerging = () => import('../../../shared/wikiSync/backupMerge')

/** The copy of `local`'s quarter among a backup's plans, if it holds one. */
export function copyOfQuarter(
  docs: readonly PlanDocument[],
  local: PlanDocument,
): PlanDocument | undefined {
  const plan = findSameQuarter(
    docs.map((doc) => doc.plan),
    local.plan,
  )
  return plan && docs.find((doc) => doc.plan === plan)
}

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
      const parsed = await readBackupFile(file)
      if (parsed === null) {
        say('status', `Did not merge ${file.name}. Nothing was changed.`)
        return
      }
      if (!parsed.ok) {
        say('alert', `Could not merge ${file.name}: ${parsed.error} Nothing was changed.`)
        return
      }
      // Merge into the quarter with every change made so far written.
      await allWritten()
      const local = await readPlanDocument(planId)
      const remote = copyOfQuarter(parsed.docs, local)
      if (!remote) {
        const held = parsed.docs.map(backupPlanName).join(', ') || 'no quarter'
        say(
          'alert',
          `Could not merge ${file.name}: it holds ${held}, not ${backupPlanName(local)}, the quarter open here. Nothing was changed.`,
        )
        return
      }
      const { mergeBackupCopy, backupMergeBasis } = await backupMerging()
      const carried = parsed.backupBases?.get(remote.plan.id)
      const {
        merge: result,
        sharedBase,
        sharedBackup,
      } = mergeBackupCopy({
        local,
        localBase: (await readWikiBaseRow(planId))?.base ?? null,
        backup: remote,
        backupBase: parsed.wikiBases?.get(remote.plan.id) ?? null,
        localBackupBases: (await readBackupBaseRows(planId)).map((row) => row.base),
        backupDescent: {
          ...(parsed.backup && { own: parsed.backup }),
          ...(carried && { carried }),
        },
      })
      const pending: PendingMerge = {
        fileName: file.name,
        local,
        result,
        basis: backupMergeBasis(sharedBase, sharedBackup),
        recordBase: parsed.backup ? await mergedBackupChanges(planId, parsed.backup, remote) : [],
      }
      if (result.conflicts.length > 0) {
        useBackupStore.setState({ merging: pending })
        return
      }
      if (result.summary.remoteChanges === 0) {
        say(
          'status',
          `${file.name} holds nothing that ${planDisplayName(local.plan)} lacks here. Nothing was changed.`,
        )
        return
      }
      await saveMerge(pending, {})
    } catch (error) {
      say('alert', `Could not merge the backup: ${errorMessage(error)} Nothing was changed.`)
    }
  })
}

/** Applies the user's choices to the pending merge and saves it; null cancels it. */
export async function resolveMerge(decisions: MergeDecisions | null): Promise<void> {
  const pending = useBackupStore.getState().merging
  if (!pending) return
  useBackupStore.setState({ merging: null, busy: true })
  try {
    if (decisions === null) say('status', `Did not merge ${pending.fileName}. Nothing was changed.`)
    else await saveMerge(pending, decisions)
  } catch (error) {
    say('alert', `Could not merge the backup: ${errorMessage(error)} Nothing was changed.`)
  } finally {
    useBackupStore.setState({ busy: false })
  }
}

// One command: the stored quarter as read for the merge, replaced by the merge.
async function saveMerge(pending: PendingMerge, decisions: MergeDecisions): Promise<void> {
  const { mergeSummaryText } = await engine()
  const command = await mergeCommand(
    `Merge ${pending.fileName}`,
    pending.result,
    decisions,
    pending.local,
  )
  command.changes.push(...pending.recordBase)
  const outcome = await runCommand(command)
  if (!outcome.ok) throw outcome.error
  say(
    'status',
    `Merged ${pending.fileName}: ${mergeSummaryText(pending.result.summary, 'the backup')} ${pending.basis}`,
  )
}
