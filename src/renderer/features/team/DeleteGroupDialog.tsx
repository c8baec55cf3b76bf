/** Deleting a priority group that has goals: where its goals go (no group, or another group). */
import { useState } from 'react'
import type { PriorityGroup } from '../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { deleteGroupWithUndo } from './runStructure'
import { FormActions } from '../../components/FormActions'

/** Props of DeleteGroupDialog. */
export interface DeleteGroupDialogProps {
  group: PriorityGroup
  goals: number
  /** The team's other groups. */
  others: PriorityGroup[]
  onClose: () => void
}

/** Asks where a deleted group's goals go, then deletes it (with Undo). */
export function DeleteGroupDialog({ group, goals, others, onClose }: DeleteGroupDialogProps) {
  const [target, setTarget] = useState('')
  return (
    <Dialog title={`Delete priority group “${group.title}”`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onClose()
          void deleteGroupWithUndo(group.id, target || null)
        }}
      >
        <p>
          Its {goals === 1 ? 'goal stays' : `${goals} goals stay`} in the team. Put{' '}
          {goals === 1 ? 'it' : 'them'} under:
        </p>
        <label className="field">
          <span>Move its goals to</span>
          <select value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">No priority group</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.title}
              </option>
            ))}
          </select>
        </label>
        <FormActions submit="Delete priority group" tone="danger" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
