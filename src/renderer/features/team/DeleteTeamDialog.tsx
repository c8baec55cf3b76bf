/**
 * Deleting a team: its goals move to a team the user chooses, or are deleted
 * with it once the dialog has said how many. One command, so Undo brings the
 * team, its goals and groups back.
 */
import { useState } from 'react'
import type { PlanDocument, Team } from '../../../shared/model'
import { teamsInPageOrder } from '../../../shared/nextQuarter'
import { teamDeletionSummary } from '../../../shared/structure'
import { countOf } from '../../../shared/words'
import { Dialog } from '../../components/Dialog'
import { Select } from '../../components/Select'
import { perform } from '../../commands/perform'
import { deleteTeam } from '../../commands/structureCommands'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { FieldError, FormActions } from '../../components/FormActions'

/** Props of DeleteTeamDialog. */
export interface DeleteTeamDialogProps {
  quarter: PlanDocument
  team: Team
  onClose: () => void
}

/** Asks what happens to a team's goals, then deletes it. */
export function DeleteTeamDialog({ quarter, team, onClose }: DeleteTeamDialogProps) {
  const summary = teamDeletionSummary(quarter, team.id)
  const others = teamsInPageOrder(quarter.teams).filter(({ team: t }) => t.id !== team.id)
  const [fate, setFate] = useState<'move' | 'delete'>(others.length > 0 ? 'move' : 'delete')
  const [target, setTarget] = useState(others[0]?.team.id ?? '')
  const [error, setError] = useState<string | null>(null)

  async function confirm() {
    const result = await perform((q) =>
      deleteTeam(
        q,
        team.id,
        fate === 'move' ? { kind: 'move', toTeamId: target } : { kind: 'delete' },
      ),
    )
    if (result && !result.ok) {
      setError(errorMessage(result.error))
      return
    }
    onClose()
    // After the write: a person who went to another view meanwhile stays there.
    const ui = useUiStore.getState()
    if (ui.view === 'team') ui.showTeam('')
    if (result) {
      useUiStore
        .getState()
        .showToast({ message: `Team ${team.name} deleted`, undoId: result.id, tone: 'info' })
    }
  }

  const goals = countOf(summary.goals, 'goal')
  return (
    <Dialog title={`Delete team “${team.name}”`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void confirm()
        }}
      >
        {summary.goals > 0 ? (
          <fieldset className="team-fate">
            <legend>{`${team.name} has ${goals}.`}</legend>
            {others.length > 0 && (
              <div className="field-check">
                <label>
                  <input
                    type="radio"
                    name="fate"
                    checked={fate === 'move'}
                    onChange={() => setFate('move')}
                  />
                  <span>Move its goals{summary.groups > 0 ? ' and priority groups' : ''} to</span>
                </label>
                {/* Beside its radio button, not in its label: a label holds no other control. */}
                <Select
                  label="Team for its goals"
                  hideLabel
                  className="fate-team-select"
                  value={target}
                  disabled={fate !== 'move'}
                  choices={others.map(({ team: t }) => ({ id: t.id, label: t.name }))}
                  onChange={setTarget}
                />
              </div>
            )}
            <label className="field-check">
              <input
                type="radio"
                name="fate"
                checked={fate === 'delete'}
                onChange={() => setFate('delete')}
              />
              <span>{`Delete its ${goals} with it`}</span>
            </label>
          </fieldset>
        ) : (
          <p>{team.name} has no goals.</p>
        )}
        {summary.updates > 0 && (
          <p>{`Its ${countOf(summary.updates, 'status update')} will be deleted.`}</p>
        )}
        {summary.subTeams > 0 && (
          <p>{`Its ${countOf(summary.subTeams, 'sub-team')} will move up a level.`}</p>
        )}
        <p className="field-hint">Undo brings it all back.</p>
        <FieldError message={error} />
        <FormActions submit="Delete team" tone="danger" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
