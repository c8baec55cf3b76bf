/**
 * The store could not be opened: its files are damaged or unreadable (a
 * full disk is told apart before this page: WaitingForSpace). Says why,
 * offers to try again, and to replace the store with a backup: the newest
 * automatic backup in the desktop app, or a backup file the user saved
 * (the only way back in web mode, where the store otherwise stays unreadable
 * at every start). The backup is read and checked first, so a wrong file
 * changes nothing, with a progress bar and Cancel while it is read (the
 * shell's messages, drawn on this page too); the desktop app copies the
 * damaged store's files aside before replacing it. Never an empty start that looks as if the goals were gone.
 */
import { Toasts } from '../../components/Toasts'
import { chooseFile } from '../../platform'
import { replaceDamagedStore } from '../../store/quarterSync'
import { FILTERS } from '../exchange/backupActions'
import {
  restoreAutoBackup,
  restoreBackup,
  savedAt,
  useLatestAutoBackup,
  useRestoreAction,
} from './RestoreAutoBackup'
import { showQuarter } from './showQuarter'

/** Chromium's words when it cannot read the store's files. */
const UNREADABLE = /backing store/i

/** The page shown instead of the app when the store cannot be opened. */
export function DamagedStore({ error }: { error: Error | null }) {
  const backup = useLatestAutoBackup()
  const fromAutoBackup = useRestoreAction(async () => {
    const planId = backup && (await restoreAutoBackup(backup, replaceDamagedStore))
    if (planId) await showQuarter(planId)
  })
  const fromFile = useRestoreAction(async () => {
    const file = await chooseFile(
      { title: 'Open backup', filters: FILTERS },
      'a Quarterdeck backup',
    )
    if (!file.opened) return
    const planId = await restoreBackup({ source: file.source }, 'Open backup', replaceDamagedStore)
    if (planId) await showQuarter(planId)
  })
  const busy = fromAutoBackup.busy || fromFile.busy
  const problem = fromAutoBackup.problem || fromFile.problem
  return (
    <>
      <main className="fatal" role="alert">
        <h1>Quarterdeck could not open its data</h1>
        {error && UNREADABLE.test(error.message) && (
          <p>The browser cannot read the goal store’s files: they are damaged.</p>
        )}
        <p>{error?.message}</p>
        {backup && (
          <>
            <p>
              Quarterdeck kept an automatic backup from {savedAt(backup)}. Restoring it replaces the
              goal store that cannot be opened; a copy of that store’s files is kept first.
            </p>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={fromAutoBackup.start}
            >
              Restore the newest automatic backup
            </button>
          </>
        )}
        <p>
          A backup file you saved can replace the goal store that cannot be opened: its quarters
          come back as they were when you saved it.
        </p>
        <button
          type="button"
          className={backup ? undefined : 'primary'}
          disabled={busy}
          onClick={fromFile.start}
        >
          Replace it with a backup file…
        </button>
        <button type="button" disabled={busy} onClick={() => window.location.reload()}>
          Try again
        </button>
        {problem && <p className="field-error">{problem}</p>}
      </main>
      {/* A restore's progress bar and Cancel: the shell's messages, drawn here until it shows. */}
      <Toasts />
    </>
  )
}
