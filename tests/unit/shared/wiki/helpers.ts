/** Test helpers for the wiki exporter and importer. */
import type {
  Goal,
  PlanDocument,
  PriorityGroup,
  StatusUpdate,
  Team,
  TemplateProfile,
} from '../../../../src/shared/model'
import { createPlan } from '../../../../src/shared/plan'
import { evenRanks } from '../../../../src/shared/ranks'

/** A deterministic id generator: id1, id2, … */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0
  return () => `${prefix}${++next}`
}

/**
 * The document with every id replaced by its position of first appearance, so
 * two imports of the same page compare equal whatever ids they were given.
 */
export function canonical(doc: PlanDocument): unknown {
  const names = new Map<string, string>()
  const name = (id: string | null): string | null => {
    if (id === null) return null
    if (!names.has(id)) names.set(id, `#${names.size + 1}`)
    return names.get(id) as string
  }
  return {
    plan: { ...doc.plan, id: name(doc.plan.id) },
    teams: doc.teams.map((t) => ({
      ...t,
      id: name(t.id),
      planId: name(t.planId),
      parentId: name(t.parentId),
    })),
    groups: doc.groups.map((g) => ({
      ...g,
      id: name(g.id),
      planId: name(g.planId),
      teamId: name(g.teamId),
    })),
    goals: doc.goals.map((g) => ({
      ...g,
      id: name(g.id),
      planId: name(g.planId),
      teamId: name(g.teamId),
      groupId: name(g.groupId),
    })),
    history: doc.history.map((h) => ({
      ...h,
      id: name(h.id),
      planId: name(h.planId),
      goalId: name(h.goalId),
    })),
    updates: doc.updates.map((u) => ({
      ...u,
      id: name(u.id),
      planId: name(u.planId),
      teamId: name(u.teamId),
    })),
  }
}

/** Goal fields a test sets; the rest get defaults. */
export type GoalInput = Partial<Goal> & Pick<Goal, 'text'>

/**
 * A small hand-built quarter: two teams (one with a sub-team), groups with and
 * without descriptions, goals outside any group, and both kinds of status update.
 */
export function smallDoc(): PlanDocument {
  const plan = createPlan(
    { department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 2 },
    'plan',
    0,
  )
  const [r1, r2, r3] = evenRanks(3) as [string, string, string]
  const teams: Team[] = [
    team('analytics', 'Analytics', 'Team Manager', ['Nuria Ruiz'], null, r1, ''),
    team(
      'sre',
      'Site Reliability Engineering',
      'Directors',
      ['Mark Bergsma', 'Faidon Liambotis'],
      null,
      r2,
      '',
    ),
    team(
      'traffic',
      'Traffic',
      'Team Manager',
      ['Brandon Black'],
      'sre',
      r3,
      'Service Operations for the CDN',
    ),
  ]
  const groups: PriorityGroup[] = [
    {
      id: 'g1',
      planId: 'plan',
      teamId: 'analytics',
      title: 'Modern Event Platform',
      description: 'Build a reliable platform for event data',
      rank: r1,
    },
    {
      id: 'g2',
      planId: 'plan',
      teamId: 'analytics',
      title: 'Smart Tools for Better Data',
      description: '',
      rank: r2,
    },
    { id: 'g3', planId: 'plan', teamId: 'traffic', title: 'Core Work', description: '', rank: r1 },
  ]
  const inputs: Array<[string, string | null, GoalInput]> = [
    ['analytics', null, { text: 'Hire a data engineer', status: 'in-progress' }],
    [
      'analytics',
      'g1',
      { text: 'Resolve Kafka Connect HDFS licensing', status: 'postponed', tasks: ['T223626'] },
    ],
    [
      'analytics',
      'g1',
      { text: 'Initial Stream Config Service', status: 'done', tasks: ['T233634', 'T1'] },
    ],
    [
      'analytics',
      'g2',
      {
        text: 'Deploy entropy-based alarms',
        status: 'in-progress',
        note: 'this work continues from Q1',
        carriedOverFrom: 'Q1',
      },
    ],
    [
      'analytics',
      'g2',
      {
        text: "Release [[Mediawiki History]] in JSON|CSV, '''soon'''",
        status: 'blocked',
        stretch: true,
      },
    ],
    [
      'traffic',
      'g3',
      { text: 'Switch production edge TLS termination to ATS', status: 'partially-done' },
    ],
    [
      'sre',
      null,
      { text: 'Deliver 80% of the asks by EOQ', status: 'todo', note: 'see {{phab|T2}}' },
    ],
  ]
  const ranks = evenRanks(inputs.length)
  const goals: Goal[] = inputs.map(([teamId, groupId, input], i) => ({
    id: `goal${i + 1}`,
    planId: 'plan',
    teamId,
    groupId,
    status: 'todo',
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank: ranks[i] as string,
    createdAt: 0,
    updatedAt: 0,
    ...input,
  }))
  const updates: StatusUpdate[] = [
    {
      id: 'u1',
      planId: 'plan',
      teamId: 'analytics',
      date: '2019-10-28',
      summary: '',
      grouped: false,
      items: [
        { text: 'Finalize productionizing kerberos service', status: 'done', note: '' },
        {
          text: 'Set up a workflow to create Kerberos accounts',
          status: 'in-progress',
          note: 'waiting for review',
        },
        { text: '(no updates available)', status: null, note: '' },
      ],
      rank: r1,
    },
    {
      id: 'u2',
      planId: 'plan',
      teamId: 'analytics',
      date: '2019-12-12',
      summary: 'end of quarter',
      grouped: true,
      items: [
        { text: 'Make kerberos infra prod ready', status: 'done', note: '' },
        { text: 'Superset upgrade', status: 'done', note: 'upgraded to 0.35' },
        { text: 'Presto experiments', status: 'in-progress', note: '' },
        { text: 'Describe statement of work', status: 'blocked', note: '' },
      ],
      rank: r2,
    },
  ]
  const history = goals.map((g) => ({
    id: `h-${g.id}`,
    planId: 'plan',
    goalId: g.id,
    from: null,
    to: g.status,
    at: 0,
  }))
  return { plan, teams, groups, goals, history, updates }
}

function team(
  id: string,
  name: string,
  managerLabel: string,
  managers: string[],
  parentId: string | null,
  rank: string,
  dependencies: string,
): Team {
  return { id, planId: 'plan', name, managerLabel, managers, parentId, dependencies, rank }
}

/** A custom template profile (a wiki of its own templates), shared by the wiki suites. */
export const CUSTOM: TemplateProfile = {
  kind: 'custom',
  name: 'Wikitech',
  statuses: {
    todo: '{{Status|todo}}',
    'in-progress': '{{Status|doing}}',
    done: '✔ done',
    blocked: '{{Status|blocked}}',
    postponed: '{{Status|later}}',
    'partially-done': '{{Status|partly}}',
  },
  task: '[https://phabricator.wikimedia.org/$1 $1]',
}
