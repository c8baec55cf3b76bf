/**
 * The goal editor dialog: every field of a goal, validated before anything
 * is saved; Delete removes at once and offers Undo. Closing it with changes
 * not saved (Escape, Cancel) asks first, so a stray key loses no typing.
 */
import { useRef, useState, type FormEvent } from 'react'
import type { Goal, PriorityGroup, Team } from '../../../shared/model'
import { editedFields, parseTaskList, validateGoalText, valuesOf } from '../../../shared/goals'
import { STATUS_IDS, statusLabel, type StatusId } from '../../../shared/statuses'
import { createGroup, createTeam, updateGoal } from '../../db/repository'
import { useGoals, useGroups, useTeams } from '../../db/queries'
import { Dialog } from '../../components/Dialog'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { keepFocusNearCard } from '../board/keepFocusNearCard'
import { deleteGoalWithUndo } from './deleteGoalWithUndo'
import { InlineCreate } from './InlineCreate'

/** Renders the editor for the goal being edited, if any. */
export function GoalEditorHost({ planId }: { planId: string }) {
  const goalId = useUiStore((state) => state.editingGoalId)
  if (!goalId) return null
  return <GoalEditorLoader planId={planId} goalId={goalId} />
}

function GoalEditorLoader({ planId, goalId }: { planId: string; goalId: string }) {
  const goals = useGoals(planId)
  const teams = useTeams(planId)
  const groups = useGroups(planId)
  const close = () => useUiStore.getState().openEditor(null)
  if (!goals || !teams || !groups) return null
  const goal = goals.find((candidate) => candidate.id === goalId)
  if (!goal) {
    // Deleted meanwhile (perhaps in another window): nothing left to edit.
    return (
      <Dialog title="Goal not found" onClose={close}>
        <p>This goal no longer exists.</p>
        <div className="form-actions">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </Dialog>
    )
  }
  return <GoalEditor key={goal.id} goal={goal} teams={teams} groups={groups} onClose={close} />
}

interface GoalEditorProps {
  goal: Goal
  teams: Team[]
  groups: PriorityGroup[]
  onClose: () => void
}

