import type { Goal, PriorityGroup, Team } from '../../../src/shared/model'
import type { StatusId } from '../../../src/shared/statuses'

export function team(id: string, parentId: string | null = null, name = id): Team {
  return {
    id,
    planId: 'p',
    name,
    managerLabel: 'Team Manager',
    managers: [],
    parentId,
    dependencies: '',
    rank: 'i',
  }
}

export function group(id: string, teamId: string, title = id): PriorityGroup {
  return { id, planId: 'p', teamId, title, description: '', rank: 'i' }
}

export function goal(id: string, status: StatusId, extra: Partial<Goal> = {}): Goal {
  return {
    id,
    planId: 'p',
    teamId: 'sre',
    groupId: null,
    text: `Goal ${id}`,
    status,
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank: 'i',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  }
}
