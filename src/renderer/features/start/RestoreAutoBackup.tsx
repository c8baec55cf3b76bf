/**
 * On a store with no quarter in the desktop app: when automatic backups
 * exist (the store was emptied, damaged, or this is a new profile), offer
 * to restore the newest one. Nothing shows in web mode, which has none.
 */
import { useEffect, useState } from 'react'
import type { AutoBackupFile } from '../../../shared/api'
import type { ParseBackupResult } from '../../../shared/backup'
import { latestAutoBackup } from '../../platform'
import { errorMessage } from '../../store/uiStore'
import { readInWorker } from '../exchange/readInWorker'
import { saveDocumentsOf } from '../exchange/storeBackup'
import { showQuarter } from './showQuarter'

/** A backup read and checked, ready to be restored. */
export type ReadBackup = Extract<ParseBackupResult, { ok: true }>

/**
 * Reads the backup `name` holding `content`, in the file-reading worker (a
 * big backup would hold the window for seconds); rejects with a sentence
 * when it is not a backup that can be restored. Nothing is changed.
 */
export async function readBackupToRestore(name: string, content: string): Promise<ReadBackup> {
  const parsed = await readInWorker({ kind: 'backup', text: content }).result
  if (!parsed) throw new Error(`The backup ${name} was not read.`)
  if (!parsed.ok) throw new Error(`The backup ${name} cannot be read: ${parsed.error}`)
  if (!parsed.docs[0]) throw new Error(`The backup ${name} holds no quarter.`)
  return parsed
}

/** Stores every quarter of a read backup, with their wiki and backup bases; resolves to the first one's id. */
export async function restoreReadBackup(backup: ReadBackup, label: string): Promise<string> {
  // As Open backup… stores one: built in turns, so a big backup never holds the window.
  await saveDocumentsOf(label, backup.docs, {
    wikiBases: backup.wikiBases ?? new Map(),
    backup: backup.backup ?? null,
    backupBases: backup.backupBases ?? new Map(),
  })
  const [first] = backup.docs
  if (!first) throw new Error('The backup holds no quarter.')
  return first.plan.id
}

/** Restores every quarter of an automatic backup, with their wiki bases; resolves to the first one's id. */
export async function restoreAutoBackup(backup: AutoBackupFile): Promise<string> {
  const read = await readBackupToRestore(backup.name, backup.content)
  return restoreReadBackup(read, 'Restore automatic backup')
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
    // Busy until it ends: a success shows the quarter instead; a cancelled file choice ends here.
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
    if (backup) await showQuarter(await restoreAutoBackup(backup))
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
