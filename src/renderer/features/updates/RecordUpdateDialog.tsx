/**
 * "Record status update", for one team or all: the date (today unless
 * changed) and, per team, the items made from the board at this moment,
 * grouped by status, with what changed since the team's previous update
 * marked. Items are edited, removed or added before saving; saving records
 * every team's update as one command (one Undo).
 */
import { useState } from 'react'
import type { StatusUpdateItem } from '../../../shared/model'
import {
  changesSince,
  isoDateOf,
  previousUpdate,
  updateItemsFromBoard,
} from '../../../shared/statusUpdates'
import { formatUpdateDate } from '../../../shared/wiki/export/exportStatus'
import { Dialog } from '../../components/Dialog'
import { perform } from '../../commands/perform'
import { recordUpdates } from '../../commands/updateCommands'
import { currentMemory, useOpenQuarter } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { UpdateItemsEditor } from './UpdateItemsEditor'
import './updates.css'
import { FieldError, FormActions } from '../../components/FormActions'

/** Props of RecordUpdateDialog. */
export interface RecordUpdateDialogProps {
  teamIds: string[]
  onClose: () => void
}

/** The dialog that records status updates. */
export function RecordUpdateDialog({ teamIds, onClose }: RecordUpdateDialogProps) {
  const quarter = useOpenQuarter()
  const [date, setDate] = useState(() => isoDateOf(new Date()))
  const [drafts, setDrafts] = useState<Record<string, StatusUpdateItem[]>>(() => {
    const doc = currentMemory().quarter
    return Object.fromEntries(teamIds.map((id) => [id, doc ? updateItemsFromBoard(doc, id) : []]))
  })
  const [error, setError] = useState<string | null>(null)
  if (!quarter) return null
  const teams = teamIds.flatMap((id) => quarter.teams.filter((team) => team.id === id))

  async function save() {
    const result = await perform((q) =>
      recordUpdates(
        q,
        date,
        teams.map((team) => ({ teamId: team.id, items: drafts[team.id] ?? [] })),
      ),
    )
    if (result && !result.ok) {
      setError(errorMessage(result.error))
      return
    }
    onClose()
    if (result) {
      useUiStore
        .getState()
        .showToast({ message: 'Status update recorded', undoId: result.id, tone: 'info' })
    }
  }

  return (
    <Dialog
      title={
        teams.length === 1
          ? `Record status update: ${teams[0]?.name}`
          : 'Record status update for all teams'
      }
      onClose={onClose}
      className="update-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <label className="field">
          <span>Date</span>
          <input
            type="date"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
        {teams.map((team) => {
          const items = drafts[team.id] ?? []
          const previous = previousUpdate(quarter, team.id, date)
          return (
            <section key={team.id} className="update-team" aria-label={`Update of ${team.name}`}>
              <h3>{team.name}</h3>
              <p className="field-hint">
                {previous
                  ? `Marked: what changed since the ${formatUpdateDate(previous.date) || 'undated'} update.`
                  : 'First update of this team: nothing to compare with.'}
              </p>
              <UpdateItemsEditor
                teamName={team.name}
                items={items}
                changes={changesSince(previous, items)}
                onChange={(next) => setDrafts((all) => ({ ...all, [team.id]: next }))}
              />
            </section>
          )
        })}
        <FieldError message={error} />
        <FormActions submit="Save update" tone="primary" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
