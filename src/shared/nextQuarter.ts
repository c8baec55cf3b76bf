/**
 * "Start next quarter": the quarter that follows an open one, made from it.
 * The structure (teams with their managers, sub-teams and dependencies, and
 * priority groups) is copied whole; the unfinished goals the user chose are
 * carried over, marked "continued from Q2"; done goals and status updates
 * stay behind. Pure: the old document is never changed.
 */
import type { Goal, Plan, PlanDocument, StatusChange, StatusId, Team } from './model'
import { createPlan, defaultIntro, planQuarter, type NewPlanInput } from './plan'
import { nextQuarter } from './quarter'
import { compareRanks, evenRanks } from './ranks'
import { statusOrder } from './statuses'

/** True for a goal that is not done: To do, In progress, Blocked, Postponed, Partially done. */
export function isUnfinished(status: StatusId): boolean {
  return status !== 'done'
}

/** The label a carried goal names its quarter by: "Q2". */
export function carriedLabel(plan: Pick<Plan, 'quarter'>): string {
  return `Q${plan.quarter}`
}

/** The status a carried goal starts the new quarter with: In progress stays, all else is To do. */
export function carriedStatus(status: StatusId): StatusId {
  return status === 'in-progress' ? 'in-progress' : 'todo'
}

// "2019-20", "2019–2020", "19/20": a fiscal year spanning two calendar years.
const YEAR_SPAN = /(?<!\d)(\d{4}|\d{2})([-–/])(\d{4}|\d{2})(?!\d)/g
// "FY2019": a fiscal year that is a calendar year.
const FY_SINGLE = /\bFY( ?)(\d{4})(?![\d/–-])/g
const QUARTER = /\bQ([1-4])\b/g

/** `year` written with as many digits as `like` ("20" for 2020 like "19"). */
function sameWidth(year: number, like: string): string {
  return like.length === 2 ? String(year % 100).padStart(2, '0') : String(year)
}

/**
 * The intro of the quarter `next` made from `old`'s: the default intro is
 * made anew; an intro of the user's own is kept, with the old quarter
 * ("Q2") and fiscal year ("FY19/20", "2019-20", "FY2019") it names turned
 * into the new ones, written the same way.
 */
export function nextIntro(
  old: Pick<Plan, 'intro' | 'department' | 'fiscalYear' | 'quarter' | 'fiscalYearStartMonth'>,
  next: Pick<Plan, 'intro' | 'fiscalYear' | 'quarter' | 'fiscalYearStartMonth'>,
): string {
  if (old.intro === defaultIntro(old)) return next.intro
  const from = old.fiscalYear
  const to = next.fiscalYear
  let intro = old.intro.replace(QUARTER, (whole, q: string) =>
    Number(q) === old.quarter ? `Q${next.quarter}` : whole,
  )
  if (from === to) return intro
  intro = intro.replace(YEAR_SPAN, (whole, a: string, sep: string, b: string) => {
    const start = Number(a)
    const end = Number(b)
    const startMatches = a.length === 2 ? start === from % 100 : start === from
    const endMatches = b.length === 2 ? end === (from + 1) % 100 : end === from + 1
    if (!startMatches || !endMatches) return whole
    return `${sameWidth(to, a)}${sep}${sameWidth(to + 1, b)}`
  })
  if (old.fiscalYearStartMonth === 1) {
    intro = intro.replace(FY_SINGLE, (whole, space: string, year: string) =>
      Number(year) === from ? `FY${space}${to}` : whole,
    )
  }
  return intro
}

/** The form of "Start next quarter", prefilled: same department and fiscal-year start, next quarter. */
export function nextQuarterInput(plan: Plan): Required<NewPlanInput> {
  const next = nextQuarter(planQuarter(plan))
  return {
    department: plan.department,
    fiscalYear: next.fiscalYear,
    quarter: next.quarter,
    fiscalYearStartMonth: next.startMonth,
  }
}

/** The order of goals on the page: by rank, then board order of status, then id. */
function pageOrder(a: Goal, b: Goal): number {
  return (
    compareRanks(a.rank, b.rank) ||
    statusOrder(a.status) - statusOrder(b.status) ||
    compareRanks(a.id, b.id)
  )
}

/** A team and its unfinished goals, for the review list. */
export interface TeamCarry {
  team: Team
  /** 0 for a top-level team, 1 for its sub-teams, ... */
  depth: number
  /** Its unfinished goals in page order. */
  goals: Goal[]
}

/**
 * Teams in page order (each followed by its sub-teams, each level by rank);
 * a team whose parent is missing counts as top-level.
 */
export function teamsInPageOrder(teams: readonly Team[]): { team: Team; depth: number }[] {
  const ids = new Set(teams.map((team) => team.id))
  const byRank = (a: Team, b: Team) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)
  const children = new Map<string | null, Team[]>()
  for (const team of teams) {
    const parent = team.parentId !== null && ids.has(team.parentId) ? team.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), team])
  }
  const ordered: { team: Team; depth: number }[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number) => {
    for (const team of (children.get(parent) ?? []).sort(byRank)) {
      if (seen.has(team.id)) continue
      seen.add(team.id)
      ordered.push({ team, depth })
      walk(team.id, depth + 1)
    }
  }
  walk(null, 0)
  return ordered
}

