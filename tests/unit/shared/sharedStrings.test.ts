import { describe, expect, it } from 'vitest'
import {
  REPEATED_FIELDS,
  repeatedFieldsOf,
  shareStrings,
  type StringPool,
} from '../../../src/shared/sharedStrings'
import type { Goal } from '../../../src/shared/model'

/** A goal as a structured clone gives it: every string an object of its own (JSON.parse). */
function clonedGoal(k: number): Goal {
  return JSON.parse(
    JSON.stringify({
      id: `g${k}`,
      planId: 'plan-1',
      teamId: `team-${k % 2}`,
      groupId: null,
      text: `Goal ${k}`,
      status: k % 3 === 0 ? 'done' : 'todo',
      tasks: [],
      note: '',
      stretch: false,
      carriedOverFrom: null,
      rank: `r${k}`,
      createdAt: 1,
      updatedAt: 2,
    }),
  ) as Goal
}

describe('shareStrings', () => {
  it('leaves every row reading exactly as before', () => {
    const goals = Array.from({ length: 30 }, (_, k) => clonedGoal(k))
    const pool: StringPool = new Map()
    for (const goal of goals) shareStrings(goal, REPEATED_FIELDS.goals, pool)
    expect(goals).toEqual(Array.from({ length: 30 }, (_, k) => clonedGoal(k)))
  })

  it('keeps one string per value of the fields it is given, and no other field', () => {
    const pool: StringPool = new Map()
    for (let k = 0; k < 30; k++) shareStrings(clonedGoal(k), REPEATED_FIELDS.goals, pool)
    // 30 ids, one plan, two teams, two statuses; no text, rank or note; null is not a string.
    expect([...pool.keys()].sort()).toEqual(
      [
        ...Array.from({ length: 30 }, (_, k) => `g${k}`),
        'plan-1',
        'team-0',
        'team-1',
        'done',
        'todo',
      ].sort(),
    )
    expect([...pool].every(([value, shared]) => value === shared)).toBe(true)
  })

  it('leaves a frozen row alone', () => {
    const frozen = Object.freeze(clonedGoal(1))
    const pool: StringPool = new Map([['plan-1', 'plan-1']])
    expect(() => shareStrings(frozen, REPEATED_FIELDS.goals, pool)).not.toThrow()
    expect(frozen).toEqual(clonedGoal(1))
  })

  it('knows the repeated fields of each of a quarter’s tables, and none of any other', () => {
    expect(repeatedFieldsOf('goals')).toContain('teamId')
    expect(repeatedFieldsOf('history')).toEqual(['planId', 'goalId', 'from', 'to'])
    expect(repeatedFieldsOf('plans')).toEqual([])
    expect(repeatedFieldsOf('backupBases')).toEqual([])
  })
})
