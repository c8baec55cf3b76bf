/**
 * Turning what the importer read into a plan document: ids from the caller's
 * generator, ranks in page order, and one creation entry of history per goal.
 */
import type {
  Goal,
  Plan,
  PlanDocument,
  PriorityGroup,
  StatusChange,
  StatusUpdate,
  Team,
} from '../../model'
import { evenRanks } from '../../ranks'
import type { RawGoal } from './importSection'
import type { SectionOut } from './importTypes'

/** The document for a plan and its sections, in page order. */
export function buildDocument(
  plan: Plan,
  sections: SectionOut[],
  newId: () => string,
  now: number,
): PlanDocument {
  const planId = plan.id
  const teams: Team[] = []
  const groups: PriorityGroup[] = []
  const goals: Goal[] = []
  const updates: StatusUpdate[] = []
  const history: StatusChange[] = []
  const parents: string[] = []
  const rawGoals: RawGoal[] = []
  const goalIds: Array<{ teamId: string; groupId: string | null }> = []

  for (const section of sections) {
    const id = newId()
    parents.length = section.depth
    const parentId = section.depth > 0 ? (parents[section.depth - 1] ?? null) : null
    parents[section.depth] = id
    const body = section.body
    teams.push({
      id,
      planId,
      name: section.name,
      managerLabel: body.managerLabel,
      managers: body.managers,
      ...(body.managerJoin ? { managerJoin: body.managerJoin } : {}),
      parentId,
      dependencies: body.dependencies,
      rank: '',
      ...(body.columns ? { columns: body.columns } : {}),
    })
    for (const goal of body.loose) {
      rawGoals.push(goal)
      goalIds.push({ teamId: id, groupId: null })
    }
    for (const group of body.groups) {
      const groupId = newId()
      groups.push({
        id: groupId,
        planId,
        teamId: id,
        title: group.title,
        description: group.description,
        rank: '',
      })
      for (const goal of group.goals) {
        rawGoals.push(goal)
        goalIds.push({ teamId: id, groupId })
      }
    }
    for (const { line: _line, ...update } of body.updates) {
      updates.push({ id: newId(), planId, teamId: id, ...update, rank: '' })
    }
  }
  // One even spread per collection in page order: every status column and every
  // group then lists its goals in page order, and re-export reproduces the page.
  assignRanks(teams)
  assignRanks(groups)
  assignRanks(updates)
  const goalRanks = evenRanks(rawGoals.length)
  rawGoals.forEach((raw, i) => {
    const { teamId, groupId } = goalIds[i] as { teamId: string; groupId: string | null }
    const id = newId()
    goals.push({
      id,
      planId,
      teamId,
      groupId,
      text: raw.text,
      status: raw.status,
      tasks: raw.tasks,
      note: raw.note,
      stretch: raw.stretch,
      carriedOverFrom: raw.carriedOverFrom,
      rank: goalRanks[i] as string,
      ...(raw.columns ? { columns: raw.columns } : {}),
      createdAt: now,
      updatedAt: now,
    })
    history.push({ id: newId(), planId, goalId: id, from: null, to: raw.status, at: now })
  })
  return {
    plan,
    teams,
    groups,
    goals,
    history,
    updates,
  }
}

function assignRanks(items: Array<{ rank: string }>): void {
  const ranks = evenRanks(items.length)
  items.forEach((item, i) => {
    item.rank = ranks[i] as string
  })
}
