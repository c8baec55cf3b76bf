/**
 * The store could not be opened (its files are damaged or gone, or the disk
 * was full when it started). Says why, offers to try again, and in the
 * desktop app, when an automatic backup exists, to restore it: the damaged
 * store's files are copied aside first, then the store is replaced by the
 * backup. Never an empty start that looks as if the goals were gone.
 */
import { replaceDamagedStore } from '../../store/quarterSync'
import {
  restoreAutoBackup,
  savedAt,
  useLatestAutoBackup,
  useRestoreAction,
} from './RestoreAutoBackup'
import { showQuarter } from './showQuarter'

/** The page shown instead of the app when the store cannot be opened. */
export function DamagedStore({ error }: { error: Error | null }) {
  const backup = useLatestAutoBackup()
  const { busy, problem, start } = useRestoreAction(async () => {
    if (!backup) return
    await replaceDamagedStore()
    await showQuarter(await restoreAutoBackup(backup))
  })
  return (
    <main className="fatal" role="alert">
      <h1>Quarterdeck could not open its data</h1>
      <p>{error?.message}</p>
      {backup && (
        <>
          <p>
            Quarterdeck kept an automatic backup from {savedAt(backup)}. Restoring it replaces the
            goal store that cannot be opened; a copy of that store’s files is kept first.
          </p>
          <button type="button" className="primary" disabled={busy} onClick={start}>
            Restore the newest automatic backup
          </button>
        </>
      )}
      <button type="button" disabled={busy} onClick={() => window.location.reload()}>
        Try again
      </button>
      {problem && <p className="field-error">{problem}</p>}
    </main>
  )
}
