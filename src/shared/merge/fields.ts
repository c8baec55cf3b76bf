/**
 * The fields merged one by one, per table: how to read each in merged ids
 * (so references compare across copies whose ids differ), how to write it
 * back, its name for a person and how its values read. Ranks and timestamps
 * are not listed: they never make a conflict (see mergePlans.ts).
 */
import type { Goal, Plan, PriorityGroup, StatusUpdate, Team } from '../model'
import { statusLabel, type StatusId } from '../statuses'

/** Merged ids of one side's references. */
export interface Refs {
  team(id: string): string
  group(id: string | null): string | null
}

/** Names of merged rows, for describing values. */
export interface Names {
  team(mergedId: string): string
  group(mergedId: string): string
}

/** One merged field of a row type. */
export interface FieldSpec<R> {
  name: string
  label: string
  get(row: R, refs: Refs): unknown
  set(row: R, value: unknown): R
  text(value: unknown, names: Names): string
}

const shown = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '(empty)'
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ')
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return entries.length === 0
      ? '(none)'
      : entries.map(([k, v]) => `${k}: ${String(v)}`).join('; ')
  }
  return String(value)
}

// A plain field: the row's own property, written back as is; absent optional
// properties (undefined) are removed rather than stored as undefined.
function plain<R, K extends keyof R & string>(
  name: K,
  label: string,
  text: (value: unknown, names: Names) => string = shown,
): FieldSpec<R> {
  return {
    name,
    label,
    get: (row) => row[name],
    set: (row, value) => {
      const next = { ...row, [name]: value }
      if (value === undefined) delete next[name]
      return next
    },
    text,
  }
}

const teamName = (value: unknown, names: Names) =>
  typeof value === 'string' ? names.team(value) : '(none)'

const PLACEMENT: FieldSpec<Goal> = {
  name: 'placement',
  label: 'Team and priority group',
  get: (goal, refs) => ({ teamId: refs.team(goal.teamId), groupId: refs.group(goal.groupId) }),
  set: (goal, value) => {
    const { teamId, groupId } = value as { teamId: string; groupId: string | null }
    return { ...goal, teamId, groupId }
  },
  text: (value, names) => {
    const { teamId, groupId } = value as { teamId: string; groupId: string | null }
    return groupId === null
      ? `${names.team(teamId)} (no priority group)`
      : `${names.team(teamId)} › ${names.group(groupId)}`
  },
}

/** A goal's fields. */
export const GOAL_FIELDS: readonly FieldSpec<Goal>[] = [
  PLACEMENT,
  plain('text', 'Text'),
  plain('status', 'Status', (value) => statusLabel(value as StatusId)),
  plain('tasks', 'Task ids'),
  plain('note', 'Note'),
  plain('stretch', 'Stretch goal'),
  plain('carriedOverFrom', 'Continued from', (value) =>
    value === null ? '(not continued)' : shown(value),
  ),
  plain('columns', 'Other columns'),
]

/** A team's fields. */
export const TEAM_FIELDS: readonly FieldSpec<Team>[] = [
  plain('name', 'Name'),
  plain('managerLabel', 'Manager label'),
  plain('managers', 'Managers'),
  plain('managerJoin', 'How managers are joined', (value) =>
    value === undefined ? 'A, B and C' : value === 'oxford' ? 'A, B, and C' : 'A, B, C',
  ),
  {
    name: 'parentId',
    label: 'Parent team',
    get: (team, refs) => (team.parentId === null ? null : refs.team(team.parentId)),
    set: (team, value) => ({ ...team, parentId: value as string | null }),
    text: (value, names) => (value === null ? '(top level)' : teamName(value, names)),
  },
  plain('dependencies', 'Dependencies on'),
  plain('columns', 'Table columns'),
]

/** A priority group's fields. */
export const GROUP_FIELDS: readonly FieldSpec<PriorityGroup>[] = [
  {
    name: 'teamId',
    label: 'Team',
    get: (group, refs) => refs.team(group.teamId),
    set: (group, value) => ({ ...group, teamId: value as string }),
    text: teamName,
  },
  plain('title', 'Title'),
  plain('description', 'Description'),
]

/** A status update's fields. */
export const UPDATE_FIELDS: readonly FieldSpec<StatusUpdate>[] = [
  {
    name: 'teamId',
    label: 'Team',
    get: (update, refs) => refs.team(update.teamId),
    set: (update, value) => ({ ...update, teamId: value as string }),
    text: teamName,
  },
  plain('date', 'Date', (value) => (value === '' ? '(no date)' : String(value))),
  plain('summary', 'Summary'),
  plain('grouped', 'Items grouped by status'),
  plain(
    'items',
    'Items',
    (value) =>
      (value as StatusUpdate['items'])
        .map((item) => `${item.status === null ? '' : `${statusLabel(item.status)}: `}${item.text}`)
        .join('\n') || '(none)',
  ),
]

/** The plan's own fields. */
export const PLAN_FIELDS: readonly FieldSpec<Plan>[] = [
  plain('department', 'Department'),
  plain('fiscalYear', 'Fiscal year'),
  plain('quarter', 'Quarter'),
  plain('fiscalYearStartMonth', 'Month the fiscal year starts'),
  plain('titlePattern', 'Page title pattern'),
  plain('intro', 'Intro'),
  plain('layout', 'Page layout'),
  plain('profile', 'Template profile', (value) => (value as Plan['profile']).name),
]

/** Deep equality of field values (plain data); key order and absent-vs-undefined do not count. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]))
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = new Set([...Object.keys(x), ...Object.keys(y)])
  for (const key of keys) if (!sameValue(x[key], y[key])) return false
  return true
}
