/**
 * A plan document from a plain description of its teams, groups, goals and
 * status updates, with its arrays already in page order (sub-teams right
 * after their parent), so it compares with what an import of its page gives.
 * The property tests draw such descriptions with fast-check
 * (tests/unit/shared/wiki/roundtrip.test.ts, tests/mediawiki/hostilePlans.ts).
 */
import type {
  Goal,
  PlanDocument,
  PriorityGroup,
  StatusUpdate,
  StatusUpdateItem,
  Team,
} from '../../src/shared/model'
import { createPlan } from '../../src/shared/plan'
import { evenRanks } from '../../src/shared/ranks'

/** What a goal of a spec says: every field a person types. */
export type GoalSpec = Pick<
  Goal,
  'text' | 'status' | 'tasks' | 'note' | 'stretch' | 'carriedOverFrom' | 'columns'
>

/** A dated status update of a team, as it will be stored. */
export interface UpdateSpec {
  date: string
  summary: string
  grouped: boolean
  items: StatusUpdateItem[]
}

/** A team: `child` makes it a sub-team of the last top-level team before it. */
export interface TeamSpec {
  name: string
  managerLabel: string
  managers: string[]
  dependencies: string
  child: boolean
  loose: GoalSpec[]
  groups: { title: string; description: string; goals: GoalSpec[] }[]
  updates: UpdateSpec[]
  /** The headers of the team's own table layout (Team.columns), if it has one. */
  columns?: string[]
}

/** A quarter of Wikimedia Technology, 2019-20 Q2, unless `department` says otherwise. */
export interface PlanSpec {
  department?: string
  intro: string
  teams: TeamSpec[]
}

function giveRanks<T extends { rank: string }>(list: T[]): void {
  const ranks = evenRanks(list.length)
  list.forEach((item, i) => (item.rank = ranks[i] as string))
}

/** The plan document `spec` describes, with ids such as `team0`, `goal3`. */
export function planFromSpec(spec: PlanSpec): PlanDocument {
  const created = createPlan(
    { department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 2 },
    'plan',
    0,
  )
  const plan = { ...created, department: spec.department ?? created.department, intro: spec.intro }
  const teams: Team[] = []
  const groups: PriorityGroup[] = []
  const goals: Goal[] = []
  const updates: StatusUpdate[] = []
  let parent: string | null = null
  const addGoal = (g: GoalSpec, teamId: string, groupId: string | null): void => {
    goals.push({
      ...g,
      id: `goal${goals.length}`,
      planId: 'plan',
      teamId,
      groupId,
      rank: '',
      createdAt: 0,
      updatedAt: 0,
    })
  }
  spec.teams.forEach((t, i) => {
    const id = `team${i}`
    const parentId = t.child && parent !== null ? parent : null
    if (parentId === null) parent = id
    teams.push({
      id,
      planId: 'plan',
      name: t.name,
      managerLabel: t.managerLabel,
      managers: t.managers,
      parentId,
      dependencies: t.dependencies,
      rank: '',
      ...(t.columns ? { columns: t.columns } : {}),
    })
    for (const g of t.loose) addGoal(g, id, null)
    t.groups.forEach((g, k) => {
      const groupId = `${id}-group${k}`
      groups.push({
        id: groupId,
        planId: 'plan',
        teamId: id,
        title: g.title,
        description: g.description,
        rank: '',
      })
      for (const goal of g.goals) addGoal(goal, id, groupId)
    })
    t.updates.forEach((u, k) => {
      updates.push({ id: `${id}-update${k}`, planId: 'plan', teamId: id, ...u, rank: '' })
    })
  })
  giveRanks(teams)
  giveRanks(groups)
  giveRanks(goals)
  giveRanks(updates)
  const history = goals.map((g) => ({
    id: `h${g.id}`,
    planId: 'plan',
    goalId: g.id,
    from: null,
    to: g.status,
    at: 0,
  }))
  return { plan, teams, groups, goals, history, updates }
}
