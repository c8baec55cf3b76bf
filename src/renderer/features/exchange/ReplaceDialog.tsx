import { useEffect, useId, useRef } from 'react'
import type { PendingBackup } from './backupStore'
import { backupPlanName, type ReplaceChoice } from './backupActions'

/**
 * Asks before a backup replaces stored plans: Replace, Keep both (the backup's
 * copies get new ids) or Cancel. A modal <dialog>: focus stays inside and Esc
 * means Cancel.
 */
export function ReplaceDialog({
  pending,
  onChoose,
}: {
  pending: PendingBackup
  onChoose: (choice: ReplaceChoice) => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  const existing = pending.docs.filter((doc) => pending.existingIds.includes(doc.plan.id))
  const one = existing.length === 1
  return (
    <dialog
      ref={ref}
      className="exchange-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault()
        onChoose('cancel')
      }}
    >
      <h2 id={`${id}-title`}>Replace {one ? 'a quarter' : `${existing.length} quarters`}?</h2>
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
        <button type="button" autoFocus onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
