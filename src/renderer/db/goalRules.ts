/**
 * Checks the repository runs before it writes a goal. Every failure is a
 * ValidationError with a message for the person who typed the value.
 */
import type { Goal, PriorityGroup, Team } from '../../shared/model'
import { isTaskId, validateGoalText } from '../../shared/goals'
import { isStatusId } from '../../shared/statuses'
import type { QuarterdeckDatabase } from './database'
import { ValidationError } from './errors'

/** The goal fields a user edits, as they will be stored. */
export type GoalFields = Pick<
  Goal,
  'text' | 'status' | 'tasks' | 'note' | 'stretch' | 'carriedOverFrom'
>

/**
 * Validates the user-editable fields of a goal; returns them normalised
 * (duplicate task ids removed, order kept).
 */
export function checkGoalFields(fields: GoalFields): GoalFields {
  if (typeof fields.text !== 'string') throw new ValidationError('Goal text must be text.')
  const textProblem = validateGoalText(fields.text)
  if (textProblem) throw new ValidationError(textProblem)
  if (!isStatusId(fields.status)) {
    throw new ValidationError(`Unknown status "${String(fields.status)}".`)
  }
  if (!Array.isArray(fields.tasks)) throw new ValidationError('Task ids must be a list.')
  const bad = fields.tasks.filter((task) => typeof task !== 'string' || !isTaskId(task))
  if (bad.length > 0) {
    throw new ValidationError(
      `Not a Phabricator task id: ${bad.map((b) => `"${String(b)}"`).join(', ')}. Use T followed by digits, such as T223626.`,
    )
  }
  if (typeof fields.note !== 'string') throw new ValidationError('The note must be text.')
  if (typeof fields.stretch !== 'boolean') {
    throw new ValidationError('Stretch must be either on or off.')
  }
  if (fields.carriedOverFrom !== null && typeof fields.carriedOverFrom !== 'string') {
    throw new ValidationError('"Carried over from" must be a quarter such as Q1, or nothing.')
  }
  return { ...fields, tasks: [...new Set(fields.tasks)] }
}

/**
 * Checks that a team (and group, if any) exist in the plan and that the group
 * sits in that team's section. Reads only; call it inside the write
 * transaction so nothing can change in between.
 */
export async function checkPlacement(
  db: QuarterdeckDatabase,
  planId: string,
  teamId: string,
  groupId: string | null,
): Promise<{ team: Team; group: PriorityGroup | null }> {
  const team = typeof teamId === 'string' ? await db.teams.get(teamId) : undefined
  if (!team || team.planId !== planId) {
    throw new ValidationError('That team does not exist in this quarter. Choose another team.')
  }
  if (groupId === null) return { team, group: null }
  const group = typeof groupId === 'string' ? await db.groups.get(groupId) : undefined
  if (!group || group.planId !== planId) {
    throw new ValidationError('That priority group does not exist in this quarter.')
  }
  if (group.teamId !== teamId) {
    throw new ValidationError(
      `The priority group "${group.title}" belongs to another team than ${team.name}.`,
    )
  }
  return { team, group }
}

/** The plan, or a ValidationError saying it is gone. */
export async function requirePlan(db: QuarterdeckDatabase, planId: string) {
  const plan = typeof planId === 'string' ? await db.plans.get(planId) : undefined
  if (!plan) throw new ValidationError('That quarter no longer exists.')
  return plan
}
