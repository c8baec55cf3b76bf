/** Editing a recorded status update: its date and its items. */
import { useState } from 'react'
import type { StatusUpdate } from '../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { perform } from '../../commands/perform'
import { editUpdate } from '../../commands/updateCommands'
import { useTeams } from '../../store/quarterStore'
import { errorMessage } from '../../store/uiStore'
import { UpdateItemsEditor } from './UpdateItemsEditor'
import { FieldError, FormActions } from '../../components/FormActions'

/** Props of EditUpdateDialog. */
export interface EditUpdateDialogProps {
  update: StatusUpdate
  onClose: () => void
}

/** The dialog that edits one update. */
export function EditUpdateDialog({ update, onClose }: EditUpdateDialogProps) {
  const teamName = useTeams().find((team) => team.id === update.teamId)?.name ?? ''
  const [date, setDate] = useState(update.date)
  const [items, setItems] = useState(update.items)
  const [error, setError] = useState<string | null>(null)

  async function save() {
    const result = await perform((q) => editUpdate(q, update.id, date, items))
    if (result && !result.ok) setError(errorMessage(result.error))
    else onClose()
  }

  return (
    <Dialog title={`Edit status update: ${teamName}`} onClose={onClose} className="update-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <label className="field">
          <span>Date</span>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <UpdateItemsEditor teamName={teamName} items={items} changes={[]} onChange={setItems} />
        <FieldError message={error} />
        <FormActions submit="Save update" tone="primary" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
