import { describe, expect, it } from 'vitest'
import { checkGoalFields, GOAL_FIELD_RULES, type GoalFields } from '../../../src/shared/goals'

const fields: GoalFields = {
  text: 'Upgrade Superset',
  status: 'in-progress',
  tasks: ['T223626', 'T1'],
  note: 'waiting for review',
  stretch: false,
  carriedOverFrom: null,
}

/** The problems of `fields` with `changes` applied, which may be of any type. */
function problemsWith(changes: Record<string, unknown>): string[] {
  const result = checkGoalFields({ ...fields, ...changes } as GoalFields)
  return result.ok ? [] : result.problems
}

describe('checkGoalFields', () => {
  it('accepts sound fields and removes repeated task ids, keeping their order', () => {
    expect(checkGoalFields(fields)).toEqual({ ok: true, fields })
    expect(checkGoalFields({ ...fields, tasks: ['T5', 'T2', 'T5'] })).toEqual({
      ok: true,
      fields: { ...fields, tasks: ['T5', 'T2'] },
    })
    expect(checkGoalFields({ ...fields, carriedOverFrom: 'Q1', stretch: true }).ok).toBe(true)
  })

  it('refuses text that is empty after trimming, or not text', () => {
    expect(problemsWith({ text: '' })).toEqual(['Goal text cannot be empty.'])
    expect(problemsWith({ text: ' \n\t' })).toEqual(['Goal text cannot be empty.'])
    expect(problemsWith({ text: 7 })).toEqual(['Goal text must be text.'])
  })

  it('names every task id that is not T followed by digits', () => {
    expect(problemsWith({ tasks: ['T1', 'T01', 't5', 'task 7'] })).toEqual([
      'Not a Phabricator task id: "T01", "t5", "task 7". Use T followed by digits, such as T223626.',
    ])
    expect(problemsWith({ tasks: 'T1' })).toEqual(['Task ids must be a list.'])
  })

  it('refuses an unknown status, naming the known ones', () => {
    expect(problemsWith({ status: 'finished' })).toEqual([
      'Unknown status "finished"; use one of todo, in-progress, done, blocked, postponed, partially-done.',
    ])
  })

  it('checks note, stretch and carried-over marker by type', () => {
    expect(problemsWith({ note: null })).toEqual(['The note must be text.'])
    expect(problemsWith({ stretch: 'no' })).toEqual(['Stretch must be either on or off.'])
    expect(problemsWith({ carriedOverFrom: 1 })).toEqual([
      '"Carried over from" must be a quarter such as Q1, or nothing.',
    ])
  })

  it('reports every broken field at once', () => {
    expect(problemsWith({ text: '', stretch: 1, tasks: ['x'] })).toHaveLength(3)
  })
})

describe('GOAL_FIELD_RULES', () => {
  it('has one rule per edited field, each fine with the sound value', () => {
    for (const [key, rule] of Object.entries(GOAL_FIELD_RULES)) {
      expect(rule(fields[key as keyof GoalFields])).toBeNull()
    }
    expect(Object.keys(GOAL_FIELD_RULES).sort()).toEqual(Object.keys(fields).sort())
  })
})
