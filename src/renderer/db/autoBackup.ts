/**
 * The renderer's half of the desktop app's automatic backups: a few seconds
 * after changes stop landing, every quarter is read from the store and the
 * backup text handed to main, which keeps it on disk (at most every few
 * minutes, and on quit; see src/main/autoBackups.ts). Web mode has no
 * automatic backups: nothing is read or sent there.
 */
import { isDesktop, sendAutoBackup } from '../platform'
import { useUiStore } from '../store/uiStore'
import { readCarriedBackupBases, readPlanDocument, readPlans, readWikiBases } from './reads'

/** Quiet time after the last change before a backup is taken. */
const SETTLE_MS = 5000

let timer: ReturnType<typeof setTimeout> | null = null

/** Reads every quarter, with its wiki base, and hands the backup to main now (backupSoon waits first). */
export async function takeBackup(): Promise<void> {
  const plans = await readPlans()
  if (plans.length === 0) return
  const docs = await Promise.all(plans.map((plan) => readPlanDocument(plan.id)))
  const bases = await readWikiBases(plans.map((plan) => plan.id))
  const backupBases = await readCarriedBackupBases(
    plans.map((plan) => plan.id),
    true,
  )
  // The backup format (and zod behind it) loads on first use, not with the board.
  const { serializeBackup } = await import('../../shared/backup')
  // No id of its own, and no record of it: an automatic backup is never sent to anyone, and
  // recording it would crowd out the backup that was. It carries the newest base with its
  // quarter, so a restore keeps it.
  const problem = await sendAutoBackup(serializeBackup(docs, Date.now(), bases, { backupBases }))
  // A full disk is said once, and taken away once a backup is written again.
  const ui = useUiStore.getState()
  if (problem === null) ui.dismissTopic(AUTO_BACKUP_TOPIC)
  else if (
    !ui.toasts.some((toast) => toast.topic === AUTO_BACKUP_TOPIC && toast.message === problem)
  )
    ui.showToast({ message: problem, tone: 'error', topic: AUTO_BACKUP_TOPIC })
}

/** The topic of the message about automatic backups (a full disk). */
export const AUTO_BACKUP_TOPIC = 'auto-backup'

/** Call after a change landed in the store: a backup follows once changes settle. */
export function backupSoon(): void {
  if (!isDesktop()) return
  if (timer !== null) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = null
    // A failed automatic backup must never disturb the user's work; the next change tries again.
    takeBackup().catch((error: unknown) => console.warn('Automatic backup failed:', error))
  }, SETTLE_MS)
}
