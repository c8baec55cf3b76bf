/**
 * The goal editor dialog: every field of a goal, validated before anything
 * is saved; Delete removes at once and offers Undo. Closing it with changes
 * not saved (Escape, Cancel) asks first, so a stray key loses no typing.
 * A field someone else changed meanwhile is never overwritten unasked, and a
 * goal deleted elsewhere keeps what was typed here.
 */
import { useRef, useState, type FormEvent } from 'react'
import type { Goal } from '../../../shared/model'
import { editedFields, parseTaskList, validateGoalText, valuesOf } from '../../../shared/goals'
import { STATUS_IDS, statusLabel, type StatusId } from '../../../shared/statuses'
import { deleteGoal, restoreGoal, updateGoal, type GoalPatch } from '../../commands/goalCommands'
import { perform } from '../../commands/perform'
import { Dialog } from '../../components/Dialog'
import { Select } from '../../components/Select'
import { ConflictError } from '../../db/errors'
import { currentMemory, useGroups, useTeams } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { conflictingFields, type FieldConflict } from './editConflicts'
import { EditConflict, GoneNotice } from './EditConflict'
import { createTeamIn, updateGoalInNewGroup } from './editorCommands'
import { GoalHistory } from './GoalHistory'
import { InlineCreate } from './InlineCreate'
import { neighbourFocus } from './neighbourFocus'

/** The group select's value for a group made in this editor and not saved yet. */
const NEW_GROUP = 'new-group'
// The choice "No priority group" (a group id is never this word).
const NO_GROUP = 'no-group'

interface GoalEditorProps {
  /** The goal as it is now, or as last seen when `gone`. */
  goal: Goal
  /** Deleted (in another window, say) while the editor was open. */
  gone: boolean
  onClose: () => void
}

