/**
 * Web mode, when the browser refused persistent storage: the store may be
 * cleared whole when the disk runs low (see db/persistentStorage.ts), and
 * web mode has no automatic backups. So after a run of changes the app
 * offers to save a backup file, at most once per half hour; saving one
 * starts the count again. The desktop app keeps automatic backups instead.
 */
import { useEffect } from 'react'
import { keepStoreOnLowDisk } from '../../db/persistentStorage'
import { isDesktop } from '../../platform'
import { useQuarterStore } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { saveBackup } from './backupActions'
import { BACKUP_REMINDER_TOPIC, changeLanded, offerDue, offerMade } from './backupReminderCount'

/** The offer's words. */
export const BACKUP_REMINDER =
  'This browser may clear your goals when the disk runs low (it did not grant persistent storage). Save a backup to keep a copy.'

/** Counts landed changes and offers a backup when due; mount once (Shell). */
export function useBackupReminder(): void {
  useEffect(() => {
    if (isDesktop()) return
    return useQuarterStore.subscribe((state, previous) => {
      // `saving` turns false when the writes of this window have landed.
      if (!previous.saving || state.saving || state.plans.length === 0) return
      if (!changeLanded()) return
      void keepStoreOnLowDisk().then((durability) => {
        // Asked again: a backup may have been saved while the browser answered.
        if (durability !== 'best-effort' || !offerDue()) return
        offerMade()
        useUiStore.getState().showToast({
          message: BACKUP_REMINDER,
          tone: 'info',
          topic: BACKUP_REMINDER_TOPIC,
          action: { label: 'Save backup…', run: () => void saveBackup() },
        })
      })
    })
  }, [])
}
