/**
 * What the goal editor creates besides the goal's own change: a team made
 * from the editor (its own command), and a goal saved into a priority group
 * made in the editor (one command with the group).
 */
import type { Goal, PlanDocument } from '../../../shared/model'
import type { Command } from '../../commands/command'
import { updateGoal, type GoalPatch } from '../../commands/goalCommands'
import { perform } from '../../commands/perform'
import { createGroup, createTeam } from '../../commands/planCommands'
import { valuesOf } from '../../../shared/goals'

/** Adds a team from the editor (its own command, undone on its own); resolves to its id. */
export async function createTeamIn(name: string): Promise<string> {
  let id = ''
  const result = await perform((quarter) => {
    const command = createTeam(quarter, { name })
    id = command.team.id
    return command
  })
  if (result && !result.ok) throw result.error
  return id
}

/**
 * Saving a goal into a priority group made in this editor: the group and the
 * goal's change as one command, so one Undo takes both back.
 */
export function updateGoalInNewGroup(
  quarter: PlanDocument,
  goalId: string,
  teamId: string,
  title: string,
  patch: GoalPatch,
  base: Goal,
): Command {
  const made = createGroup(quarter, teamId, { title })
  const withGroup = { ...quarter, groups: [...quarter.groups, made.group] }
  const edit = updateGoal(
    withGroup,
    goalId,
    { ...patch, groupId: made.group.id },
    valuesOf(base, patch),
  )
  return {
    label: 'Edit goal',
    changes: [...made.changes, ...edit.changes],
    notice: [made.notice, edit.notice].filter(Boolean).join(' ') || undefined,
  }
}
