/**
 * On a store with no quarter in the desktop app: when automatic backups
 * exist (the store was emptied, damaged, or this is a new profile), offer
 * to restore the newest one. Nothing shows in web mode, which has none.
 */
import { useEffect, useState } from 'react'
import type { AutoBackupFile } from '../../../shared/api'
import { saveDocuments } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { restoredBaseChanges } from '../../db/wikiBases'
import { latestAutoBackup } from '../../platform'
import { errorMessage } from '../../store/uiStore'
import { readInWorker } from '../exchange/readInWorker'
import { showQuarter } from './showQuarter'

/** Restores every quarter of an automatic backup, with their wiki bases; resolves to the first one's id. */
export async function restoreAutoBackup(backup: AutoBackupFile): Promise<string> {
  // Read in the file-reading worker: a big backup would hold the window for seconds.
  const parsed = await readInWorker({ kind: 'backup', text: backup.content }).result
  if (!parsed) throw new Error(`The backup ${backup.name} was not read.`)
  if (!parsed.ok) throw new Error(`The backup ${backup.name} cannot be read: ${parsed.error}`)
  const command = saveDocuments('Restore automatic backup', parsed.docs)
  command.changes.push(...(await restoredBaseChanges(parsed.docs, parsed.wikiBases ?? new Map())))
  const result = await runCommand(command)
  if (!result.ok) throw result.error
  const first = parsed.docs[0]
  if (!first) throw new Error(`The backup ${backup.name} holds no quarter.`)
  return first.plan.id
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
    action().catch((error: unknown) => {
      setProblem(errorMessage(error))
      setBusy(false)
    })
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
