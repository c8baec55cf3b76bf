/**
 * On a store with no quarter in the desktop app: when automatic backups
 * exist (the store was emptied, damaged, or this is a new profile), offer
 * to restore the newest one. Nothing shows in web mode, which has none.
 */
import { useEffect, useState } from 'react'
import type { AutoBackupFile } from '../../../shared/api'
import type { ParseBackupResult } from '../../../shared/backup'
import { latestAutoBackup } from '../../platform'
import { sayWhileWorking } from '../../store/jobMessage'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { BACKUP_TOPIC } from '../exchange/backupActions'
import { nameOf, readBackup, type BackupFrom, type BackupRead } from '../exchange/readBackup'
import type { Reading } from '../exchange/readInWorker'
import { saveDocumentsOf } from '../exchange/storeBackup'
import { showQuarter } from './showQuarter'

/** A backup read and checked, ready to be restored. */
type ReadBackup = Extract<ParseBackupResult, { ok: true }>

/** The backup `name` as read (null: not read, Cancel was pressed); rejects with a sentence when it cannot be restored. */
function checked(name: string, read: BackupRead | null): ReadBackup | null {
  if (read === null) return null
  const { parsed } = read
  if (!parsed.ok) throw new Error(`The backup ${name} cannot be read: ${parsed.error}`)
  if (!parsed.docs[0]) throw new Error(`The backup ${name} holds no quarter.`)
  return parsed
}

/**
 * Restores every quarter of the backup `file`, with their wiki and backup
 * bases, as Open backup… stores one: read in the file-reading worker and
 * stored in turns, so a big backup never holds the window, and after a moment
 * "Restoring <file>…" with a progress bar and Cancel (store/jobMessage.ts).
 * `beforeWrite` (the damaged store's replacement) runs once the backup is
 * read and checked: Cancel is on offer only until then, or until the store
 * write when there is none, and changes nothing. Resolves to the first
 * quarter's id, or null when cancelled; rejects with a sentence, nothing
 * changed, when the file is no backup that can be restored.
 */
export async function restoreBackup(
  from: BackupFrom,
  label: string,
  beforeWrite?: () => Promise<void>,
): Promise<string | null> {
  const name = nameOf(from)
  let reading: Reading<unknown> | null = null
  const message = sayWhileWorking(`Restoring ${name}…`, {
    topic: BACKUP_TOPIC,
    cancel: () => reading?.cancel(),
  })
  const notRestored = () => {
    const text = `Did not restore ${name}. Nothing was changed.`
    useUiStore.getState().showToast({ message: text, tone: 'info', topic: BACKUP_TOPIC })
    return null
  }
  try {
    const read = readBackup(from, message.progress)
    reading = read
    const backup = checked(name, await read.result)
    if (!backup || message.cancelled) return notRestored()
    if (beforeWrite) {
      // From here the store changes: the bar stays, without Cancel.
      message.uncancellable()
      await beforeWrite()
    }
    const bases = {
      wikiBases: backup.wikiBases ?? new Map(),
      backup: backup.backup ?? null,
      backupBases: backup.backupBases ?? new Map(),
    }
    if (!(await saveDocumentsOf(label, backup.docs, bases, [], { message }))) return notRestored()
    return backup.docs[0]?.plan.id ?? null
  } finally {
    message.end()
  }
}

/** Restores every quarter of an automatic backup, as restoreBackup does. */
export function restoreAutoBackup(
  backup: AutoBackupFile,
  beforeWrite?: () => Promise<void>,
): Promise<string | null> {
  return restoreBackup(backup, 'Restore automatic backup', beforeWrite)
}

/** When a backup was saved, in the user's own words for dates. */
export function savedAt(backup: AutoBackupFile): string {
  return new Date(backup.savedAt).toLocaleString()
}

/** The newest automatic backup, once main has said (null while asking, and when there is none). */
export function useLatestAutoBackup(): AutoBackupFile | null {
  const [backup, setBackup] = useState<AutoBackupFile | null>(null)
  useEffect(() => {
    let live = true
    latestAutoBackup().then(
      (found) => live && setBackup(found),
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  return backup
}

/** A restore the user started: busy until it ends, and why it failed if it did. */
export function useRestoreAction(action: () => Promise<void>) {
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const start = () => {
    setBusy(true)
    setProblem('')
    // Busy until it ends: a success shows the quarter instead; a cancelled file choice or
    // restore ends here, with the page as it was.
    action().then(
      () => setBusy(false),
      (error: unknown) => {
        setProblem(errorMessage(error))
        setBusy(false)
      },
    )
  }
  return { busy, problem, start }
}

/** The offer, when there is a backup to restore. */
export function RestoreAutoBackup() {
  const backup = useLatestAutoBackup()
  const { busy, problem, start } = useRestoreAction(async () => {
    const planId = backup && (await restoreAutoBackup(backup))
    if (planId) await showQuarter(planId)
  })
  if (!backup) return null
  return (
    <section className="empty-choice restore-backup" aria-labelledby="restore-heading" role="alert">
      <h2 id="restore-heading">Restore your goals</h2>
      <p>
        There are no quarters here, but Quarterdeck kept an automatic backup from {savedAt(backup)}.
        Restore it to get its quarters back.
      </p>
      <button type="button" className="primary" disabled={busy} onClick={start}>
        Restore the newest automatic backup
      </button>
      {problem && <p className="field-error">{problem}</p>}
    </section>
  )
}