/** The editor of one goal. */
export function GoalEditor({ goal, gone, onClose }: GoalEditorProps) {
  const teams = useTeams()
  const groups = useGroups()
  // The goal as it was when the editor opened: what the form started from.
  const [opened, setOpened] = useState(goal)
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
  const [conflicts, setConflicts] = useState<FieldConflict[]>([])
  const [saving, setSaving] = useState(false)
  const [askingToDiscard, setAskingToDiscard] = useState(false)
  // A group made here exists only once the goal is saved: Cancel leaves none behind.
  const [newGroupTitle, setNewGroupTitle] = useState<string | null>(null)

  const teamGroups = groups.filter((group) => group.teamId === teamId)
  const validGroupId =
    teamGroups.some((group) => group.id === groupId) ||
    (groupId === NEW_GROUP && newGroupTitle !== null)
      ? groupId
      : null

  const changed =
    gone ||
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

  /** The form's fields checked; null (with the errors shown) when they cannot be saved. */
  function formFields() {
    const textProblem = validateGoalText(text)
    const parsed = parseTaskList(tasks)
    setTextError(textProblem)
    setTasksError('error' in parsed ? parsed.error : null)
    if (textProblem || 'error' in parsed) return null
    return {
      text: text.trim(),
      teamId,
      groupId: validGroupId,
      status,
      tasks: parsed.tasks,
      note: note.trim(),
      stretch,
    }
  }

  /** Saves what was changed here; `over` saves it over the other window's values too. */
  async function save(over = false) {
    const fields = formFields()
    if (!fields) return
    // Only what was changed here: another window may have changed the rest meanwhile.
    const base = over ? goal : opened
    const patch: GoalPatch = editedFields(base, fields)
    if (Object.keys(patch).length === 0) {
      onClose()
      return
    }
    setSaving(true)
    const result = await perform((quarter) =>
      fields.groupId === NEW_GROUP && newGroupTitle !== null
        ? updateGoalInNewGroup(quarter, goal.id, fields.teamId, newGroupTitle, patch, base)
        : updateGoal(quarter, goal.id, patch, valuesOf(base, patch)),
    )
    setSaving(false)
    if (result && !result.ok) {
      const now = currentMemory().quarter?.goals.find((candidate) => candidate.id === goal.id)
      if (result.error instanceof ConflictError && now) {
        setConflicts(conflictingFields(opened, now, editedFields(opened, fields), teams, groups))
      } else {
        setSaveError(errorMessage(result.error))
      }
      return
    }
    // A new status moves the card to another column: the focus follows it there.
    if (patch.status !== undefined) {
      useUiStore.getState().requestFocus({ goalIds: [goal.id], status: patch.status })
    }
    onClose()
  }

  /** Takes the other window's values for the conflicting fields, and keeps the rest as typed. */
  function takeTheirs() {
    for (const { field } of conflicts) {
      if (field === 'text') setText(goal.text)
      if (field === 'teamId') setTeamId(goal.teamId)
      if (field === 'groupId') setGroupId(goal.groupId)
      if (field === 'status') setStatus(goal.status)
      if (field === 'tasks') setTasks(goal.tasks.join(', '))
      if (field === 'note') setNote(goal.note)
      if (field === 'stretch') setStretch(goal.stretch)
    }
    setOpened(goal)
    setConflicts([])
  }

  async function restore() {
    const fields = formFields()
    if (!fields) return
    const result = await perform((quarter) => restoreGoal(quarter, { ...goal, ...fields }))
    if (result && !result.ok) setSaveError(errorMessage(result.error))
    else onClose()
  }

  async function remove() {
    const quarter = currentMemory().quarter
    if (quarter) useUiStore.getState().requestFocus(neighbourFocus(quarter, goal))
    onClose()
    const result = await perform((current) => deleteGoal(current, goal.id))
    const { showToast } = useUiStore.getState()
    if (result?.ok) showToast({ message: 'Goal deleted', undoId: result.id, tone: 'info' })
    else if (result) showToast({ message: errorMessage(result.error), tone: 'error' })
  }

  return (
    // Escape while asking answers "Keep editing", as Escape dismisses a question.
    <Dialog
      title="Edit goal"
      onClose={askingToDiscard ? keepEditing : requestClose}
      className="goal-editor"
    >
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault()
          if (gone) void restore()
          else void save()
        }}
        noValidate
      >
        {gone && <GoneNotice text={text} onRestore={() => void restore()} />}
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
          <Select
            label="Team"
            value={teamId}
            choices={teams.map((team) => ({ id: team.id, label: team.name }))}
            onChange={setTeamId}
          />
          <InlineCreate
            buttonLabel="New team…"
            inputLabel="New team name"
            emptyMessage="Team name cannot be empty."
            onCreate={async (name) => {
              const command = createTeamIn(name)
              setTeamId(await command)
              setGroupId(null)
            }}
          />
        </div>
        <div className="field-row">
          <Select
            label="Priority group"
            value={validGroupId ?? NO_GROUP}
            choices={[
              { id: NO_GROUP, label: 'No priority group' },
              ...teamGroups.map((group) => ({ id: group.id, label: group.title })),
              ...(newGroupTitle !== null ? [{ id: NEW_GROUP, label: newGroupTitle }] : []),
            ]}
            onChange={(id) => setGroupId(id === NO_GROUP ? null : id)}
          />
          <InlineCreate
            buttonLabel="New priority group…"
            inputLabel="New priority group title"
            emptyMessage="Priority group title cannot be empty."
            onCreate={async (title) => {
              if (teamGroups.some((g) => g.title.toLowerCase() === title.toLowerCase())) {
                throw new Error(
                  `This team already has a priority group "${title}"; choose it above.`,
                )
              }
              setNewGroupTitle(title)
              setGroupId(NEW_GROUP)
            }}
          />
        </div>
        <Select
          label="Status"
          value={status}
          choices={STATUS_IDS.map((id) => ({ id, label: statusLabel(id) }))}
          onChange={setStatus}
        />
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
        <GoalHistory goalId={goal.id} />
        {conflicts.length > 0 && (
          <EditConflict
            conflicts={conflicts}
            onKeepMine={() => {
              setConflicts([])
              void save(true)
            }}
            onTakeTheirs={takeTheirs}
          />
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
          {!gone && (
            <button type="submit" className="primary" disabled={saving}>
              Save
            </button>
          )}
          <button type="button" onClick={requestClose}>
            Cancel
          </button>
          {!gone && (
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete
            </button>
          )}
        </div>
      </form>
    </Dialog>
  )
}
