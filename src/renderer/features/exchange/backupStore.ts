import { create } from 'zustand'
import type { WikiBases } from '../../../shared/backup'
import type { MergeResult } from '../../../shared/merge'
import type { PlanDocument } from '../../../shared/model'

/** An opened backup waiting for the user's answer because some of its plans already exist. */
export interface PendingBackup {
  fileName: string
  docs: PlanDocument[]
  /** The wiki bases the backup carried, by the plan id in `docs`. */
  wikiBases: WikiBases
  /** Ids of the plans in `docs` that are already stored. */
  existingIds: string[]
}

/** A backup merged into the open quarter, waiting for the user's choices on its conflicts. */
export interface PendingMerge {
  fileName: string
  /** The open quarter as it was read for the merge: what the merge replaces. */
  local: PlanDocument
  result: MergeResult
  /** What was compared, in one sentence: three ways against the revision both share, or two ways. */
  basis: string
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