/** Every team that has unfinished goals, in page order, with those goals in page order. */
export function unfinishedByTeam(doc: PlanDocument): TeamCarry[] {
  const goals = doc.goals.filter((goal) => isUnfinished(goal.status)).sort(pageOrder)
  return teamsInPageOrder(doc.teams)
    .map(({ team, depth }) => ({
      team,
      depth,
      goals: goals.filter((goal) => goal.teamId === team.id),
    }))
    .filter((entry) => entry.goals.length > 0)
}

/** What the user chose in "Start next quarter". */
export interface NextQuarterChoices {
  /** The new quarter: department, fiscal year, quarter, fiscal-year start month. */
  input: NewPlanInput
  /** Ids of the unfinished goals to carry over; any other goal stays behind. */
  carry: readonly string[]
}

/** Where new ids and the time come from (the app's, or a test's). */
export interface NextQuarterSource {
  newId: () => string
  now: number
}

/**
 * The next quarter's document. The plan keeps the old one's title pattern,
 * layout and template profile, and its intro made for the new quarter (see
 * nextIntro). Every team and priority
 * group is copied under a new id. Each carried goal keeps its text, tasks,
 * group, note, stretch flag and place on the page, starts as To do (In
 * progress stays In progress), is marked continued from the old quarter
 * ("Q2"), and gets a first history entry; a goal of a team with table
 * columns of its own keeps its cells in them. Throws when a carried id names no
 * unfinished goal of `doc`.
 */
export function startNextQuarter(
  doc: PlanDocument,
  choices: NextQuarterChoices,
  source: NextQuarterSource,
): PlanDocument {
  const { newId, now } = source
  const old = doc.plan
  const fresh = createPlan(
    {
      ...choices.input,
      fiscalYearStartMonth: choices.input.fiscalYearStartMonth ?? old.fiscalYearStartMonth,
    },
    newId(),
    now,
  )
  const plan: Plan = {
    ...fresh,
    titlePattern: old.titlePattern,
    intro: nextIntro(old, fresh),
    layout: old.layout,
    profile: old.profile,
  }
  const planId = plan.id

  const teamIds = new Map(doc.teams.map((team) => [team.id, newId()]))
  const groupIds = new Map(doc.groups.map((group) => [group.id, newId()]))
  const mapped = (ids: Map<string, string>, id: string): string => {
    const next = ids.get(id)
    if (next === undefined) throw new Error(`Cannot start the next quarter: unknown id "${id}".`)
    return next
  }
  const teams: Team[] = doc.teams.map((team) => ({
    ...team,
    id: mapped(teamIds, team.id),
    planId,
    managers: [...team.managers],
    parentId: team.parentId === null ? null : (teamIds.get(team.parentId) ?? null),
  }))
  const groups = doc.groups.map((group) => ({
    ...group,
    id: mapped(groupIds, group.id),
    planId,
    teamId: mapped(teamIds, group.teamId),
  }))

  const byId = new Map(doc.goals.map((goal) => [goal.id, goal]))
  const carried = new Set<string>()
  for (const id of choices.carry) {
    const goal = byId.get(id)
    if (!goal) throw new Error(`Cannot carry over goal "${id}": it is not in this quarter.`)
    if (!isUnfinished(goal.status)) {
      throw new Error(`Cannot carry over "${goal.text}": it is done.`)
    }
    carried.add(id)
  }
  const label = carriedLabel(old)
  const goals: Goal[] = []
  const history: StatusChange[] = []
  // In the old page's order, given fresh ranks in that order: the page lists
  // them as it did, and goals from several old columns never tie in a new one.
  const order = doc.goals.filter((goal) => carried.has(goal.id)).sort(pageOrder)
  const ranks = evenRanks(order.length)
  for (const [index, goal] of order.entries()) {
    const next: Goal = {
      id: newId(),
      planId,
      teamId: mapped(teamIds, goal.teamId),
      groupId: goal.groupId === null ? null : mapped(groupIds, goal.groupId),
      text: goal.text,
      status: carriedStatus(goal.status),
      tasks: [...goal.tasks],
      note: goal.note,
      stretch: goal.stretch,
      carriedOverFrom: label,
      rank: ranks[index] as string,
      // The row's cells in the team's own table columns (Dependencies, ETA, ...), when it has them.
      ...(goal.columns ? { columns: { ...goal.columns } } : {}),
      createdAt: now,
      updatedAt: now,
    }
    goals.push(next)
    history.push({ id: newId(), planId, goalId: next.id, from: null, to: next.status, at: now })
  }
  return { plan, teams, groups, goals, history, updates: [] }
}
