/**
 * The editor's view of a change made elsewhere while it was open: which of
 * the fields the user changed were also changed meanwhile (another window,
 * say), and how to show a field's value in words.
 */
import type { Goal, PriorityGroup, Team } from '../../../shared/model'
import type { EditableGoalFields } from '../../../shared/goals'
import { sameValue } from '../../commands/changes'
import { statusLabel } from '../../../shared/statuses'

/** A field both the user and someone else changed since the editor opened. */
export interface FieldConflict {
  field: keyof EditableGoalFields
  label: string
  theirs: string
  mine: string
}

const LABELS: Record<keyof EditableGoalFields, string> = {
  text: 'Goal text',
  teamId: 'Team',
  groupId: 'Priority group',
  status: 'Status',
  tasks: 'Phabricator tasks',
  note: 'Note',
  stretch: 'Stretch goal',
}

/** A field's value as the editor shows it. */
export function shownValue(
  field: keyof EditableGoalFields,
  value: EditableGoalFields[keyof EditableGoalFields],
  teams: readonly Team[],
  groups: readonly PriorityGroup[],
): string {
  if (field === 'teamId') return teams.find((team) => team.id === value)?.name ?? '(a deleted team)'
  if (field === 'groupId') {
    return value === null ? 'No priority group' : (groups.find((g) => g.id === value)?.title ?? '')
  }
  if (field === 'status') return statusLabel(value as Goal['status'])
  if (field === 'tasks') return (value as string[]).join(', ')
  if (field === 'stretch') return value ? 'Yes' : 'No'
  return String(value)
}

/**
 * The fields of `patch` (what this editor changes) whose value in `current`
 * is no longer the one the editor opened with.
 */
export function conflictingFields(
  opened: Goal,
  current: Goal,
  patch: Partial<EditableGoalFields>,
  teams: readonly Team[],
  groups: readonly PriorityGroup[],
): FieldConflict[] {
  return (Object.keys(patch) as (keyof EditableGoalFields)[])
    .filter((field) => !sameValue(opened[field], current[field]))
    .map((field) => ({
      field,
      label: LABELS[field],
      theirs: shownValue(field, current[field], teams, groups),
      mine: shownValue(field, patch[field] as EditableGoalFields[typeof field], teams, groups),
    }))
}
