import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../../src/shared/model'
import { teamsInPageOrder } from '../../../src/shared/nextQuarter'
import {
  deleteGroup,
  deleteTeam,
  groupsOfTeam,
  moveGoalToGroup,
  moveGroup,
  moveTeam,
  parentChoices,
  RuleError,
  teamDeletionSummary,
  teamPath,
  updateGroup,
  updateTeam,
} from '../../../src/shared/structure'
import { exportWikitext } from '../../../src/shared/wiki'
import { structureFixture } from './structureFixture'

const pageOrder = (doc: PlanDocument) => teamsInPageOrder(doc.teams).map(({ team }) => team.id)
const teamOf = (doc: PlanDocument, id: string) => doc.teams.find((t) => t.id === id)

describe('teams', () => {
  it('renames a team and keeps names unique whatever the case', () => {
    const doc = structureFixture()
    const renamed = updateTeam(doc, 'search', { name: '  Search Platform ' })
    expect(teamOf(renamed, 'search')?.name).toBe('Search Platform')
    expect(() => updateTeam(doc, 'search', { name: 'traffic' })).toThrow(
      'There is already a team named "Traffic" in this quarter.',
    )
    expect(() => updateTeam(doc, 'search', { name: '  ' })).toThrow(RuleError)
  })

  it('keeps the rows a change does not touch, so only changed rows are written', () => {
    const doc = structureFixture()
    const next = updateTeam(doc, 'search', { dependencies: 'SRE' })
    expect(next.teams.filter((t, i) => t !== doc.teams[i]).map((t) => t.id)).toEqual(['search'])
    expect(next.goals).toBe(doc.goals)
  })

  it('sets the manager line: a label (no colon, not empty) and trimmed names', () => {
    const doc = updateTeam(structureFixture(), 'sre', {
      managerLabel: 'Directors',
      managers: [' Mark Bergsma ', '', 'Faidon Liambotis'],
    })
    expect(teamOf(doc, 'sre')).toMatchObject({
      managerLabel: 'Directors',
      managers: ['Mark Bergsma', 'Faidon Liambotis'],
    })
    expect(exportWikitext(doc)).toContain('Directors: Mark Bergsma and Faidon Liambotis')
    expect(() => updateTeam(doc, 'sre', { managerLabel: 'Lead: ' })).toThrow('colon')
    expect(() => updateTeam(doc, 'sre', { managerLabel: ' ' })).toThrow(RuleError)
  })

  it('makes a team a sub-team, last under its new parent, and refuses cycles', () => {
    const doc = updateTeam(structureFixture(), 'search', { parentId: 'sre' })
    expect(pageOrder(doc)).toEqual(['sre', 'traffic', 'obs', 'search'])
    expect(teamPath(doc.teams, teamOf(doc, 'search')!)).toBe(
      'Site Reliability Engineering › Search',
    )
    expect(() => updateTeam(doc, 'sre', { parentId: 'traffic' })).toThrow('choose another parent')
    expect(parentChoices(doc.teams, 'sre').map((t) => t.id)).toEqual([])
    expect(parentChoices(doc.teams, 'traffic').map((t) => t.id)).toEqual(['sre', 'obs', 'search'])
    const top = updateTeam(doc, 'search', { parentId: null })
    expect(pageOrder(top)).toEqual(['sre', 'traffic', 'obs', 'search'])
    expect(teamOf(top, 'search')?.parentId).toBeNull()
  })

  it('reorders a team among its siblings; sub-teams move with their parent', () => {
    const doc = structureFixture()
    expect(pageOrder(moveTeam(doc, 'search', 0))).toEqual(['search', 'sre', 'traffic', 'obs'])
    expect(pageOrder(moveTeam(doc, 'traffic', 1))).toEqual(['sre', 'obs', 'traffic', 'search'])
    expect(moveTeam(doc, 'sre', 0)).toBe(doc)
  })

  it('deletes a team moving its goals and groups to another team', () => {
    const doc = structureFixture()
    expect(teamDeletionSummary(doc, 'sre')).toEqual({
      goals: 3,
      groups: 2,
      updates: 1,
      subTeams: 2,
    })
    const next = deleteTeam(doc, 'sre', { kind: 'move', toTeamId: 'search' })
    expect(
      next.goals
        .filter((g) => g.teamId === 'search')
        .map((g) => g.id)
        .sort(),
    ).toEqual(['g1', 'g2', 'g3', 'g4'])
    // The headings survive, after Search's own group; goals keep their group.
    expect(groupsOfTeam(next, 'search').map((g) => g.title)).toEqual([
      'Better search',
      'Core Work',
      'Cross-cutting',
    ])
    expect(next.goals.find((g) => g.id === 'g1')?.groupId).toBe('core')
    // Sub-teams move up, after their new siblings; the team's updates go with it.
    expect(pageOrder(next)).toEqual(['search', 'traffic', 'obs'])
    expect(next.updates).toEqual([])
    expect(next.history).toBe(doc.history)
    expect(() => deleteTeam(doc, 'sre', { kind: 'move', toTeamId: 'sre' })).toThrow(RuleError)
  })

  it('deletes a team with its goals, their history and its groups', () => {
    const next = deleteTeam(structureFixture(), 'sre', { kind: 'delete' })
    expect(next.goals.map((g) => g.id)).toEqual(['g4', 'g5'])
    expect(next.history.map((h) => h.goalId)).toEqual(['g4'])
    expect(next.groups.map((g) => g.id)).toEqual(['s1'])
  })
})

describe('priority groups', () => {
  it('renames, describes and reorders a group within its team', () => {
    let doc = updateGroup(structureFixture(), 'core', {
      title: ' Core ',
      description: ' Keep it up ',
    })
    expect(doc.groups.find((g) => g.id === 'core')).toMatchObject({
      title: 'Core',
      description: 'Keep it up',
    })
    expect(() => updateGroup(doc, 'core', { title: '' })).toThrow('A priority group needs a title.')
    doc = moveGroup(doc, 'core', 1)
    expect(groupsOfTeam(doc, 'sre').map((g) => g.id)).toEqual(['cross', 'core'])
  })

  it("moves a goal between its team's groups, and out of any, keeping status and rank", () => {
    const doc = structureFixture()
    const moved = moveGoalToGroup(doc, 'g1', 'cross')
    const g1 = (d: PlanDocument) => d.goals.find((g) => g.id === 'g1')
    expect(g1(moved)).toEqual({ ...g1(doc), groupId: 'cross' })
    expect(g1(moveGoalToGroup(moved, 'g1', null))?.groupId).toBeNull()
    expect(moveGoalToGroup(doc, 'g1', 'core')).toBe(doc)
    expect(() => moveGoalToGroup(doc, 'g1', 's1')).toThrow(
      '"Better search" belongs to another team; a goal moves between its own team\'s groups.',
    )
    expect(() => moveGoalToGroup(doc, 'nope', 'core')).toThrow('That goal no longer exists.')
  })

  it('deletes a group, its goals going to no group or another group of the team', () => {
    const doc = structureFixture()
    expect(deleteGroup(doc, 'core', null).goals.find((g) => g.id === 'g1')?.groupId).toBeNull()
    const moved = deleteGroup(doc, 'core', 'cross')
    expect(moved.goals.find((g) => g.id === 'g1')?.groupId).toBe('cross')
    expect(moved.goals).toHaveLength(doc.goals.length)
    expect(() => deleteGroup(doc, 'core', 's1')).toThrow('belongs to another team')
  })
})
