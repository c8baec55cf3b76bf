import { create } from 'zustand'
import type { BackupBases, BackupMark, WikiBases } from '../../../shared/backup'
import type { MergeDecisions, MergeResult } from '../../../shared/merge'
import type { PlanDocument } from '../../../shared/model'
import type { MergeDecided } from './mergeJob'

/** An opened backup waiting for the user's answer because some of its plans already exist. */
export interface PendingBackup {
  fileName: string
  docs: PlanDocument[]
  /** The wiki bases the backup carried, by the plan id in `docs`. */
  wikiBases: WikiBases
  /** The file's own id and save time, when Save backup… wrote it. */
  backup: BackupMark | null
  /** The backup bases the backup carried, by the plan id in `docs`. */
  backupBases: BackupBases
  /** Ids of the plans in `docs` that are already stored. */
  existingIds: string[]
}

/** A backup merged into the open quarter, waiting for the user's choices on its conflicts. */
export interface PendingMerge {
  fileName: string
  /** What the merge found: the conflicts to choose on, and what it did without asking. */
  result: Pick<MergeResult, 'conflicts' | 'summary'>
  /**
   * What was compared, in one sentence: three ways against the revision or
   * backup both share, or two ways.
   */
  basis: string
  /**
   * Finishes the merge with the person's choices (in the reading worker,
   * which holds it: mergeInWorker.ts); null when cancelled.
   */
  decide(
    decisions: MergeDecisions,
    onProgress?: (fraction: number | null) => void,
  ): Promise<MergeDecided | null>
  /** Ends the merge, changing nothing. */
  cancel(): void
}

interface BackupState {
  busy: boolean
  pending: PendingBackup | null
  merging: PendingMerge | null
}

/**
 * UI state of the backup commands, shared by whoever triggers them (menu,
 * header buttons) and the one mounted `<BackupCommands />` that shows the
 * confirmation dialog. Their messages are toasts (store/uiStore.ts). Holds
 * no plan data beyond the backup being confirmed.
 */
export const useBackupStore = create<BackupState>(() => ({
  busy: false,
  pending: null,
  merging: null,
}))
