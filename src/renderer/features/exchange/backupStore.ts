import { create } from 'zustand'
import type { PlanDocument } from '../../../shared/model'

/** An opened backup waiting for the user's answer because some of its plans already exist. */
export interface PendingBackup {
  fileName: string
  docs: PlanDocument[]
  /** Ids of the plans in `docs` that are already stored. */
  existingIds: string[]
}

interface BackupState {
  busy: boolean
  pending: PendingBackup | null
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
}))
