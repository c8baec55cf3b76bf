/**
 * Goal field rules shared by the editor, the repository, import and backup.
 */
import type { Goal } from './model'

const TASK_ID = /^T[1-9][0-9]*$/

/** True for a Phabricator task id such as "T223626". */
export function isTaskId(value: string): boolean {
  return TASK_ID.test(value)
}

/**
 * Parses what a user typed in the task field ("T1, T2 t3"): ids separated by
 * commas or white space. Lower-case "t" is accepted and normalised; anything
 * else is reported, naming the bad entries.
 */
export function parseTaskList(input: string): { tasks: string[] } | { error: string } {
  const entries = input
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const tasks: string[] = []
  const bad: string[] = []
  for (const entry of entries) {
    const normalised = entry.replace(/^t/, 'T')
    if (isTaskId(normalised)) {
      if (!tasks.includes(normalised)) tasks.push(normalised)
    } else bad.push(entry)
  }
  if (bad.length > 0) {
    return {
      error: `Not a Phabricator task id: ${bad.map((b) => `"${b}"`).join(', ')}. Use T followed by digits, such as T223626.`,
    }
  }
  return { tasks }
}

/** Problem with a goal's text, or null when it is acceptable. */
export function validateGoalText(text: string): string | null {
  if (text.trim() === '') return 'Goal text cannot be empty.'
  return null
}

/** The fields of a goal that a person changes in the editor. */
export type EditableGoalFields = Pick<
  Goal,
  'text' | 'teamId' | 'groupId' | 'status' | 'tasks' | 'note' | 'stretch'
>

const EDITABLE_KEYS = ['text', 'teamId', 'groupId', 'status', 'tasks', 'note', 'stretch'] as const

function sameValue(a: EditableGoalFields[keyof EditableGoalFields], b: typeof a): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i])
  }
  return a === b
}

/**
 * The fields of `edited` that differ from `opened` (the goal as the editor
 * showed it when it opened): what a save writes. A field left alone is not
 * written, so a change another window made to it meanwhile survives the save.
 */
export function editedFields(
  opened: EditableGoalFields,
  edited: EditableGoalFields,
): Partial<EditableGoalFields> {
  const changed: Partial<EditableGoalFields> = {}
  for (const key of EDITABLE_KEYS) {
    if (!sameValue(opened[key], edited[key])) Object.assign(changed, { [key]: edited[key] })
  }
  return changed
}

/** `goal`'s values of the fields that `fields` holds: what an Undo of an edit puts back. */
export function valuesOf(
  goal: EditableGoalFields,
  fields: Partial<EditableGoalFields>,
): Partial<EditableGoalFields> {
  const values: Partial<EditableGoalFields> = {}
  for (const key of EDITABLE_KEYS) {
    if (key in fields) Object.assign(values, { [key]: goal[key] })
  }
  return values
}
