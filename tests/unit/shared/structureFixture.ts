/** A small quarter for the structure and status-update rules: SRE with two sub-teams, and Search. */
import type { Goal, PlanDocument, PriorityGroup, StatusId, Team } from '../../../src/shared/model'
import { createPlan } from '../../../src/shared/plan'

function team(id: string, name: string, rank: string, parentId: string | null = null): Team {
  return {
    id,
    planId: 'p',
    name,
    managerLabel: 'Team Manager',
    managers: [],
    parentId,
    dependencies: '',
    rank,
  }
}

function group(id: string, teamId: string, title: string, rank: string): PriorityGroup {
  return { id, planId: 'p', teamId, title, description: '', rank }
}

/** A goal of the fixture. */
export function goal(
  id: string,
  teamId: string,
  status: StatusId,
  rank: string,
  groupId: string | null = null,
): Goal {
  return {
    id,
    planId: 'p',
    teamId,
    groupId,
    text: `Goal ${id}`,
    status,
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank,
    createdAt: 1,
    updatedAt: 1,
  }
}

/** SRE (sub-teams Traffic, Observability), Search; groups in SRE and Search; goals in each. */
export function structureFixture(): PlanDocument {
  return {
    plan: createPlan({ department: 'Tech', fiscalYear: 2019, quarter: 2 }, 'p', 1),
    teams: [
      team('sre', 'Site Reliability Engineering', 'b'),
      team('traffic', 'Traffic', 'b', 'sre'),
      team('obs', 'Observability', 'c', 'sre'),
      team('search', 'Search', 'c'),
    ],
    groups: [
      group('core', 'sre', 'Core Work', 'b'),
      group('cross', 'sre', 'Cross-cutting', 'c'),
      group('s1', 'search', 'Better search', 'b'),
    ],
    goals: [
      goal('g1', 'sre', 'todo', 'b', 'core'),
      goal('g2', 'sre', 'done', 'b', 'cross'),
      goal('g3', 'sre', 'in-progress', 'c'),
      goal('g4', 'search', 'todo', 'c', 's1'),
      goal('g5', 'traffic', 'blocked', 'b'),
    ],
    history: [
      { id: 'h1', planId: 'p', goalId: 'g1', from: null, to: 'todo', at: 10 },
      { id: 'h3', planId: 'p', goalId: 'g3', from: null, to: 'todo', at: 11 },
      { id: 'h3b', planId: 'p', goalId: 'g3', from: 'todo', to: 'in-progress', at: 30 },
      { id: 'h4', planId: 'p', goalId: 'g4', from: null, to: 'todo', at: 12 },
    ],
    updates: [
      {
        id: 'u1',
        planId: 'p',
        teamId: 'sre',
        date: '2019-10-28',
        summary: '',
        grouped: true,
        items: [{ text: 'Goal g1', status: 'todo', note: '' }],
        rank: 'b',
      },
    ],
  }
}
