/**
 * Commands on goals, built from the open quarter in memory: add, edit, move
 * (drag and drop), delete. Each validates first (a ValidationError with a
 * sentence for the user, before anything changes) and says exactly which
 * rows it changes, so undo can take it back.
 */
import type { Goal, PlanDocument, StatusChange, StatusId } from '../../shared/model'
import { newId } from '../../shared/ids'
import { compareRanks, rankBetween } from '../../shared/ranks'
import { isStatusId } from '../../shared/statuses'
import { now } from '../db/clock'
import { ValidationError } from '../db/errors'
import { checkGoalFields as goalFieldsCheck, type GoalFields } from '../../shared/goals'
import { typedTexts, type TypedTexts } from '../../shared/typedText'
import type { RowChange } from './changes'
import type { Command } from './command'
import { createTeamChange } from './planCommands'

/** The goal fields as they will be stored, or a ValidationError with the rules' sentences. */
function checkGoalFields(fields: GoalFields): GoalFields {
  const checked = goalFieldsCheck(fields)
  if (!checked.ok) throw new ValidationError(checked.problems.join(' '))
  return checked.fields
}

/** What quick add and the editor give for a new goal. */
export interface NewGoalInput {
  teamId: string
  groupId?: string | null
  text: string
  status?: StatusId
  tasks?: string[]
  note?: string
  stretch?: boolean
}

/** The goal fields the editor can change. */
export type GoalPatch = Partial<
  Pick<
    Goal,
    'text' | 'teamId' | 'groupId' | 'status' | 'tasks' | 'note' | 'stretch' | 'carriedOverFrom'
  >
>

function requireGoal(quarter: PlanDocument, goalId: string): Goal {
  const goal = quarter.goals.find((candidate) => candidate.id === goalId)
  if (!goal) throw new ValidationError('That goal no longer exists.')
  return goal
}

/** Checks that the team (and group, if any) exist and that the group is the team's. */
export function checkPlacement(
  quarter: PlanDocument,
  teamId: string,
  groupId: string | null,
): void {
  const team = quarter.teams.find((candidate) => candidate.id === teamId)
  if (!team)
    throw new ValidationError('That team does not exist in this quarter. Choose another team.')
  if (groupId === null) return
  const group = quarter.groups.find((candidate) => candidate.id === groupId)
  if (!group) throw new ValidationError('That priority group does not exist in this quarter.')
  if (group.teamId !== teamId) {
    throw new ValidationError(
      `The priority group "${group.title}" belongs to another team than ${team.name}.`,
    )
  }
}

/** The goals of a column in order, leaving out `excludeId`. */
function column(quarter: PlanDocument, status: StatusId, excludeId?: string): Goal[] {
  return quarter.goals.filter((goal) => goal.status === status && goal.id !== excludeId)
}

function endOfColumn(quarter: PlanDocument, status: StatusId, excludeId?: string): string {
  return rankBetween(column(quarter, status, excludeId).at(-1)?.rank ?? null, null)
}

function historyEntry(goal: Goal, from: StatusId | null, at: number): RowChange {
  const entry: StatusChange = {
    id: newId(),
    planId: goal.planId,
    goalId: goal.id,
    from,
    to: goal.status,
    at,
  }
  return { table: 'history', id: entry.id, before: null, after: entry }
}

/** The goal text and note a person typed, without what the page cannot show (shared/typedText.ts). */
function typedGoalTexts<P extends { text?: string; note?: string }>(
  typed: TypedTexts,
  patch: P,
): P {
  const clean = { ...patch }
  if (patch.text !== undefined) clean.text = typed.take('the goal text', patch.text, 'several')
  if (patch.note !== undefined) clean.note = typed.take('the note', patch.note, 'one')
  return clean
}

/** The changes that add a goal at the end of its column, with its first history entry. */
export function addGoalChanges(quarter: PlanDocument, input: NewGoalInput): RowChange[] {
  return addGoal(quarter, input).changes
}

/**
 * Adds a goal at the end of its status column (To do unless given); control
 * characters in its text and note are left out, and the command says so
 * (with what else `texts` collected for the same change).
 */
export function addGoal(
  quarter: PlanDocument,
  typed: NewGoalInput,
  texts: TypedTexts = typedTexts(),
): Command {
  const input = typedGoalTexts(texts, typed)
  const fields = checkGoalFields({
    text: input.text,
    status: input.status ?? 'todo',
    tasks: input.tasks ?? [],
    note: input.note ?? '',
    stretch: input.stretch ?? false,
    carriedOverFrom: null,
  })
  const groupId = input.groupId ?? null
  checkPlacement(quarter, input.teamId, groupId)
  const at = now()
  const goal: Goal = {
    id: newId(),
    planId: quarter.plan.id,
    teamId: input.teamId,
    groupId,
    ...fields,
    rank: endOfColumn(quarter, fields.status),
    createdAt: at,
    updatedAt: at,
  }
  const changes: RowChange[] = [
    { table: 'goals', id: goal.id, before: null, after: goal },
    historyEntry(goal, null, at),
  ]
  return { label: 'Add goal', changes, notice: texts.notice() }
}

/**
 * Quick add's first goal of a quarter without teams: the team named in the
 * form and the goal in it, as one command (one Undo takes both back), with one
 * sentence for the control characters left out of either.
 */
