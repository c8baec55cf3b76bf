/**
 * Gives a plan document fresh ids, so a plan from a backup can sit beside the
 * plan it was copied from ("Keep both") instead of replacing it.
 */
import type { PlanDocument } from '../model'

/**
 * A copy of `doc` in which the plan and every row in it have new ids, with
 * every reference (plan, team parent, group team, goal team and group,
 * history goal, update team) pointing at the new ids. Ranks, texts and
 * timestamps are kept, so the copy exports exactly like the original.
 */
export function reidentifyPlan(doc: PlanDocument, newId: () => string): PlanDocument {
  const planId = newId()
  const teamIds = new Map(doc.teams.map((team) => [team.id, newId()]))
  const groupIds = new Map(doc.groups.map((group) => [group.id, newId()]))
  const goalIds = new Map(doc.goals.map((goal) => [goal.id, newId()]))
  // A reference to a row missing from the document cannot be remapped; failing
  // here beats writing a copy whose rows point into another plan.
  const mapped = (ids: Map<string, string>, id: string, what: string): string => {
    const next = ids.get(id)
    if (next === undefined) throw new Error(`Cannot copy plan: unknown ${what} id "${id}"`)
    return next
  }
  return {
    plan: { ...doc.plan, id: planId },
    teams: doc.teams.map((team) => ({
      ...team,
      id: mapped(teamIds, team.id, 'team'),
      planId,
      parentId: team.parentId === null ? null : mapped(teamIds, team.parentId, 'team'),
    })),
    groups: doc.groups.map((group) => ({
      ...group,
      id: mapped(groupIds, group.id, 'group'),
      planId,
      teamId: mapped(teamIds, group.teamId, 'team'),
    })),
    goals: doc.goals.map((goal) => ({
      ...goal,
      id: mapped(goalIds, goal.id, 'goal'),
      planId,
      teamId: mapped(teamIds, goal.teamId, 'team'),
      groupId: goal.groupId === null ? null : mapped(groupIds, goal.groupId, 'group'),
    })),
    history: doc.history.map((change) => ({
      ...change,
      id: newId(),
      planId,
      goalId: mapped(goalIds, change.goalId, 'goal'),
    })),
    updates: doc.updates.map((update) => ({
      ...update,
      id: newId(),
      planId,
      teamId: mapped(teamIds, update.teamId, 'team'),
      items: update.items.map((item) => ({ ...item })),
    })),
  }
}
