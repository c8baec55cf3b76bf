/**
 * The quarter the wiki benchmark exports and imports: generated with the
 * domain's own constructors, shaped like a large reference page (teams with
 * managers, priority groups with descriptions, goals with tasks, notes, inline
 * wikitext and characters that need escaping, and dated status updates).
 */
import type {
  Goal,
  PlanDocument,
  PriorityGroup,
  StatusChange,
  StatusUpdate,
  Team,
} from '../src/shared/model'
import { createPlan } from '../src/shared/plan'
import { evenRanks } from '../src/shared/ranks'
import { BOARD_STATUSES } from '../src/shared/statuses'

/** Size of the generated quarter. */
export interface WikiQuarterSize {
  teams: number
  goalsPerTeam: number
  groupsPerTeam: number
}

const VERBS = ['Improve', 'Migrate', 'Deploy', 'Reduce', 'Measure', 'Document', 'Refactor']
const THINGS = [
  'the [[Event Platform]] pipeline',
  "'''search''' latency for non-English wikis",
  'the API gateway (phase 2)',
  'dashboards for editors | readers',
  'caches in eqiad & codfw',
]

function pick<T>(items: readonly T[], index: number): T {
  return items[index % items.length] as T
}

/** A deterministic quarter of `teams × goalsPerTeam` goals. */
export function generateWikiQuarter(
  size: WikiQuarterSize,
  now = Date.UTC(2019, 9, 1),
): PlanDocument {
  let nextId = 0
  const newId = () => `bench-${++nextId}`
  const plan = createPlan(
    { department: 'Benchmark Technology', fiscalYear: 2019, quarter: 2 },
    newId(),
    now,
  )
  const planId = plan.id
  const teams: Team[] = []
  const groups: PriorityGroup[] = []
  const goals: Goal[] = []
  const history: StatusChange[] = []
  const updates: StatusUpdate[] = []
  const teamRanks = evenRanks(size.teams)
  const goalRanks = evenRanks(size.teams * size.goalsPerTeam)
  const groupRanks = evenRanks(size.groupsPerTeam)
  const updateRanks = evenRanks(2)

  teamRanks.forEach((rank, t) => {
    const teamId = newId()
    teams.push({
      id: teamId,
      planId,
      name: `Team ${String(t + 1).padStart(3, '0')}`,
      managerLabel: 'Team Manager',
      managers: [`Manager ${t + 1}`],
      parentId: null,
      dependencies: t % 4 === 0 ? `Team ${String(t + 2).padStart(3, '0')}` : '',
      rank,
    })
    const groupIds = groupRanks.map((groupRank, g) => {
      const groupId = newId()
      groups.push({
        id: groupId,
        planId,
        teamId,
        title: `Priority ${g + 1}. ${pick(['Core Work', 'Reduce Complexity', 'Knowledge Gaps'], g)}`,
        description: g % 2 === 0 ? `Description of priority ${g + 1} for team ${t + 1}` : '',
        rank: groupRank,
      })
      return groupId
    })
    for (let i = 0; i < size.goalsPerTeam; i++) {
      const n = goals.length
      const goalId = newId()
      const status = pick(BOARD_STATUSES, n)
      goals.push({
        id: goalId,
        planId,
        teamId,
        groupId: pick(groupIds, Math.floor((i * size.groupsPerTeam) / size.goalsPerTeam)),
        text: `${pick(VERBS, n)} ${pick(THINGS, n)} #${n + 1}`,
        status,
        tasks:
          n % 2 === 0
            ? [`T${200000 + n}`]
            : n % 7 === 0
              ? [`T${300000 + n}`, `T${400000 + n}`]
              : [],
        note: n % 5 === 0 ? 'this work continues from Q1' : '',
        stretch: n % 11 === 0,
        carriedOverFrom: null,
        rank: goalRanks[n] as string,
        createdAt: now,
        updatedAt: now,
      })
      history.push({ id: newId(), planId, goalId, from: null, to: status, at: now })
    }
    updates.push({
      id: newId(),
      planId,
      teamId,
      date: '2019-10-28',
      summary: '',
      grouped: false,
      items: [0, 1, 2].map((k) => ({
        text: `Progress item ${k + 1} of team ${t + 1}`,
        status: pick(BOARD_STATUSES, k + t),
        note: '',
      })),
      rank: updateRanks[0] as string,
    })
    updates.push({
      id: newId(),
      planId,
      teamId,
      date: '2019-12-12',
      summary: '',
      grouped: true,
      items: [0, 1, 2, 3, 4].map((k) => ({
        text: `Result ${k + 1} of team ${t + 1}`,
        status: pick(['done', 'in-progress', 'blocked'] as const, k),
        note: '',
      })),
      rank: updateRanks[1] as string,
    })
  })
  return { plan, teams, groups, goals, history, updates }
}