function GoalEditor({ goal, teams, groups, onClose }: GoalEditorProps) {
  // The goal as it was when the editor opened: what the form started from.
  const [opened] = useState(goal)
  const [text, setText] = useState(goal.text)
  const [teamId, setTeamId] = useState(goal.teamId)
  const [groupId, setGroupId] = useState<string | null>(goal.groupId)
  const [status, setStatus] = useState<StatusId>(goal.status)
  const [tasks, setTasks] = useState(goal.tasks.join(', '))
  const [note, setNote] = useState(goal.note)
  const [stretch, setStretch] = useState(goal.stretch)
  const [textError, setTextError] = useState<string | null>(null)
  const [tasksError, setTasksError] = useState<string | null>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [askingToDiscard, setAskingToDiscard] = useState(false)

  const teamGroups = groups.filter((group) => group.teamId === teamId)
  const validGroupId = teamGroups.some((group) => group.id === groupId) ? groupId : null

  const changed =
    text !== opened.text ||
    teamId !== opened.teamId ||
    groupId !== opened.groupId ||
    status !== opened.status ||
    tasks !== opened.tasks.join(', ') ||
    note !== opened.note ||
    stretch !== opened.stretch

  // Where the focus was when the question came up, to return to with "Keep editing".
  const focusBeforeAsking = useRef<HTMLElement | null>(null)

  /** Escape and Cancel: close, unless that would throw away changes not saved yet. */
  function requestClose() {
    if (!changed) {
      onClose()
      return
    }
    if (document.activeElement instanceof HTMLElement) {
      focusBeforeAsking.current = document.activeElement
    }
    setAskingToDiscard(true)
  }

  function keepEditing() {
    setAskingToDiscard(false)
    focusBeforeAsking.current?.focus()
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    const textProblem = validateGoalText(text)
    const parsed = parseTaskList(tasks)
    setTextError(textProblem)
    setTasksError('error' in parsed ? parsed.error : null)
    if (textProblem || 'error' in parsed) return
    // Only what was changed here: another window may have changed the rest meanwhile.
    const patch = editedFields(opened, {
      text: text.trim(),
      teamId,
      groupId: validGroupId,
      status,
      tasks: parsed.tasks,
      note: note.trim(),
      stretch,
    })
    if (Object.keys(patch).length === 0) {
      onClose()
      return
    }
    // Undo puts back what the store held for those fields just before this save.
    const before = valuesOf(goal, patch)
    setSaving(true)
    // A new status moves the card to another column: the focus follows it there.
    if (patch.status !== undefined && patch.status !== goal.status) keepFocusNearCard(goal.id)
    try {
      await updateGoal(goal.id, patch)
      useUiStore.getState().pushUndo('Edit goal', async () => {
        await updateGoal(goal.id, before)
      })
      onClose()
    } catch (caught) {
      setSaveError(errorMessage(caught))
      setSaving(false)
    }
  }

  async function remove() {
    keepFocusNearCard(goal.id)
    onClose()
    await deleteGoalWithUndo(goal.id)
  }

  return (
    // Escape while asking answers "Keep editing", as Escape dismisses a question.
    <Dialog
      title="Edit goal"
      onClose={askingToDiscard ? keepEditing : requestClose}
      className="goal-editor"
    >
      <form onSubmit={save} noValidate>
        <label className="field">
          <span>Goal text</span>
          <textarea
            value={text}
            rows={3}
            aria-invalid={textError !== null}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {textError && (
          <p className="field-error" role="alert">
            {textError}
          </p>
        )}
        <div className="field-row">
          <label className="field">
            <span>Team</span>
            <select
              aria-label="Team"
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
            >
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          <InlineCreate
            buttonLabel="New team…"
            inputLabel="New team name"
            emptyMessage="Team name cannot be empty."
            onCreate={async (name) => {
              const team = await createTeam(goal.planId, { name })
              setTeamId(team.id)
              setGroupId(null)
            }}
          />
        </div>
        <div className="field-row">
          <label className="field">
            <span>Priority group</span>
            <select
              aria-label="Priority group"
              value={validGroupId ?? ''}
              onChange={(event) => setGroupId(event.target.value || null)}
            >
              <option value="">No priority group</option>
              {teamGroups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.title}
                </option>
              ))}
            </select>
          </label>
          <InlineCreate
            buttonLabel="New priority group…"
            inputLabel="New priority group title"
            emptyMessage="Priority group title cannot be empty."
            onCreate={async (title) => {
              const group = await createGroup(goal.planId, teamId, { title })
              setGroupId(group.id)
            }}
          />
        </div>
        <label className="field">
          <span>Status</span>
          <select
            aria-label="Status"
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusId)}
          >
            {STATUS_IDS.map((id) => (
              <option key={id} value={id}>
                {statusLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Phabricator tasks</span>
          <input
            value={tasks}
            placeholder="T223626, T234229"
            aria-invalid={tasksError !== null}
            onChange={(event) => setTasks(event.target.value)}
          />
        </label>
        {tasksError && (
          <p className="field-error" role="alert">
            {tasksError}
          </p>
        )}
        <label className="field">
          <span>Note</span>
          <input
            value={note}
            placeholder="this work continues from Q1"
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <label className="field-check">
          <input
            type="checkbox"
            checked={stretch}
            onChange={(event) => setStretch(event.target.checked)}
          />
          <span>Stretch goal</span>
        </label>
        {goal.carriedOverFrom && (
          <p className="field-hint">Continued from {goal.carriedOverFrom}.</p>
        )}
        {saveError && (
          <p className="field-error" role="alert">
            {saveError}
          </p>
        )}
        {askingToDiscard ? (
          <div className="discard-prompt" role="alert">
            <p>Discard the changes you made to this goal?</p>
            <div className="form-actions">
              <button type="button" className="danger" onClick={onClose}>
                Discard changes
              </button>
              <button type="button" autoFocus onClick={keepEditing}>
                Keep editing
              </button>
            </div>
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
          <button type="button" onClick={requestClose}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>
        </div>
      </form>
    </Dialog>
  )
}
