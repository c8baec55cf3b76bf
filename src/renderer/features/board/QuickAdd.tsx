/**
 * Quick add at the foot of a column: type a goal, pick its team, Enter.
 * The form stays open after saving so several goals go in quickly.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react'
import { validateGoalText } from '../../../shared/goals'
import { statusLabel, type StatusId } from '../../../shared/statuses'
import { addGoal as addGoalCommand, addGoalWithFirstTeam } from '../../commands/goalCommands'
import { perform } from '../../commands/perform'
import { useFilter } from '../../store/boardViewStore'
import { useQuarterStore, useTeams } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { FieldError, FormActions } from '../../components/FormActions'
import { Select } from '../../components/Select'

/** Props of QuickAdd: the column, and with swimlanes on the lane's team. */
export interface QuickAddProps {
  status: StatusId
  lane?: { teamId: string; name: string }
}

/** The "Add goal to …" button and, when open, its form. */
export function QuickAdd({ status, lane }: QuickAddProps) {
  const laneId = lane?.teamId ?? null
  const open = useUiStore(
    (state) => state.quickAddStatus === status && state.quickAddLane === laneId,
  )
  const openQuickAdd = useUiStore((state) => state.openQuickAdd)
  const label = statusLabel(status)
  // Closed with Escape or Cancel: the focus goes back to the button, not to the page's body.
  // (Closed because another column's form opened: that form has the focus.)
  const button = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  useEffect(() => {
    if (open || !refocus.current) return
    refocus.current = false
    button.current?.focus()
  }, [open])
  if (!open) {
    return (
      <button
        ref={button}
        type="button"
        className="quick-add-button"
        aria-label={lane ? `Add goal to ${label}, ${lane.name}` : undefined}
        onClick={() => openQuickAdd(status, laneId)}
      >
        Add goal to {label}
      </button>
    )
  }
  const close = () => {
    refocus.current = true
    openQuickAdd(null)
  }
  return <QuickAddForm status={status} laneTeamId={laneId} onClose={close} />
}

const useOpenPlanId = () => useQuarterStore((state) => state.openPlanId)

// The team picked last, so a run of goals for one team needs no re-picking.
let lastTeamId = ''

function QuickAddForm({
  status,
  laneTeamId,
  onClose,
}: {
  status: StatusId
  laneTeamId: string | null
  onClose: () => void
}) {
  const teams = useTeams()
  const planId = useOpenPlanId()
  // A lane adds to its team; a board filtered to one team, to that team.
  const filteredTeams = useFilter(planId).teamIds
  const teamFilter = laneTeamId ?? (filteredTeams.length === 1 ? filteredTeams[0]! : '')
  const [text, setText] = useState('')
  const [chosenTeam, setChosenTeam] = useState('')
  const [newTeamName, setNewTeamName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const label = statusLabel(status)

  const known = (id: string) => id !== '' && teams.some((team) => team.id === id)
  const teamId = [chosenTeam, teamFilter, lastTeamId].find(known) ?? teams[0]?.id ?? ''
  const needsTeam = teams.length === 0

  // The first goal creates the first team: the team name field goes, and the focus
  // it had would fall to the page's body, losing what is typed next. It goes to the
  // goal text instead, in the commit that removes the field.
  const textArea = useRef<HTMLTextAreaElement>(null)
  const neededTeam = useRef(needsTeam)
  useLayoutEffect(() => {
    const lostField = neededTeam.current && !needsTeam
    neededTeam.current = needsTeam
    const focus = document.activeElement
    if (lostField && (focus === null || focus === document.body)) textArea.current?.focus()
  }, [needsTeam])

  // Goals entered while the one before is still being written wait here, in order.
  const waiting = useRef<{ text: string; teamId: string }[]>([])
  const writing = useRef(false)

  async function save(event?: FormEvent) {
    event?.preventDefault()
    const problem = validateGoalText(text)
    if (problem) {
      setError(problem)
      return
    }
    if (needsTeam && newTeamName.trim() === '') {
      setError('Team name cannot be empty.')
      return
    }
    // The field empties at once, ready for the next goal: what is typed while this one is
    // written is kept, and an Enter meanwhile queues that goal behind this one.
    waiting.current.push({ text, teamId })
    setText('')
    if (writing.current) return
    writing.current = true
    setSaving(true)
    for (let next = waiting.current.shift(); next !== undefined; next = waiting.current.shift()) {
      const problem = await addGoal(next.text, next.teamId)
      if (problem) {
        // Nothing typed is lost: what could not be added goes back into the field.
        const unsaved = [next, ...waiting.current.splice(0)].map((goal) => goal.text)
        setText((current) => [...unsaved, current].filter((part) => part !== '').join('\n'))
        setError(problem)
        break
      }
      setError(null)
    }
    writing.current = false
    setSaving(false)
  }

  /** Adds one goal to the quarter as it is now; the reason it could not, or null. */
  async function addGoal(typed: string, chosen: string): Promise<string | null> {
    let team = ''
    const result = await perform((quarter) => {
      const goal = { text: typed.trim(), status }
      if (quarter.teams.length === 0) {
        // One command: the plan's first team and the goal, undone together.
        const command = addGoalWithFirstTeam(quarter, newTeamName.trim(), goal)
        team = command.teamId
        return command
      }
      const exists = (id: string) => quarter.teams.some((candidate) => candidate.id === id)
      team = [chosen, lastTeamId].find(exists) ?? quarter.teams[0]?.id ?? ''
      return addGoalCommand(quarter, { ...goal, teamId: team })
    })
    if (result && !result.ok) return errorMessage(result.error)
    lastTeamId = team
    return null
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      void save()
    }
  }

  return (
    <form
      className="quick-add"
      aria-label={`New goal in ${label}`}
      onSubmit={save}
      onKeyDown={onKeyDown}
    >
      <textarea
        aria-label="Goal text"
        placeholder="What is the goal?"
        ref={textArea}
        value={text}
        rows={2}
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      {needsTeam ? (
        <input
          aria-label="New team name"
          placeholder="Team name (the plan has no team yet)"
          value={newTeamName}
          onChange={(event) => setNewTeamName(event.target.value)}
        />
      ) : (
        <Select
          label="Team"
          hideLabel
          className="quick-add-team"
          value={teamId}
          choices={teams.map((team) => ({ id: team.id, label: team.name }))}
          onChange={setChosenTeam}
        />
      )}
      <FieldError message={error} />
      <FormActions submit="Add" disabled={saving} onCancel={onClose} />
    </form>
  )
}
