/**
 * Writes to goals: add, edit, drag-and-drop moves, delete and its undo. Each
 * operation is one read-write transaction that validates before it writes,
 * so a goal is never half-saved.
 */
import { now } from './clock'
import type { Goal, StatusChange, StatusId } from '../../shared/model'
import { newId } from '../../shared/ids'
import { rankBetween } from '../../shared/ranks'
import { isStatusId } from '../../shared/statuses'
import { lastBeforeRank, lastInColumn } from './columns'
import { readyDb, type QuarterdeckDatabase } from './database'
import { ValidationError } from './errors'
import { checkGoalFields, checkPlacement, requirePlan } from './goalRules'

/** What the quick-add and the editor provide for a new goal. */
export interface NewGoalInput {
  planId: string
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

/** A deleted goal with its history: everything restoreGoal needs for Undo. */
export interface DeletedGoal {
  goal: Goal
  history: StatusChange[]
}

function statusChange(goal: Goal, from: StatusId | null, at: number): StatusChange {
  return { id: newId(), planId: goal.planId, goalId: goal.id, from, to: goal.status, at }
}

// Takes the db rather than awaiting readyDb(): inside a Dexie transaction only
// Dexie promises may be awaited, or later reads would leave the transaction.
async function requireGoal(db: QuarterdeckDatabase, goalId: string): Promise<Goal> {
  const goal = typeof goalId === 'string' ? await db.goals.get(goalId) : undefined
  if (!goal) throw new ValidationError('That goal no longer exists.')
  return goal
}

/**
 * Adds a goal at the end of its status column (To do unless given), with a
 * creation entry (from: null) in its history.
 */
export async function addGoal(input: NewGoalInput): Promise<Goal> {
  const fields = checkGoalFields({
    text: input.text,
    status: input.status ?? 'todo',
    tasks: input.tasks ?? [],
    note: input.note ?? '',
    stretch: input.stretch ?? false,
    carriedOverFrom: null,
  })
  const db = await readyDb()
  return db.transaction('rw', [db.plans, db.teams, db.groups, db.goals, db.history], async () => {
    await requirePlan(db, input.planId)
    const groupId = input.groupId ?? null
    await checkPlacement(db, input.planId, input.teamId, groupId)
    const last = await lastInColumn(db, input.planId, fields.status)
    const at = now()
    const goal: Goal = {
      id: newId(),
      planId: input.planId,
      teamId: input.teamId,
      groupId,
      ...fields,
      rank: rankBetween(last?.rank ?? null, null),
      createdAt: at,
      updatedAt: at,
    }
    await db.goals.add(goal)
    await db.history.add(statusChange(goal, null, at))
    return goal
  })
}

/**
 * Changes a goal's fields. A status change moves the goal to the end of its
 * new column and records the change in its history. Changing the team drops
 * a priority group of the old team unless a group is given too.
 */
export async function updateGoal(goalId: string, patch: GoalPatch): Promise<Goal> {
  const db = await readyDb()
  return db.transaction('rw', [db.teams, db.groups, db.goals, db.history], async () => {
    const goal = await requireGoal(db, goalId)
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
    await checkPlacement(db, goal.planId, teamId, groupId)
    const at = now()
    const statusChanged = fields.status !== goal.status
    const rank = statusChanged
      ? rankBetween((await lastInColumn(db, goal.planId, fields.status))?.rank ?? null, null)
      : goal.rank
    const updated: Goal = { ...goal, ...fields, teamId, groupId, rank, updatedAt: at }
    await db.goals.put(updated)
    if (statusChanged) await db.history.add(statusChange(updated, goal.status, at))
    return updated
  })
}

/**
 * The drag-and-drop write: puts the goal directly before `beforeGoalId` in
 * the `toStatus` column, or at its end when null. Writes one new rank for the
 * moved goal only, plus a history entry when the status changes; does nothing
 * when the goal is already there.
 */
export async function moveGoal(
  goalId: string,
  toStatus: StatusId,
  beforeGoalId: string | null,
): Promise<void> {
  if (!isStatusId(toStatus)) throw new ValidationError(`Unknown status "${String(toStatus)}".`)
  if (beforeGoalId === goalId) return
  const db = await readyDb()
  await db.transaction('rw', [db.goals, db.history], async () => {
    const goal = await requireGoal(db, goalId)
    let previous: Goal | undefined
    let next: Goal | undefined
    if (beforeGoalId === null) {
      previous = await lastInColumn(db, goal.planId, toStatus)
      if (previous?.id === goal.id) return
      if (previous === undefined && goal.status === toStatus) return
    } else {
      next = await db.goals.get(beforeGoalId)
      if (!next || next.planId !== goal.planId || next.status !== toStatus) {
        throw new ValidationError('The card it was dropped next to has moved. Try again.')
      }
      previous = await lastBeforeRank(db, goal.planId, toStatus, next.rank)
      if (previous?.id === goal.id) return
      if (previous !== undefined && goal.status === toStatus && previous.rank === goal.rank) {
        // Tied ranks (only possible in imported data): skip past the goal itself.
        previous = await lastBeforeRank(db, goal.planId, toStatus, next.rank, goal.id)
      }
    }
    const at = now()
    const moved: Goal = {
      ...goal,
      status: toStatus,
      rank: rankBetween(previous?.rank ?? null, next?.rank ?? null),
      updatedAt: at,
    }
    await db.goals.put(moved)
    if (goal.status !== toStatus) await db.history.add(statusChange(moved, goal.status, at))
  })
}

/** Deletes a goal and its history; returns both for Undo (restoreGoal). */
export async function deleteGoal(goalId: string): Promise<DeletedGoal> {
  const db = await readyDb()
  return db.transaction('rw', [db.goals, db.history], async () => {
    const goal = await requireGoal(db, goalId)
    const history = await db.history.where('goalId').equals(goalId).sortBy('at')
    await db.history.bulkDelete(history.map((entry) => entry.id))
    await db.goals.delete(goalId)
    return { goal, history }
  })
}

/**
 * Undo of deleteGoal: puts the goal back exactly as it was (same id, rank and
 * history). Does nothing if it is already back; refuses when its quarter or
 * team has been deleted since.
 */
export async function restoreGoal(deleted: DeletedGoal): Promise<void> {
  const { goal, history } = deleted
  const db = await readyDb()
  await db.transaction('rw', [db.plans, db.teams, db.groups, db.goals, db.history], async () => {
    if (await db.goals.get(goal.id)) return
    await requirePlan(db, goal.planId)
    const groupExists = goal.groupId !== null && (await db.groups.get(goal.groupId)) !== undefined
    await checkPlacement(db, goal.planId, goal.teamId, groupExists ? goal.groupId : null)
    await db.goals.add(groupExists || goal.groupId === null ? goal : { ...goal, groupId: null })
    await db.history.bulkPut(history)
  })
}
