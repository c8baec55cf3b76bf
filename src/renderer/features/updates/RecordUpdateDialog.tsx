/**
 * "Record status update", for one team or all: the date (today unless
 * changed) and, per team, the items made from the board at this moment,
 * grouped by status, with what changed since the team's previous update
 * marked. Items are edited, removed or added before saving; saving records
 * every team's update as one command (one Undo).
 *
 * A department's update can hold thousands of items (2,000 goals in 40
 * teams): each team's items are a section of their own that renders again
 * only when that team's items change, and past ITEMS_SHOWN_OPEN items in all
 * the sections start closed, showing their counts, and render their rows
 * only once opened.
 */
import { memo, useCallback, useState } from 'react'
import type { PlanDocument, StatusUpdateItem, Team } from '../../../shared/model'
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
  const setTeamDraft = useCallback(
    (teamId: string, items: StatusUpdateItem[]) =>
      setDrafts((all) => ({ ...all, [teamId]: items })),
    [],
  )
  if (!quarter) return null
  const itemCount = Object.values(drafts).reduce((sum, items) => sum + items.length, 0)
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
        {teams.map((team) => (
          <TeamDraft
            key={team.id}
            quarter={quarter}
            team={team}
            date={date}
            items={drafts[team.id] ?? []}
            startOpen={teams.length === 1 || itemCount <= ITEMS_SHOWN_OPEN}
            onChange={setTeamDraft}
          />
        ))}
        <FieldError message={error} />
        <FormActions submit="Save update" tone="primary" onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** Past this many items in all, the teams' sections start closed. */
const ITEMS_SHOWN_OPEN = 150

interface TeamDraftProps {
  quarter: PlanDocument
  team: Team
  date: string
  items: StatusUpdateItem[]
  startOpen: boolean
  onChange: (teamId: string, items: StatusUpdateItem[]) => void
}

/** "12 items: 3 new, 2 done since, 1 moved", for a closed section. */
function countsText(items: readonly StatusUpdateItem[], changes: ReturnType<typeof changesSince>) {
  const count = (kind: string) => changes.filter((change) => change?.kind === kind).length
  const marked = [
    [count('new'), 'new'],
    [count('done'), 'done since'],
    [count('moved'), 'moved'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, label]) => `${n} ${label}`)
  const total = `${items.length} item${items.length === 1 ? '' : 's'}`
  return marked.length > 0 ? `${total}: ${marked.join(', ')}` : total
}

/** One team's items: a section that can be closed, rendered again only when they change. */
const TeamDraft = memo(function TeamDraft({
  quarter,
  team,
  date,
  items,
  startOpen,
  onChange,
}: TeamDraftProps) {
  const [open, setOpen] = useState(startOpen)
  const previous = previousUpdate(quarter, team.id, date)
  const changes = changesSince(previous, items)
  return (
    <section className="update-team" aria-label={`Update of ${team.name}`}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h3>{team.name}</h3>
          <span className="field-hint">{countsText(items, changes)}</span>
        </summary>
        <p className="field-hint">
          {previous
            ? `Marked: what changed since the ${formatUpdateDate(previous.date) || 'undated'} update.`
            : 'First update of this team: nothing to compare with.'}
        </p>
        {open && (
          <UpdateItemsEditor
            teamName={team.name}
            items={items}
            changes={changes}
            onChange={(next) => onChange(team.id, next)}
          />
        )}
      </details>
    </section>
  )
})
