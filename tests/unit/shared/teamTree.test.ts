import { describe, expect, it } from 'vitest'
import { teamPath, teamRows } from '../../../src/shared/teamTree'
import { team } from './boardFixtures'

describe('team tree', () => {
  it('lists sub-teams under their parent, in page order, with their depth', () => {
    const teams = [
      team('traffic', 'sre'),
      team('search'),
      team('sre'),
      team('edge', 'traffic'),
      team('serviceops', 'sre'),
    ]
    expect(teamRows(teams).map((row) => `${row.depth}:${row.team.id}`)).toEqual([
      '0:search',
      '0:sre',
      '1:traffic',
      '2:edge',
      '1:serviceops',
    ])
  })

  it('keeps a team whose parent is missing or part of a loop', () => {
    const teams = [team('orphan', 'gone'), team('a', 'b'), team('b', 'a'), team('self', 'self')]
    const rows = teamRows(teams)
    expect(rows.map((row) => row.team.id).sort()).toEqual(['a', 'b', 'orphan', 'self'])
    expect(rows).toHaveLength(4)
  })

  it('names a sub-team with its parents', () => {
    const teams = [team('sre', null, 'SRE'), team('traffic', 'sre', 'Traffic')]
    expect(teamPath(teams, teams[1]!)).toBe('SRE › Traffic')
    expect(teamPath(teams, teams[0]!)).toBe('SRE')
  })
})
