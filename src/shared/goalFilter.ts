/**
 * Which goals the board shows: filters by team (a team includes its
 * sub-teams), priority group, status and stretch, plus a text search, all
 * combined (a goal must pass each kind that is set; within one kind any
 * chosen value will do). Also the chips that show the filters, and reading
 * a filter kept in storage back without trusting it.
 */
import type { Goal, PriorityGroup, Team } from './model'
import { isStatusId, statusLabel, STATUS_IDS, type StatusId } from './statuses'

/** Stretch goals only, everything but stretch goals, or both. */
export type StretchFilter = 'any' | 'stretch' | 'core'

/** What the board is filtered by. Empty lists and 'any' mean "no filter of that kind". */
export interface GoalFilter {
  teamIds: string[]
  groupIds: string[]
  statuses: StatusId[]
  stretch: StretchFilter
  search: string
}

/** No filter at all: every goal shows. */
export const NO_FILTER: GoalFilter = Object.freeze({
  teamIds: [],
  groupIds: [],
  statuses: [],
  stretch: 'any',
  search: '',
}) as GoalFilter

/** True when the filter lets every goal through. */
export function isEmptyFilter(filter: GoalFilter): boolean {
  return (
    filter.teamIds.length === 0 &&
    filter.groupIds.length === 0 &&
    filter.statuses.length === 0 &&
    filter.stretch === 'any' &&
    filter.search.trim() === ''
  )
}

/** The ids of `teamIds` and of every team below them (sub-teams, their sub-teams...). */
export function withSubTeams(teams: readonly Team[], teamIds: readonly string[]): Set<string> {
  const result = new Set(teamIds)
  // Repeat until no team is added: a parent may be listed after its sub-teams.
  let grew = true
  while (grew) {
    grew = false
    for (const team of teams) {
      if (team.parentId !== null && result.has(team.parentId) && !result.has(team.id)) {
        result.add(team.id)
        grew = true
      }
    }
  }
  return result
}

/**
 * A test for goals built once per filter (team sets computed up front), so
 * filtering 2,000 goals is one cheap call per goal. Search looks at the
 * text and note (any part, any case) and task ids (whole id, any case).
 */
export function goalMatcher(filter: GoalFilter, teams: readonly Team[]): (goal: Goal) => boolean {
  const teamIds = filter.teamIds.length > 0 ? withSubTeams(teams, filter.teamIds) : null
  const groupIds = filter.groupIds.length > 0 ? new Set(filter.groupIds) : null
  const statuses = filter.statuses.length > 0 ? new Set(filter.statuses) : null
  const needle = filter.search.trim().toLowerCase()
  const stretch = filter.stretch
  return (goal) => {
    if (teamIds && !teamIds.has(goal.teamId)) return false
    if (groupIds && (goal.groupId === null || !groupIds.has(goal.groupId))) return false
    if (statuses && !statuses.has(goal.status)) return false
    if (stretch === 'stretch' && !goal.stretch) return false
    if (stretch === 'core' && goal.stretch) return false
    if (needle === '') return true
    return (
      goal.text.toLowerCase().includes(needle) ||
      goal.note.toLowerCase().includes(needle) ||
      goal.tasks.some((task) => task.toLowerCase() === needle)
    )
  }
}

/** One shown filter value, removable on its own. */
export interface FilterChip {
  /** Stable within a filter: 'team:<id>', 'group:<id>', 'status:<id>', 'stretch', 'search'. */
  key: string
  label: string
}

/** The chips of a filter, in a fixed order: teams, groups, statuses, stretch, search. */
export function filterChips(
  filter: GoalFilter,
  teams: readonly Team[],
  groups: readonly PriorityGroup[],
): FilterChip[] {
  const teamName = new Map(teams.map((team) => [team.id, team.name]))
  const group = new Map(groups.map((g) => [g.id, g]))
  const chips: FilterChip[] = []
  for (const id of filter.teamIds) {
    const subTeams = teams.some((team) => team.parentId === id)
    const name = teamName.get(id) ?? 'Unknown team'
    chips.push({ key: `team:${id}`, label: `Team: ${name}${subTeams ? ' (with sub-teams)' : ''}` })
  }
  for (const id of filter.groupIds) {
    const g = group.get(id)
    const title = g ? g.title || 'Untitled group' : 'Unknown group'
    const owner = g ? teamName.get(g.teamId) : undefined
    chips.push({ key: `group:${id}`, label: `Group: ${owner ? `${owner} › ` : ''}${title}` })
  }
  for (const status of filter.statuses) {
    chips.push({ key: `status:${status}`, label: `Status: ${statusLabel(status)}` })
  }
  if (filter.stretch !== 'any') {
    chips.push({
      key: 'stretch',
      label: filter.stretch === 'stretch' ? 'Stretch goals only' : 'No stretch goals',
    })
  }
  const search = filter.search.trim()
  if (search !== '') chips.push({ key: 'search', label: `Text: “${search}”` })
  return chips
}

/** The filter without the value a chip shows. */
export function withoutChip(filter: GoalFilter, key: string): GoalFilter {
  const [kind, ...rest] = key.split(':')
  const value = rest.join(':')
  switch (kind) {
    case 'team':
      return { ...filter, teamIds: filter.teamIds.filter((id) => id !== value) }
    case 'group':
      return { ...filter, groupIds: filter.groupIds.filter((id) => id !== value) }
    case 'status':
      return { ...filter, statuses: filter.statuses.filter((status) => status !== value) }
    case 'stretch':
      return { ...filter, stretch: 'any' }
    case 'search':
      return { ...filter, search: '' }
    default:
      return filter
  }
}

/** Adds a value to one of the filter's lists (once). */
export function withValue(
  filter: GoalFilter,
  kind: 'teamIds' | 'groupIds' | 'statuses',
  value: string,
): GoalFilter {
  if (kind === 'statuses') {
    if (!isStatusId(value) || filter.statuses.includes(value)) return filter
    const statuses = STATUS_IDS.filter((s) => s === value || filter.statuses.includes(s))
    return { ...filter, statuses }
  }
  const list = filter[kind]
  return list.includes(value) ? filter : { ...filter, [kind]: [...list, value] }
}

/**
 * Drops what names rows the quarter no longer has (a deleted team or group),
 * so a stale chip never hides every goal. Returns `filter` itself when all is known.
 */
export function knownOnly(
  filter: GoalFilter,
  teams: readonly Team[],
  groups: readonly PriorityGroup[],
): GoalFilter {
  const teamIds = filter.teamIds.filter((id) => teams.some((team) => team.id === id))
  const groupIds = filter.groupIds.filter((id) => groups.some((group) => group.id === id))
  if (teamIds.length === filter.teamIds.length && groupIds.length === filter.groupIds.length) {
    return filter
  }
  return { ...filter, teamIds, groupIds }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** A filter read back from storage; anything malformed counts as "no filter of that kind". */
export function parseFilter(value: unknown): GoalFilter {
  if (typeof value !== 'object' || value === null) return NO_FILTER
  const record = value as Record<string, unknown>
  const stretch = record.stretch
  return {
    teamIds: stringList(record.teamIds),
    groupIds: stringList(record.groupIds),
    statuses: stringList(record.statuses).filter(isStatusId),
    stretch: stretch === 'stretch' || stretch === 'core' ? stretch : 'any',
    search: typeof record.search === 'string' ? record.search : '',
  }
}
