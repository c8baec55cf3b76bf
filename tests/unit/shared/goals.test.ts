import { describe, expect, it } from 'vitest'
import { isTaskId, parseTaskList, validateGoalText } from '../../../src/shared/goals'

describe('task ids', () => {
  it('accepts T followed by digits', () => {
    expect(isTaskId('T223626')).toBe(true)
    for (const bad of ['T', 't12', 'T01', 'T12a', ' T12', 'X12', '12'])
      expect(isTaskId(bad)).toBe(false)
  })

  it('parses a typed list, normalising case and dropping duplicates', () => {
    expect(parseTaskList('T1, t22  T1\nT333')).toEqual({ tasks: ['T1', 'T22', 'T333'] })
    expect(parseTaskList('  ')).toEqual({ tasks: [] })
  })

  it('names the entries that are not task ids', () => {
    const result = parseTaskList('T1, 2345, Tabc')
    expect(result).toEqual({
      error:
        'Not a Phabricator task id: "2345", "Tabc". Use T followed by digits, such as T223626.',
    })
  })
})

describe('goal text', () => {
  it('refuses empty or blank text', () => {
    expect(validateGoalText('')).toBe('Goal text cannot be empty.')
    expect(validateGoalText(' \n\t')).toBe('Goal text cannot be empty.')
    expect(validateGoalText('Ship it')).toBeNull()
  })
})