export function addGoalWithFirstTeam(
  quarter: PlanDocument,
  teamName: string,
  typed: Omit<NewGoalInput, 'teamId'>,
): Command & { teamId: string } {
  const texts = typedTexts()
  const team = createTeamChange(quarter, { name: teamName }, texts)
  const withTeam = { ...quarter, teams: [...quarter.teams, team.after] }
  const goal = addGoal(withTeam, { ...typed, teamId: team.id }, texts)
  return { ...goal, changes: [team, ...goal.changes], teamId: team.id }
}

/**
 * Changes a goal's fields. `base` is what the fields were when the user
 * started (the editor's opening values); when memory holds something else
 * for a field being changed, running the command reports a conflict instead
 * of overwriting. A new status moves the goal to the end of that column and
 * is recorded in its history; a new team drops a group of the old one.
 */
export function updateGoal(
  quarter: PlanDocument,
  goalId: string,
  typed: GoalPatch,
  base?: GoalPatch,
): Command {
  const goal = requireGoal(quarter, goalId)
  // Only what the person typed now: a stored text is left as it is.
  const texts = typedTexts()
  const patch = typedGoalTexts(texts, typed)
  const fields = checkGoalFields({
    text: patch.text ?? goal.text,
    status: patch.status ?? goal.status,
    tasks: patch.tasks ?? goal.tasks,
    note: patch.note ?? goal.note,
    stretch: patch.stretch ?? goal.stretch,
    carriedOverFrom:
      patch.carriedOverFrom === undefined ? goal.carriedOverFrom : patch.carriedOverFrom,
  })
  const teamId = patch.teamId ?? goal.teamId
  let groupId = patch.groupId === undefined ? goal.groupId : patch.groupId
  if (patch.groupId === undefined && teamId !== goal.teamId) groupId = null
  checkPlacement(quarter, teamId, groupId)
  const statusChanged = fields.status !== goal.status
  const rank = statusChanged ? endOfColumn(quarter, fields.status, goal.id) : goal.rank
  const at = now()
  const after: Goal = { ...goal, ...fields, teamId, groupId, rank, updatedAt: at }
  const before: Goal = { ...goal, ...base }
  const changes: RowChange[] = [{ table: 'goals', id: goal.id, before, after }]
  if (statusChanged) changes.push(historyEntry(after, goal.status, at))
  return { label: 'Edit goal', changes, notice: texts.notice() }
}

/**
 * Drag and drop: puts the goal directly before `beforeGoalId` in the
 * `toStatus` column, or at its end when null. Changes the goal's rank (and
 * status, with a history entry) only; null when it is already there.
 */
export function moveGoal(
  quarter: PlanDocument,
  goalId: string,
  toStatus: StatusId,
  beforeGoalId: string | null,
): Command | null {
  if (!isStatusId(toStatus)) throw new ValidationError(`Unknown status "${String(toStatus)}".`)
  if (beforeGoalId === goalId) return null
  const goal = requireGoal(quarter, goalId)
  const others = column(quarter, toStatus, goal.id)
  let index = others.length
  if (beforeGoalId !== null) {
    index = others.findIndex((candidate) => candidate.id === beforeGoalId)
    if (index < 0)
      throw new ValidationError('The card it was dropped next to has moved. Try again.')
  }
  const previous = others[index - 1]
  const next = others[index]
  if (goal.status === toStatus) {
    // Already between these two: nothing to do.
    const place = quarter.goals.filter((candidate) => candidate.status === toStatus)
    const at = place.indexOf(goal)
    if (place[at - 1] === previous && place[at + 1] === next) return null
  }
  // Tied ranks (only in imported data) leave no room between: go just after the previous one.
  const tied = previous && next && compareRanks(previous.rank, next.rank) === 0
  const rank = tied
    ? rankBetween(previous.rank, null)
    : rankBetween(previous?.rank ?? null, next?.rank ?? null)
  const at = now()
  const after: Goal = { ...goal, status: toStatus, rank, updatedAt: at }
  const changes: RowChange[] = [{ table: 'goals', id: goal.id, before: goal, after }]
  if (goal.status !== toStatus) changes.push(historyEntry(after, goal.status, at))
  return { label: 'Move goal', changes }
}

/** Deletes a goal and its history. */
export function deleteGoal(quarter: PlanDocument, goalId: string): Command {
  const goal = requireGoal(quarter, goalId)
  const history = quarter.history.filter((entry) => entry.goalId === goalId)
  return {
    label: 'Delete goal',
    changes: [
      ...history.map((entry): RowChange => ({
        table: 'history',
        id: entry.id,
        before: entry,
        after: null,
      })),
      { table: 'goals', id: goal.id, before: goal, after: null },
    ],
  }
}

/**
 * Puts back a goal that was deleted (in another window, say) as `goal` says,
 * under its old id and rank; its team and group must still exist, or it
 * goes without its group.
 */
export function restoreGoal(quarter: PlanDocument, goal: Goal): Command {
  if (quarter.goals.some((candidate) => candidate.id === goal.id)) {
    throw new ValidationError('That goal is already back.')
  }
  const fields = checkGoalFields(goal)
  const groupId = quarter.groups.some((group) => group.id === goal.groupId) ? goal.groupId : null
  checkPlacement(quarter, goal.teamId, groupId)
  const restored: Goal = { ...goal, ...fields, groupId, updatedAt: now() }
  return {
    label: 'Restore goal',
    changes: [
      { table: 'goals', id: goal.id, before: null, after: restored },
      historyEntry(restored, null, restored.updatedAt),
    ],
  }
}
