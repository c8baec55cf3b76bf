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
import { typedTexts } from '../../shared/typedText'
import { ValidationError } from '../db/errors'
import { documentChanges } from './changes'
import type { Command } from './command'

/** A rule's quarter after, as a command; null when the rule changed nothing. */
function byRule(
  label: string,
  quarter: PlanDocument,
  rule: (doc: PlanDocument) => PlanDocument,
  notice?: string,
): Command | null {
  let after: PlanDocument
  try {
    after = rule(quarter)
  } catch (error) {
    if (error instanceof RuleError) throw new ValidationError(error.message)
    throw error
  }
  const changes = documentChanges(quarter, after)
  return changes.length === 0 ? null : { label, changes, notice }
}

/** Changes a team's name, manager line, parent or dependencies. */
export function updateTeam(
  quarter: PlanDocument,
  teamId: string,
  typed: TeamPatch,
): Command | null {
  // Control characters typed or pasted are left out before the rule sees the fields.
  const texts = typedTexts()
  const patch: TeamPatch = { ...typed }
  if (typed.name !== undefined) patch.name = texts.take('the team name', typed.name, 'one')
  if (typed.managerLabel !== undefined)
    patch.managerLabel = texts.take('the manager label', typed.managerLabel, 'one')
  if (typed.managers !== undefined)
    patch.managers = typed.managers.map((name) => texts.take('the managers', name, 'one'))
  if (typed.dependencies !== undefined)
    patch.dependencies = texts.take('the dependencies', typed.dependencies, 'several')
  return byRule('Edit team', quarter, (doc) => updateTeamRule(doc, teamId, patch), texts.notice())
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
  typed: GroupPatch,
): Command | null {
  const texts = typedTexts()
  const patch: GroupPatch = { ...typed }
  if (typed.title !== undefined)
    patch.title = texts.take('the priority group title', typed.title, 'one')
  if (typed.description !== undefined)
    patch.description = texts.take('the priority group description', typed.description, 'one')
  return byRule(
    'Edit priority group',
    quarter,
    (doc) => updateGroupRule(doc, groupId, patch),
    texts.notice(),
  )
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
