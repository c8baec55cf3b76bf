/**
 * Builds the example quarter (Wikimedia Technology, FY2019–20 Q2) from the
 * plain records under data/, so a new user can see a full board at once.
 */
import type {
  Goal,
  PlanDocument,
  PriorityGroup,
  StatusChange,
  StatusUpdate,
  StatusUpdateItem,
  Team,
} from '../model'
import { createPlan } from '../plan'
import { evenRanks } from '../ranks'
import { EXAMPLE_PLAN, EXAMPLE_TEAMS } from './data'
import type { ExampleUpdateRecord } from './records'

/** What the builder needs from its caller: ids and the creation time. */
export interface ExampleOptions {
  newId: () => string
  now: number
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new Error(`Missing item ${index}`)
  return item
}

function updateItems(record: ExampleUpdateRecord): { grouped: boolean; items: StatusUpdateItem[] } {
  if ('sections' in record) {
    return {
      grouped: true,
      items: record.sections.flatMap((section) =>
        section.items.map((text) => ({ text, status: section.status, note: '' })),
      ),
    }
  }
  return {
    grouped: false,
    items: record.items.map((item) => ({
      text: item.text,
      status: item.status,
      note: item.note ?? '',
    })),
  }
}

/** The example quarter as a complete plan document. */
export function buildExampleQuarter(options: ExampleOptions): PlanDocument {
  const { newId, now } = options
  const plan = createPlan(
    {
      department: EXAMPLE_PLAN.department,
      fiscalYear: EXAMPLE_PLAN.fiscalYear,
      quarter: EXAMPLE_PLAN.quarter,
      fiscalYearStartMonth: EXAMPLE_PLAN.fiscalYearStartMonth,
    },
    newId(),
    now,
  )
  plan.intro = EXAMPLE_PLAN.intro
  const planId = plan.id

  const teams: Team[] = []
  const groups: PriorityGroup[] = []
  const goals: Goal[] = []
  const history: StatusChange[] = []
  const updates: StatusUpdate[] = []
  const teamIds = new Map<string, string>()
  const teamRanks = evenRanks(EXAMPLE_TEAMS.length)
  const goalCount = EXAMPLE_TEAMS.reduce(
    (sum, team) => sum + team.groups.reduce((n, group) => n + group.goals.length, 0),
    0,
  )
  // One rank sequence over the whole page keeps page order inside every status column.
  const goalRanks = evenRanks(goalCount)

  EXAMPLE_TEAMS.forEach((record, teamIndex) => {
    const teamId = newId()
    teamIds.set(record.name, teamId)
    const parentId = record.parent === undefined ? null : teamIds.get(record.parent)
    if (parentId === undefined) throw new Error(`Parent team ${record.parent} must come first`)
    teams.push({
      id: teamId,
      planId,
      name: record.name,
      managerLabel: record.managerLabel ?? 'Team Manager',
      managers: [...record.managers],
      parentId,
      dependencies: record.dependencies ?? '',
      rank: at(teamRanks, teamIndex),
    })

    const groupRanks = evenRanks(record.groups.length)
    record.groups.forEach((groupRecord, groupIndex) => {
      const groupId = newId()
      groups.push({
        id: groupId,
        planId,
        teamId,
        title: groupRecord.title,
        description: groupRecord.description ?? '',
        rank: at(groupRanks, groupIndex),
      })
      for (const goalRecord of groupRecord.goals) {
        const goalId = newId()
        const status = goalRecord.status ?? 'todo'
        goals.push({
          id: goalId,
          planId,
          teamId,
          groupId,
          text: goalRecord.text,
          status,
          tasks: [...(goalRecord.tasks ?? [])],
          note: goalRecord.note ?? '',
          stretch: goalRecord.stretch ?? false,
          carriedOverFrom: null,
          rank: at(goalRanks, goals.length),
          createdAt: now,
          updatedAt: now,
        })
        history.push({ id: newId(), planId, goalId, from: null, to: status, at: now })
      }
    })

    const updateRecords = record.updates ?? []
    const updateRanks = evenRanks(updateRecords.length)
    updateRecords.forEach((updateRecord, updateIndex) => {
      updates.push({
        id: newId(),
        planId,
        teamId,
        date: updateRecord.date,
        summary: updateRecord.summary ?? '',
        ...updateItems(updateRecord),
        rank: at(updateRanks, updateIndex),
      })
    })
  })

  return { plan, teams, groups, goals, history, updates }
}
