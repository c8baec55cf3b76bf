/**
 * The rules of a quarter's structure: teams (renamed, reordered among their
 * siblings, made sub-teams, deleted with their goals moved or deleted) and
 * priority groups (renamed, reordered, deleted with their goals moved). Each
 * rule takes the quarter and gives the quarter after, as plain data: rows
 * that do not change keep their identity, so the command layer turns the
 * difference into row changes. A rule that cannot apply throws a RuleError
 * whose message is one sentence for the user, and changes nothing.
 */
import type { Goal, PlanDocument, PriorityGroup, Team } from './model'
import { teamsInPageOrder } from './nextQuarter'
import { compareRanks, rankBetween, rankForIndex } from './ranks'

/** A structure change refused; the message is written for the user. */
export class RuleError extends Error {
  override name = 'RuleError'
}

/** The labels the manager line offers before a custom one. */
export const MANAGER_LABELS = ['Team Manager', 'Directors'] as const

const byRank = <T extends { rank: string; id: string }>(a: T, b: T) =>
  compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)

function requireTeam(doc: PlanDocument, teamId: string): Team {
  const team = doc.teams.find((candidate) => candidate.id === teamId)
  if (!team) throw new RuleError('That team no longer exists in this quarter.')
  return team
}

function requireGroup(doc: PlanDocument, groupId: string): PriorityGroup {
  const group = doc.groups.find((candidate) => candidate.id === groupId)
  if (!group) throw new RuleError('That priority group no longer exists.')
  return group
}

function replaceRow<R extends { id: string }>(rows: readonly R[], next: R): R[] {
  return rows.map((row) => (row.id === next.id ? next : row))
}

/** A team's parent, if that parent is in the quarter. */
function parentOf(teams: readonly Team[], team: Team): Team | undefined {
  return team.parentId === null ? undefined : teams.find((t) => t.id === team.parentId)
}

/** "Site Reliability Engineering › Traffic" for a sub-team; the name alone for a top-level team. */
export function teamPath(teams: readonly Team[], team: Team): string {
  const names = [team.name]
  const seen = new Set([team.id])
  for (let parent = parentOf(teams, team); parent && !seen.has(parent.id);) {
    names.unshift(parent.name)
    seen.add(parent.id)
    parent = parentOf(teams, parent)
  }
  return names.join(' › ')
}

/** The team and every team below it (sub-teams, their sub-teams, ...). */
export function teamAndDescendants(teams: readonly Team[], teamId: string): Set<string> {
  const found = new Set([teamId])
  let grew = true
  while (grew) {
    grew = false
    for (const team of teams) {
      if (team.parentId !== null && found.has(team.parentId) && !found.has(team.id)) {
        found.add(team.id)
        grew = true
      }
    }
  }
  return found
}

/** The teams that can be `teamId`'s parent: any but itself and the teams below it. */
export function parentChoices(teams: readonly Team[], teamId: string): Team[] {
  const below = teamAndDescendants(teams, teamId)
  return teamsInPageOrder(teams)
    .map(({ team }) => team)
    .filter((team) => !below.has(team.id))
}

/** A team's siblings (same parent) in page order, itself included. */
export function siblingsOf(teams: readonly Team[], team: Team): Team[] {
  const ids = new Set(teams.map((t) => t.id))
  const parent = (t: Team) => (t.parentId !== null && ids.has(t.parentId) ? t.parentId : null)
  return teams.filter((t) => parent(t) === parent(team)).sort(byRank)
}

/** The fields of a team the structure editor changes. */
export type TeamPatch = Partial<
  Pick<Team, 'name' | 'managerLabel' | 'managers' | 'parentId' | 'dependencies'>
>

/**
 * Changes a team's fields. Names stay unique (ignoring case) and non-empty;
 * managers' names are trimmed and empty ones dropped; a new parent must not
 * be the team itself or below it, and puts the team last among its new
 * siblings.
 */
