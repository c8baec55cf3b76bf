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

/** Changes that land before the first offer. */
export const CHANGES_BEFORE_REMINDER = 10

/** The least time between two offers. */
const REMIND_EVERY_MS = 30 * 60 * 1000

/** The toasts' topic: a new offer replaces the old one. */
export const BACKUP_REMINDER_TOPIC = 'backup-reminder'

/** The offer's words. */
export const BACKUP_REMINDER =
  'This browser may clear your goals when the disk runs low (it did not grant persistent storage). Save a backup to keep a copy.'

let changes = 0
let lastOffer = Number.NEGATIVE_INFINITY

/** A backup file was saved: the count of unsaved changes starts again. */
export function backupSaved(): void {
  changes = 0
  useUiStore.getState().dismissTopic(BACKUP_REMINDER_TOPIC)
}

/** Counts landed changes and offers a backup when due; mount once (Shell). */
export function useBackupReminder(): void {
  useEffect(() => {
    if (isDesktop()) return
    return useQuarterStore.subscribe((state, previous) => {
      // `saving` turns false when the writes of this window have landed.
      if (!previous.saving || state.saving || state.plans.length === 0) return
      changes++
      if (changes < CHANGES_BEFORE_REMINDER || Date.now() - lastOffer < REMIND_EVERY_MS) return
      void keepStoreOnLowDisk().then((durability) => {
        if (durability !== 'best-effort' || changes < CHANGES_BEFORE_REMINDER) return
        if (Date.now() - lastOffer < REMIND_EVERY_MS) return
        lastOffer = Date.now()
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
