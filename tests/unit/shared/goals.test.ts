import { describe, expect, it } from 'vitest'
import {
  editedFields,
  isTaskId,
  parseTaskList,
  validateGoalText,
  valuesOf,
  type EditableGoalFields,
} from '../../../src/shared/goals'

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

describe('editedFields', () => {
  const opened: EditableGoalFields = {
    text: 'Migrate eventlogging to python3',
    teamId: 'team-analytics',
    groupId: 'group-1',
    status: 'todo',
    tasks: ['T234593'],
    note: '',
    stretch: false,
  }

  it('is empty when nothing was changed, even with new arrays of the same tasks', () => {
    expect(editedFields(opened, { ...opened, tasks: ['T234593'] })).toEqual({})
  })

  it('holds only the fields that changed, with their new values', () => {
    expect(
      editedFields(opened, {
        ...opened,
        text: 'Migrate EventLogging to Python 3',
        groupId: null,
        tasks: ['T234593', 'T159170'],
        stretch: true,
      }),
    ).toEqual({
      text: 'Migrate EventLogging to Python 3',
      groupId: null,
      tasks: ['T234593', 'T159170'],
      stretch: true,
    })
    expect(editedFields(opened, { ...opened, tasks: ['T159170'] })).toEqual({ tasks: ['T159170'] })
    expect(editedFields(opened, { ...opened, status: 'done', note: 'x' })).toEqual({
      status: 'done',
      note: 'x',
    })
  })
})

describe('valuesOf', () => {
  it('takes a goal’s values of the fields an edit changed, and no others', () => {
    const goal: EditableGoalFields = {
      text: 'Superset upgrade',
      teamId: 'team-analytics',
      groupId: null,
      status: 'in-progress',
      tasks: [],
      note: 'blocked on ops',
      stretch: true,
    }
    expect(valuesOf(goal, { status: 'done', groupId: 'group-2' })).toEqual({
      status: 'in-progress',
      groupId: null,
    })
    expect(valuesOf(goal, {})).toEqual({})
  })
})
