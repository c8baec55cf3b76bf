/**
 * Teams as the board's swimlanes list them: each top-level team in page
 * order, its sub-teams right under it (and theirs under them), with the
 * depth for indenting. Pure, for the board and its tests.
 */
import type { Team } from './model'

/** A team and how deep it sits (0: top level). */
export interface TeamRow {
  team: Team
  depth: number
}

/**
 * Teams in lane order. `teams` is in page order; a sub-team whose parent is
 * missing (or a loop of parents) shows at the top level, so no team is lost.
 */
export function teamRows(teams: readonly Team[]): TeamRow[] {
  const ids = new Set(teams.map((team) => team.id))
  const children = new Map<string, Team[]>()
  const roots: Team[] = []
  for (const team of teams) {
    if (team.parentId !== null && ids.has(team.parentId) && team.parentId !== team.id) {
      const list = children.get(team.parentId) ?? []
      list.push(team)
      children.set(team.parentId, list)
    } else roots.push(team)
  }
  const rows: TeamRow[] = []
  const seen = new Set<string>()
  const visit = (team: Team, depth: number) => {
    if (seen.has(team.id)) return
    seen.add(team.id)
    rows.push({ team, depth })
    for (const child of children.get(team.id) ?? []) visit(child, depth + 1)
  }
  for (const root of roots) visit(root, 0)
  // Teams only reachable through a loop of parents.
  for (const team of teams) visit(team, 0)
  return rows
}

/** "SRE › Traffic" for a sub-team, the plain name for a top-level team. */
export function teamPath(teams: readonly Team[], team: Team): string {
  const byId = new Map(teams.map((t) => [t.id, t]))
  const names = [team.name]
  const seen = new Set([team.id])
  let parent = team.parentId === null ? undefined : byId.get(team.parentId)
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name)
    seen.add(parent.id)
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId)
  }
  return names.join(' › ')
}
