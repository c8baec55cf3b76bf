import { create } from 'zustand'
import type { MergeResult } from '../../../shared/merge'
import type { PlanDocument } from '../../../shared/model'

/** An opened backup waiting for the user's answer because some of its plans already exist. */
export interface PendingBackup {
  fileName: string
  docs: PlanDocument[]
  /** Ids of the plans in `docs` that are already stored. */
  existingIds: string[]
}

/** A backup merged into the open quarter, waiting for the user's choices on its conflicts. */
export interface PendingMerge {
  fileName: string
  /** The open quarter as it was read for the merge: what the merge replaces. */
  local: PlanDocument
  result: MergeResult
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
