/**
 * The count behind the web mode's "Save a backup" offer (useBackupReminder):
 * changes that landed since the last backup file, and when the offer was last
 * made. Its own module so that saving a backup (backupActions) can start the
 * count again without importing the hook, which itself offers saveBackup.
 */
import { useUiStore } from '../../store/uiStore'

/** Changes that land before the first offer. */
export const CHANGES_BEFORE_REMINDER = 10

/** The least time between two offers. */
export const REMIND_EVERY_MS = 30 * 60 * 1000

/** The toasts' topic: a new offer replaces the old one. */
export const BACKUP_REMINDER_TOPIC = 'backup-reminder'

const count = { changes: 0, lastOffer: Number.NEGATIVE_INFINITY }

/** Counts a landed change; true when an offer is due. */
export function changeLanded(): boolean {
  count.changes++
  return offerDue()
}

/** True when enough changes landed and the last offer is long enough ago. */
export function offerDue(): boolean {
  return count.changes >= CHANGES_BEFORE_REMINDER && Date.now() - count.lastOffer >= REMIND_EVERY_MS
}

/** The offer was shown now. */
export function offerMade(): void {
  count.lastOffer = Date.now()
}

/** A backup file was saved: the count of unsaved changes starts again. */
export function backupSaved(): void {
  count.changes = 0
  useUiStore.getState().dismissTopic(BACKUP_REMINDER_TOPIC)
}
