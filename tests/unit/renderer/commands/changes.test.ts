import { describe, expect, it } from 'vitest'
import {
  invertChanges,
  rowAfter,
  sameValue,
  stillAsBefore,
  tablesOf,
  touchedFields,
  type RowChange,
} from '../../../../src/renderer/commands/changes'
import type { Goal, StatusChange } from '../../../../src/shared/model'

const goal: Goal = {
  id: 'g1',
  planId: 'p1',
  teamId: 't1',
  groupId: null,
  text: 'Ship it',
  status: 'todo',
  tasks: ['T1'],
  note: '',
  stretch: false,
  carriedOverFrom: null,
  rank: 'm',
  createdAt: 1,
  updatedAt: 1,
}

const entry: StatusChange = { id: 'h1', planId: 'p1', goalId: 'g1', from: null, to: 'todo', at: 1 }

const move: RowChange = {
  table: 'goals',
  id: 'g1',
  before: goal,
  after: { ...goal, status: 'done', rank: 'n', updatedAt: 2 },
}
const create: RowChange = { table: 'history', id: 'h1', before: null, after: entry }
const remove: RowChange = { table: 'goals', id: 'g1', before: goal, after: null }

describe('sameValue', () => {
  it('compares values, lists and plain objects by content', () => {
    expect(sameValue('a', 'a')).toBe(true)
    expect(sameValue(['T1', 'T2'], ['T1', 'T2'])).toBe(true)
    expect(sameValue(['T1', 'T2'], ['T2', 'T1'])).toBe(false)
    expect(sameValue({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameValue(null, {})).toBe(false)
    expect(sameValue([], {})).toBe(false)
    expect(sameValue(1, '1')).toBe(false)
  })
})

describe('touchedFields', () => {
  it('lists the fields an update changes, leaving out updatedAt', () => {
    expect(touchedFields(move).sort()).toEqual(['rank', 'status'])
    expect(touchedFields({ ...move, after: { ...goal, tasks: ['T1'], updatedAt: 9 } })).toEqual([])
  })

  it('lists every field of a created or deleted row', () => {
    expect(touchedFields(create).sort()).toEqual(['at', 'from', 'goalId', 'id', 'planId', 'to'])
    expect(touchedFields(remove)).toContain('text')
    expect(touchedFields(remove)).not.toContain('updatedAt')
  })
})

describe('stillAsBefore', () => {
  it('wants no row for a creation', () => {
    expect(stillAsBefore(create, undefined)).toBe(true)
    expect(stillAsBefore(create, entry)).toBe(false)
  })

  it('wants the row, as before in the fields the change touches', () => {
    expect(stillAsBefore(move, undefined)).toBe(false)
    expect(stillAsBefore(move, goal)).toBe(true)
    // Changed elsewhere, in another field: no conflict.
    expect(stillAsBefore(move, { ...goal, text: 'Reworded', updatedAt: 5 })).toBe(true)
    // Changed elsewhere, in a field this change writes: conflict.
    expect(stillAsBefore(move, { ...goal, status: 'blocked' })).toBe(false)
    expect(stillAsBefore(move, { ...goal, rank: 'z' })).toBe(false)
  })

  it('wants a row to delete unchanged in every field', () => {
    expect(stillAsBefore(remove, { ...goal, updatedAt: 7 })).toBe(true)
    expect(stillAsBefore(remove, { ...goal, note: 'added elsewhere' })).toBe(false)
  })
})

describe('rowAfter', () => {
  it('writes the touched fields over the row as it is, so changes made elsewhere survive', () => {
    const current = { ...goal, text: 'Reworded elsewhere', updatedAt: 5 }
    expect(rowAfter(move, current)).toEqual({
      ...goal,
      text: 'Reworded elsewhere',
      status: 'done',
      rank: 'n',
      updatedAt: 2,
    })
    expect(current.status).toBe('todo')
  })

  it('is the new row for a creation (or a row that is not there), and null for a deletion', () => {
    expect(rowAfter(create, undefined)).toBe(entry)
    expect(rowAfter(move, undefined)).toBe(move.after)
    expect(rowAfter(remove, goal)).toBeNull()
  })
})

describe('invertChanges', () => {
  it('swaps before and after and reverses the order', () => {
    expect(invertChanges([move, create])).toEqual([
      { table: 'history', id: 'h1', before: entry, after: null },
      { table: 'goals', id: 'g1', before: move.after, after: goal },
    ])
    expect(invertChanges(invertChanges([move, create, remove]))).toEqual([move, create, remove])
  })
})

describe('tablesOf', () => {
  it('names each table once, in the order of first use', () => {
    expect(tablesOf([move, create, remove])).toEqual(['goals', 'history'])
    expect(tablesOf([])).toEqual([])
  })
})
