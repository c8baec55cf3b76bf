import { describe, expect, it } from 'vitest'
import {
  filterChips,
  goalMatcher,
  isEmptyFilter,
  knownOnly,
  NO_FILTER,
  parseFilter,
  withoutChip,
  withSubTeams,
  withValue,
  type GoalFilter,
} from '../../../src/shared/goalFilter'
import { goal, group, team } from './boardFixtures'

const teams = [
  team('sre', null, 'Site Reliability Engineering'),
  team('traffic', 'sre', 'Traffic'),
  team('edge', 'traffic', 'Edge'),
  team('search', null, 'Search'),
]
const groups = [group('g1', 'sre', 'Keep the lights on'), group('g2', 'search', 'Speed')]
const goals = [
  goal('a', 'todo', { teamId: 'sre', groupId: 'g1', text: 'Deploy Kerberos' }),
  goal('b', 'done', { teamId: 'traffic', stretch: true }),
  goal('c', 'in-progress', { teamId: 'edge', note: 'continues from Q1' }),
  goal('d', 'todo', { teamId: 'search', groupId: 'g2', tasks: ['T223626'] }),
  goal('e', 'blocked', { teamId: 'search', stretch: true, text: 'Faster kerb checks' }),
]

function shown(filter: Partial<GoalFilter>): string[] {
  return goals.filter(goalMatcher({ ...NO_FILTER, ...filter }, teams)).map((g) => g.id)
}

describe('goal filter', () => {
  it('shows every goal without a filter', () => {
    expect(isEmptyFilter(NO_FILTER)).toBe(true)
    expect(shown({})).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('includes the sub-teams (and theirs) of a chosen team, listed in any order', () => {
    expect(shown({ teamIds: ['sre'] })).toEqual(['a', 'b', 'c'])
    expect(shown({ teamIds: ['traffic'] })).toEqual(['b', 'c'])
    expect(shown({ teamIds: ['edge', 'search'] })).toEqual(['c', 'd', 'e'])
    const reversed = [...teams].reverse()
    expect([...withSubTeams(reversed, ['sre'])].sort()).toEqual(['edge', 'sre', 'traffic'])
  })

  it('filters by group, status and stretch', () => {
    expect(shown({ groupIds: ['g1', 'g2'] })).toEqual(['a', 'd'])
    expect(shown({ statuses: ['todo', 'blocked'] })).toEqual(['a', 'd', 'e'])
    expect(shown({ stretch: 'stretch' })).toEqual(['b', 'e'])
    expect(shown({ stretch: 'core' })).toEqual(['a', 'c', 'd'])
  })

  it('searches text and note in any case, and task ids whole', () => {
    expect(shown({ search: 'KERB' })).toEqual(['a', 'e'])
    expect(shown({ search: ' q1 ' })).toEqual(['c'])
    expect(shown({ search: 't223626' })).toEqual(['d'])
    expect(shown({ search: 'T2236' })).toEqual([])
  })

  it('combines kinds: a goal passes every kind that is set', () => {
    expect(shown({ teamIds: ['search'], stretch: 'stretch' })).toEqual(['e'])
    expect(shown({ teamIds: ['sre'], search: 'kerb' })).toEqual(['a'])
    expect(shown({ teamIds: ['sre'], statuses: ['done'], stretch: 'core' })).toEqual([])
  })

  it('shows each value as a chip that removes only itself', () => {
    const filter: GoalFilter = {
      teamIds: ['sre', 'search'],
      groupIds: ['g2'],
      statuses: ['done'],
      stretch: 'stretch',
      search: ' kerb ',
    }
    const chips = filterChips(filter, teams, groups)
    expect(chips.map((chip) => chip.label)).toEqual([
      'Team: Site Reliability Engineering (with sub-teams)',
      'Team: Search',
      'Group: Search › Speed',
      'Status: Done',
      'Stretch goals only',
      'Text: “kerb”',
    ])
    expect(withoutChip(filter, 'team:sre').teamIds).toEqual(['search'])
    expect(withoutChip(filter, 'group:g2').groupIds).toEqual([])
    expect(withoutChip(filter, 'status:done').statuses).toEqual([])
    expect(withoutChip(filter, 'stretch').stretch).toBe('any')
    expect(withoutChip(filter, 'search').search).toBe('')
    const none = chips.reduce((f, chip) => withoutChip(f, chip.key), filter)
    expect(isEmptyFilter(none)).toBe(true)
  })

  it('adds values once, statuses in board order, and refuses unknown statuses', () => {
    let filter = withValue(NO_FILTER, 'statuses', 'done')
    filter = withValue(filter, 'statuses', 'todo')
    expect(filter.statuses).toEqual(['todo', 'done'])
    expect(withValue(filter, 'statuses', 'todo')).toBe(filter)
    expect(withValue(filter, 'statuses', 'finished')).toBe(filter)
    const once = withValue(NO_FILTER, 'teamIds', 'sre')
    expect(withValue(once, 'teamIds', 'sre')).toBe(once)
  })

  it('forgets teams and groups the quarter no longer has', () => {
    const filter = { ...NO_FILTER, teamIds: ['sre', 'gone'], groupIds: ['g9'] }
    expect(knownOnly(filter, teams, groups)).toEqual({
      ...NO_FILTER,
      teamIds: ['sre'],
      groupIds: [],
    })
    const known = { ...NO_FILTER, teamIds: ['sre'] }
    expect(knownOnly(known, teams, groups)).toBe(known)
  })

  it('reads a stored filter without trusting it', () => {
    expect(parseFilter(null)).toEqual(NO_FILTER)
    expect(parseFilter('x')).toEqual(NO_FILTER)
    expect(
      parseFilter({ teamIds: ['a', 3], statuses: ['done', 'nope'], stretch: 'all', search: 5 }),
    ).toEqual({ ...NO_FILTER, teamIds: ['a'], statuses: ['done'] })
    const filter: GoalFilter = {
      teamIds: ['a'],
      groupIds: ['g'],
      statuses: ['blocked'],
      stretch: 'core',
      search: 'x',
    }
    expect(parseFilter(JSON.parse(JSON.stringify(filter)))).toEqual(filter)
  })
})
