/** Deleting a priority group that has goals: where its goals go (no group, or another group). */
import { useState } from 'react'
import type { PriorityGroup } from '../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { Select } from '../../components/Select'
import { deleteGroupWithUndo } from './runStructure'
import { FormActions } from '../../components/FormActions'

// The choice "No priority group" (a group id is never this word).
const NO_GROUP = 'no-group'

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
        <Select
          label="Move its goals to"
          value={target || NO_GROUP}
          choices={[
            { id: NO_GROUP, label: 'No priority group' },
            ...others.map((other) => ({ id: other.id, label: other.title })),
          ]}
          onChange={(id) => setTarget(id === NO_GROUP ? '' : id)}
        />
        <FormActions submit="Delete priority group" tone="danger" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
