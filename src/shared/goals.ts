/**
 * Goal field rules shared by the editor, the repository, import and backup:
 * the one place that says what a goal's text, status, task ids, note,
 * stretch flag and carried-over marker may hold.
 */
import type { Goal } from './model'
import { isStatusId, STATUS_IDS } from './statuses'

const TASK_ID = /^T[1-9][0-9]*$/

/** True for a Phabricator task id such as "T223626". */
export function isTaskId(value: string): boolean {
  return TASK_ID.test(value)
}

// One wording for a bad task id, whether typed in the editor or found in a file.
function notTaskIds(bad: readonly unknown[]): string {
  const shown = bad.map((b) => `"${String(b)}"`).join(', ')
  return `Not a Phabricator task id: ${shown}. Use T followed by digits, such as T223626.`
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
  return bad.length > 0 ? { error: notTaskIds(bad) } : { tasks }
}

/** Problem with a goal's text, or null when it is acceptable. */
export function validateGoalText(text: string): string | null {
  if (text.trim() === '') return 'Goal text cannot be empty.'
  return null
}

/** The goal fields a person edits, as they are stored. */
export type GoalFields = Pick<
  Goal,
  'text' | 'status' | 'tasks' | 'note' | 'stretch' | 'carriedOverFrom'
>

/** A rule for one field: a message for the person who typed the value, or null when it is fine. */
export type FieldRule = (value: unknown) => string | null

function badTaskIds(tasks: readonly unknown[]): string | null {
  const bad = tasks.filter((task) => typeof task !== 'string' || !isTaskId(task))
  return bad.length === 0 ? null : notTaskIds(bad)
}

/**
 * The rule of each goal field. Values are `unknown` so that files, pages and
 * IPC can be checked as they come; the backup schema uses these same rules.
 */
export const GOAL_FIELD_RULES: { readonly [K in keyof GoalFields]: FieldRule } = {
  text: (value) =>
    typeof value === 'string' ? validateGoalText(value) : 'Goal text must be text.',
  status: (value) =>
    isStatusId(value)
      ? null
      : `Unknown status "${String(value)}"; use one of ${STATUS_IDS.join(', ')}.`,
  tasks: (value) => (Array.isArray(value) ? badTaskIds(value) : 'Task ids must be a list.'),
  note: (value) => (typeof value === 'string' ? null : 'The note must be text.'),
  stretch: (value) => (typeof value === 'boolean' ? null : 'Stretch must be either on or off.'),
  carriedOverFrom: (value) =>
    value === null || typeof value === 'string'
      ? null
      : '"Carried over from" must be a quarter such as Q1, or nothing.',
}

const GOAL_FIELD_KEYS = Object.keys(GOAL_FIELD_RULES) as Array<keyof GoalFields>

/** Result of checking goal fields: the normalised fields, or every problem found. */
export type GoalFieldsCheck = { ok: true; fields: GoalFields } | { ok: false; problems: string[] }

/**
 * Checks the fields a person edits before a goal is written. On success the
 * fields come back normalised: duplicate task ids removed, order kept.
 */
export function checkGoalFields(fields: GoalFields): GoalFieldsCheck {
  const problems: string[] = []
  for (const key of GOAL_FIELD_KEYS) {
    const problem = GOAL_FIELD_RULES[key](fields[key])
    if (problem !== null) problems.push(problem)
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, fields: { ...fields, tasks: [...new Set(fields.tasks)] } }
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