export function updateTeam(doc: PlanDocument, teamId: string, patch: TeamPatch): PlanDocument {
  const team = requireTeam(doc, teamId)
  const next: Team = { ...team }
  if (patch.name !== undefined) {
    const name = patch.name.trim()
    if (name === '') throw new RuleError('A team needs a name.')
    const clash = doc.teams.find(
      (t) => t.id !== teamId && t.name.toLowerCase() === name.toLowerCase(),
    )
    if (clash) throw new RuleError(`There is already a team named "${clash.name}" in this quarter.`)
    next.name = name
  }
  if (patch.managerLabel !== undefined) {
    const label = patch.managerLabel.trim()
    if (label === '') throw new RuleError('The manager label cannot be empty, e.g. "Team Manager".')
    if (label.includes(':')) throw new RuleError('The manager label cannot contain a colon.')
    next.managerLabel = label
  }
  if (patch.managers !== undefined) {
    next.managers = patch.managers.map((name) => name.trim()).filter((name) => name !== '')
  }
  if (patch.dependencies !== undefined) next.dependencies = patch.dependencies.trim()
  if (patch.parentId !== undefined && patch.parentId !== team.parentId) {
    const parentId = patch.parentId
    if (parentId !== null) {
      const parent = requireTeam(doc, parentId)
      if (teamAndDescendants(doc.teams, teamId).has(parentId)) {
        throw new RuleError(
          `${parent.name} is ${team.name} or one of its sub-teams; choose another parent.`,
        )
      }
    }
    next.parentId = parentId
    const siblings = doc.teams
      .filter((t) => t.id !== teamId && t.parentId === parentId)
      .sort(byRank)
    next.rank = rankBetween(siblings.at(-1)?.rank ?? null, null)
  }
  return { ...doc, teams: replaceRow(doc.teams, next) }
}

/** Moves a team to `index` among its siblings (0 = first); its sub-teams go with it. */
export function moveTeam(doc: PlanDocument, teamId: string, index: number): PlanDocument {
  const team = requireTeam(doc, teamId)
  const siblings = siblingsOf(doc.teams, team)
  if (siblings.indexOf(team) === index) return doc
  const others = siblings.filter((t) => t.id !== teamId).map((t) => t.rank)
  return { ...doc, teams: replaceRow(doc.teams, { ...team, rank: rankForIndex(others, index) }) }
}

/** What happens to a deleted team's goals: moved to another team, or deleted with it. */
export type TeamGoalsFate = { kind: 'move'; toTeamId: string } | { kind: 'delete' }

/** What deleting a team takes with it, for the question asked before. */
export interface TeamDeletionSummary {
  goals: number
  groups: number
  updates: number
  subTeams: number
}

/** Counts what deleting `teamId` touches. */
export function teamDeletionSummary(doc: PlanDocument, teamId: string): TeamDeletionSummary {
  return {
    goals: doc.goals.filter((goal) => goal.teamId === teamId).length,
    groups: doc.groups.filter((group) => group.teamId === teamId).length,
    updates: doc.updates.filter((update) => update.teamId === teamId).length,
    subTeams: doc.teams.filter((team) => team.parentId === teamId).length,
  }
}

/**
 * Deletes a team. Its goals either move to another team, with its priority
 * groups (appended after that team's groups, so the headings survive), or
 * are deleted with their history and the groups. Its status updates go with
 * it (they report on this team only). Its sub-teams move up to its parent,
 * after their new siblings.
 */
