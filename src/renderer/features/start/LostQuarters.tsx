/**
 * The start page's warning when the store came up empty although it held
 * quarters at the last start (store/quarterCount.ts): the browser cleared it
 * or its files were damaged. Never a silent "Plan your first quarter". Offers
 * to open a backup file; the desktop app's newest automatic backup is
 * offered beside it (RestoreAutoBackup).
 */
import { countOf } from '../../../shared/words'
import { isDesktop } from '../../platform'
import { useLostQuarters } from '../../store/quarterCount'
import { openBackup } from '../exchange/backupActions'

/** The warning, while quarters are lost; nothing otherwise. */
export function LostQuarters() {
  const lost = useLostQuarters((state) => state.lost)
  if (lost === 0) return null
  return (
    <section className="empty-choice lost-quarters" role="alert" aria-labelledby="lost-heading">
      <h2 id="lost-heading">Your quarters are missing</h2>
      <p>
        Quarterdeck held {countOf(lost, 'quarter')} here, but its goal store is empty now: its files
        were damaged or removed
        {isDesktop() ? '' : ', or the browser cleared them to free disk space'}.{' '}
        {isDesktop()
          ? 'Restore the newest automatic backup, or open a backup file you saved.'
          : 'Open a backup file you saved to get them back.'}
      </p>
      <button
        type="button"
        className={isDesktop() ? undefined : 'primary'}
        onClick={() => void openBackup()}
      >
        Open a backup file…
      </button>
    </section>
  )
}
