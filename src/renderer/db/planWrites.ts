/**
 * Writes to plans and their structure: creating a quarter, editing its
 * settings, deleting it with everything in it, and adding teams and priority
 * groups.
 */
import { now } from './clock'
import type { Plan, PriorityGroup, Team } from '../../shared/model'
import { newId } from '../../shared/ids'
import { createPlan as newPlan, validateNewPlan, type NewPlanInput } from '../../shared/plan'
import { isMonth } from '../../shared/quarter'
import { compareRanks, rankBetween } from '../../shared/ranks'
import { STATUS_IDS } from '../../shared/statuses'
import { readyDb } from './database'
import { ValidationError } from './errors'
import { requirePlan } from './goalRules'

/** The plan settings the UI can change after creation. */
export type PlanPatch = Partial<
  Pick<
    Plan,
    'department' | 'intro' | 'titlePattern' | 'layout' | 'profile' | 'fiscalYearStartMonth'
  >
>

/** What the UI provides for a new team. */
export interface NewTeamInput {
  name: string
  managerLabel?: string
  managers?: string[]
  parentId?: string | null
  dependencies?: string
}

/** What the UI provides for a new priority group. */
export interface NewGroupInput {
  title: string
  description?: string
}

/** Creates an empty quarter. */
export async function createPlan(input: NewPlanInput): Promise<Plan> {
  const problems = validateNewPlan(input)
  if (problems.length > 0) throw new ValidationError(problems.join(' '))
  const plan = newPlan(input, newId(), now())
  const db = await readyDb()
  await db.plans.add(plan)
  return plan
}

function checkPlanPatch(patch: PlanPatch): PlanPatch {
  const clean: PlanPatch = {}
  if (patch.department !== undefined) {
    if (typeof patch.department !== 'string' || patch.department.trim() === '') {
      throw new ValidationError('Department name is required.')
    }
    clean.department = patch.department.trim()
  }
  if (patch.intro !== undefined) {
    if (typeof patch.intro !== 'string') throw new ValidationError('The intro must be text.')
    clean.intro = patch.intro
  }
  if (patch.titlePattern !== undefined) {
    if (typeof patch.titlePattern !== 'string' || patch.titlePattern.trim() === '') {
      throw new ValidationError('The page title pattern cannot be empty.')
    }
    clean.titlePattern = patch.titlePattern
  }
  if (patch.layout !== undefined) {
    if (patch.layout !== 'table' && patch.layout !== 'list') {
      throw new ValidationError('The page layout must be "table" or "list".')
    }
    clean.layout = patch.layout
  }
  if (patch.fiscalYearStartMonth !== undefined) {
    if (!isMonth(patch.fiscalYearStartMonth)) {
      throw new ValidationError('Fiscal year start month must be 1–12.')
    }
    clean.fiscalYearStartMonth = patch.fiscalYearStartMonth
  }
  if (patch.profile !== undefined) clean.profile = checkProfile(patch.profile)
  return clean
}

function checkProfile(profile: Plan['profile']): Plan['profile'] {
  if (typeof profile !== 'object' || profile === null) {
    throw new ValidationError('The template profile is missing.')
  }
  if (!['mediawiki', 'plain', 'custom'].includes(profile.kind)) {
    throw new ValidationError(`Unknown template profile kind "${String(profile.kind)}".`)
  }
  const missing = STATUS_IDS.filter((status) => typeof profile.statuses?.[status] !== 'string')
  if (missing.length > 0) {
    throw new ValidationError(`The template profile has no markup for: ${missing.join(', ')}.`)
  }
  if (typeof profile.task !== 'string' || !profile.task.includes('$1')) {
    throw new ValidationError('The task link markup must contain $1 where the task id goes.')
  }
  if (typeof profile.name !== 'string') throw new ValidationError('The profile needs a name.')
  return { ...profile, statuses: { ...profile.statuses } }
}

/** Changes a quarter's settings. */
export async function updatePlan(planId: string, patch: PlanPatch): Promise<void> {
  const clean = checkPlanPatch(patch)
  const db = await readyDb()
  await db.transaction('rw', db.plans, async () => {
    const plan = await requirePlan(db, planId)
    await db.plans.put({ ...plan, ...clean, updatedAt: now() })
  })
}

/** Deletes a quarter and everything in it, in one transaction. */
export async function deletePlan(planId: string): Promise<void> {
  const db = await readyDb()
  await db.transaction('rw', db.allTables(), async () => {
    for (const table of [db.teams, db.groups, db.goals, db.history, db.updates]) {
      await table.where('planId').equals(planId).delete()
    }
    await db.plans.delete(planId)
  })
}

function lastRank(rows: readonly { rank: string }[]): string | null {
  let last: string | null = null
  for (const row of rows) if (last === null || compareRanks(row.rank, last) > 0) last = row.rank
  return last
}

/** Adds a team after the plan's other teams. Names are unique per quarter, ignoring case. */
export async function createTeam(planId: string, input: NewTeamInput): Promise<Team> {
  const name = typeof input.name === 'string' ? input.name.trim() : ''
  if (name === '') throw new ValidationError('Team name is required.')
  const managers = (input.managers ?? []).map((m) => String(m).trim()).filter((m) => m !== '')
  const db = await readyDb()
  return db.transaction('rw', [db.plans, db.teams], async () => {
    await requirePlan(db, planId)
    const teams = await db.teams.where('planId').equals(planId).toArray()
    if (teams.some((team) => team.name.toLowerCase() === name.toLowerCase())) {
      throw new ValidationError(`There is already a team named "${name}" in this quarter.`)
    }
    const parentId = input.parentId ?? null
    if (parentId !== null && !teams.some((team) => team.id === parentId)) {
      throw new ValidationError('The parent team does not exist in this quarter.')
    }
    const team: Team = {
      id: newId(),
      planId,
      name,
      managerLabel: input.managerLabel?.trim() || 'Team Manager',
      managers,
      parentId,
      dependencies: input.dependencies ?? '',
      rank: rankBetween(lastRank(teams), null),
    }
    await db.teams.add(team)
    return team
  })
}

/** Adds a priority group after the team's other groups. */
export async function createGroup(
  planId: string,
  teamId: string,
  input: NewGroupInput,
): Promise<PriorityGroup> {
  const title = typeof input.title === 'string' ? input.title.trim() : ''
  if (title === '') throw new ValidationError('Priority group title is required.')
  const db = await readyDb()
  return db.transaction('rw', [db.teams, db.groups], async () => {
    const team = await db.teams.get(teamId)
    if (!team || team.planId !== planId) {
      throw new ValidationError('That team does not exist in this quarter.')
    }
    const groups = await db.groups.where('teamId').equals(teamId).toArray()
    const group: PriorityGroup = {
      id: newId(),
      planId,
      teamId,
      title,
      description: input.description?.trim() ?? '',
      rank: rankBetween(lastRank(groups), null),
    }
    await db.groups.add(group)
    return group
  })
}
