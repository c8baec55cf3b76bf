import { describe, expect, it } from 'vitest'
import {
  barSegments,
  percentDone,
  progressByTeam,
  progressOf,
  progressOfColumns,
  progressSentence,
  statusBreakdown,
} from '../../../src/shared/progress'
import { goalColumnItems } from '../../../src/shared/columns'
import { goal, team } from './boardFixtures'

describe('progress', () => {
  const goals = [
    goal('a', 'done', { teamId: 'sre' }),
    goal('b', 'todo', { teamId: 'sre' }),
    goal('c', 'done', { teamId: 'traffic' }),
    goal('d', 'blocked', { teamId: 'search' }),
  ]
  const teams = [team('sre'), team('traffic', 'sre'), team('search'), team('empty')]

  it('counts goals by status and the share done', () => {
    const progress = progressOf(goals)
    expect(progress.total).toBe(4)
    expect(progress.done).toBe(2)
    expect(progress.byStatus).toEqual({
      todo: 1,
      'in-progress': 0,
      done: 2,
      blocked: 1,
      postponed: 0,
      'partially-done': 0,
    })
    expect(percentDone(progress)).toBe(50)
    expect(progressSentence(progress)).toBe('2 of 4 goals done (50%)')
    expect(statusBreakdown(progress)).toBe('To do 1, Done 2, Blocked 1')
  })

  it('counts goals already in their columns as it counts the goals', () => {
    expect(progressOfColumns(goalColumnItems(goals))).toEqual(progressOf(goals))
    expect(progressOfColumns(goalColumnItems([]))).toEqual(progressOf([]))
  })

  it('says so when there are no goals, and never rounds up to 100%', () => {
    expect(progressSentence(progressOf([]))).toBe('No goals')
    expect(percentDone(progressOf([]))).toBe(0)
    expect(barSegments(progressOf([]))).toEqual([])
    const many = [
      ...Array.from({ length: 299 }, (_, i) => goal(`g${i}`, 'done')),
      goal('x', 'todo'),
    ]
    expect(percentDone(progressOf(many))).toBe(99)
    expect(progressSentence(progressOf([goal('x', 'done')]))).toBe('1 of 1 goal done (100%)')
  })

  it('gives each team its own count and one with its sub-teams', () => {
    const byTeam = progressByTeam(goals, teams)
    expect(byTeam.get('sre')?.own.total).toBe(2)
    expect(byTeam.get('sre')?.withSubTeams.total).toBe(3)
    expect(byTeam.get('sre')?.withSubTeams.done).toBe(2)
    expect(byTeam.get('traffic')?.withSubTeams.total).toBe(1)
    expect(byTeam.get('empty')?.own.total).toBe(0)
  })

  it('splits a bar into the statuses that have goals, adding up to 100%', () => {
    const segments = barSegments(progressOf(goals))
    expect(segments.map((s) => [s.status, s.count])).toEqual([
      ['todo', 1],
      ['done', 2],
      ['blocked', 1],
    ])
    expect(segments.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100)
  })
})
