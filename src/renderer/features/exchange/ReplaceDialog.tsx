import { useId } from 'react'
import { Dialog } from '../../components/Dialog'
import type { PendingBackup } from './backupStore'
import { backupPlanName, type ReplaceChoice } from './backupActions'

/**
 * Asks before a backup replaces stored plans: Replace, Keep both (the backup's
 * copies get new ids) or Cancel. A modal dialog: focus stays inside, Esc
 * means Cancel, and the focus goes back where it was once it closes.
 */
export function ReplaceDialog({
  pending,
  onChoose,
}: {
  pending: PendingBackup
  onChoose: (choice: ReplaceChoice) => void
}) {
  const id = useId()
  const existing = pending.docs.filter((doc) => pending.existingIds.includes(doc.plan.id))
  const one = existing.length === 1
  return (
    <Dialog
      title={`Replace ${one ? 'a quarter' : `${existing.length} quarters`}?`}
      className="exchange-dialog"
      descriptionId={`${id}-body`}
      onClose={() => onChoose('cancel')}
    >
      <div id={`${id}-body`}>
        <p>
          {pending.fileName} holds {one ? 'a quarter that is' : 'quarters that are'} already here:
        </p>
        <ul>
          {existing.map((doc) => (
            <li key={doc.plan.id}>{backupPlanName(doc)}</li>
          ))}
        </ul>
        <p>
          Replace {one ? 'it' : 'them'} with the backup’s {one ? 'copy' : 'copies'}, or keep both
          (the backup’s {one ? 'copy is' : 'copies are'} added as separate quarters)?
        </p>
      </div>
      <div className="exchange-actions">
        <button type="button" onClick={() => onChoose('replace')}>
          Replace
        </button>
        <button type="button" onClick={() => onChoose('keep-both')}>
          Keep both
        </button>
        <button type="button" data-autofocus onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </div>
    </Dialog>
  )
}
