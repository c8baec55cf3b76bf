/**
 * Commands on a quarter's structure: teams and priority groups changed,
 * reordered and deleted. The rules live in src/shared/structure.ts and give
 * the quarter after; these commands are the difference, row by row, so one
 * Undo takes a change back whole (a deleted team with its moved goals).
 */
import type { PlanDocument } from '../../shared/model'
import {
  deleteGroup as deleteGroupRule,
  deleteTeam as deleteTeamRule,
  moveGoalToGroup as moveGoalToGroupRule,
  moveGroup as moveGroupRule,
  moveTeam as moveTeamRule,
  RuleError,
  updateGroup as updateGroupRule,
  updateTeam as updateTeamRule,
  type GroupPatch,
  type TeamGoalsFate,
  type TeamPatch,
} from '../../shared/structure'
import { ValidationError } from '../db/errors'
import { documentChanges } from './changes'
import type { Command } from './command'

/** A rule's quarter after, as a command; null when the rule changed nothing. */
function byRule(
  label: string,
  quarter: PlanDocument,
  rule: (doc: PlanDocument) => PlanDocument,
): Command | null {
  let after: PlanDocument
  try {
    after = rule(quarter)
  } catch (error) {
    if (error instanceof RuleError) throw new ValidationError(error.message)
    throw error
  }
  const changes = documentChanges(quarter, after)
  return changes.length === 0 ? null : { label, changes }
}

/** Changes a team's name, manager line, parent or dependencies. */
export function updateTeam(
  quarter: PlanDocument,
  teamId: string,
  patch: TeamPatch,
): Command | null {
  return byRule('Edit team', quarter, (doc) => updateTeamRule(doc, teamId, patch))
}

/** Moves a team to `index` among its siblings. */
export function moveTeam(quarter: PlanDocument, teamId: string, index: number): Command | null {
  return byRule('Reorder teams', quarter, (doc) => moveTeamRule(doc, teamId, index))
}

/** Deletes a team; its goals move to another team or are deleted with it. */
export function deleteTeam(
  quarter: PlanDocument,
  teamId: string,
  fate: TeamGoalsFate,
): Command | null {
  return byRule('Delete team', quarter, (doc) => deleteTeamRule(doc, teamId, fate))
}

/** Renames a priority group or changes its description. */
export function updateGroup(
  quarter: PlanDocument,
  groupId: string,
  patch: GroupPatch,
): Command | null {
  return byRule('Edit priority group', quarter, (doc) => updateGroupRule(doc, groupId, patch))
}

/** Moves a priority group to `index` among its team's groups. */
export function moveGroup(quarter: PlanDocument, groupId: string, index: number): Command | null {
  return byRule('Reorder priority groups', quarter, (doc) => moveGroupRule(doc, groupId, index))
}

/** Puts a goal in another priority group of its team, or in none (null). */
export function moveGoalToGroup(
  quarter: PlanDocument,
  goalId: string,
  groupId: string | null,
): Command | null {
  return byRule('Move goal to priority group', quarter, (doc) =>
    moveGoalToGroupRule(doc, goalId, groupId),
  )
}

/** Deletes a priority group; its goals go to another group of the team, or to none. */
export function deleteGroup(
  quarter: PlanDocument,
  groupId: string,
  toGroupId: string | null,
): Command | null {
  return byRule('Delete priority group', quarter, (doc) => deleteGroupRule(doc, groupId, toGroupId))
}