export function deleteTeam(doc: PlanDocument, teamId: string, fate: TeamGoalsFate): PlanDocument {
  const team = requireTeam(doc, teamId)
  let groups = doc.groups
  let goals: Goal[] = doc.goals
  let history = doc.history
  if (fate.kind === 'move') {
    if (fate.toTeamId === teamId) throw new RuleError('Choose another team for its goals.')
    const target = requireTeam(doc, fate.toTeamId)
    let last =
      doc.groups
        .filter((g) => g.teamId === target.id)
        .sort(byRank)
        .at(-1)?.rank ?? null
    const moved = new Map<string, PriorityGroup>()
    for (const group of doc.groups.filter((g) => g.teamId === teamId).sort(byRank)) {
      last = rankBetween(last, null)
      moved.set(group.id, { ...group, teamId: target.id, rank: last })
    }
    groups = doc.groups.map((group) => moved.get(group.id) ?? group)
    goals = doc.goals.map((goal) =>
      goal.teamId === teamId ? { ...goal, teamId: target.id } : goal,
    )
  } else {
    const gone = new Set(doc.goals.filter((goal) => goal.teamId === teamId).map((goal) => goal.id))
    goals = doc.goals.filter((goal) => !gone.has(goal.id))
    history = doc.history.filter((entry) => !gone.has(entry.goalId))
    groups = doc.groups.filter((group) => group.teamId !== teamId)
  }
  let lastSibling =
    doc.teams
      .filter((t) => t.parentId === team.parentId && t.id !== teamId)
      .sort(byRank)
      .at(-1)?.rank ?? null
  const teams = doc.teams
    .filter((t) => t.id !== teamId)
    .sort(byRank)
    .map((t) => {
      if (t.parentId !== teamId) return t
      lastSibling = rankBetween(lastSibling, null)
      return { ...t, parentId: team.parentId, rank: lastSibling }
    })
  return {
    ...doc,
    teams,
    groups,
    goals,
    history,
    updates: doc.updates.filter((update) => update.teamId !== teamId),
  }
}

/** The fields of a priority group the structure editor changes. */
export type GroupPatch = Partial<Pick<PriorityGroup, 'title' | 'description'>>

/** Renames a priority group or changes its description; a group needs a title. */
export function updateGroup(doc: PlanDocument, groupId: string, patch: GroupPatch): PlanDocument {
  const group = requireGroup(doc, groupId)
  const next: PriorityGroup = { ...group }
  if (patch.title !== undefined) {
    const title = patch.title.trim()
    if (title === '') throw new RuleError('A priority group needs a title.')
    next.title = title
  }
  if (patch.description !== undefined) next.description = patch.description.trim()
  return { ...doc, groups: replaceRow(doc.groups, next) }
}

/** A team's priority groups in page order. */
export function groupsOfTeam(doc: PlanDocument, teamId: string): PriorityGroup[] {
  return doc.groups.filter((group) => group.teamId === teamId).sort(byRank)
}

/** Moves a priority group to `index` among its team's groups. */
export function moveGroup(doc: PlanDocument, groupId: string, index: number): PlanDocument {
  const group = requireGroup(doc, groupId)
  const siblings = groupsOfTeam(doc, group.teamId)
  if (siblings.indexOf(group) === index) return doc
  const others = siblings.filter((g) => g.id !== groupId).map((g) => g.rank)
  return { ...doc, groups: replaceRow(doc.groups, { ...group, rank: rankForIndex(others, index) }) }
}

/**
 * Puts a goal in another priority group of its team (`groupId`), or in none
 * (null). Its status and rank stay: in a group, goals show by status, then
 * rank, as on the board.
 */
export function moveGoalToGroup(
  doc: PlanDocument,
  goalId: string,
  groupId: string | null,
): PlanDocument {
  const goal = doc.goals.find((g) => g.id === goalId)
  if (!goal) throw new RuleError('That goal no longer exists.')
  if (goal.groupId === groupId) return doc
  if (groupId !== null) {
    const group = requireGroup(doc, groupId)
    if (group.teamId !== goal.teamId) {
      throw new RuleError(
        `"${group.title}" belongs to another team; a goal moves between its own team's groups.`,
      )
    }
  }
  return { ...doc, goals: replaceRow(doc.goals, { ...goal, groupId }) }
}

/**
 * Deletes a priority group; its goals go to `toGroupId` (another group of
 * the same team) or to no group (null). No goal is deleted.
 */
export function deleteGroup(
  doc: PlanDocument,
  groupId: string,
  toGroupId: string | null,
): PlanDocument {
  const group = requireGroup(doc, groupId)
  if (toGroupId !== null) {
    if (toGroupId === groupId) throw new RuleError('Choose another group for its goals.')
    const target = requireGroup(doc, toGroupId)
    if (target.teamId !== group.teamId) {
      throw new RuleError(
        `"${target.title}" belongs to another team; choose one of this team's groups.`,
      )
    }
  }
  return {
    ...doc,
    groups: doc.groups.filter((g) => g.id !== groupId),
    goals: doc.goals.map((goal) =>
      goal.groupId === groupId ? { ...goal, groupId: toGroupId } : goal,
    ),
  }
}
