import { describe, expect, it } from 'vitest'
import {
  columnIdsBuilder,
  columnItems,
  columnsBuilder,
  emptyColumns,
  goalColumnItems,
  groupGoals,
} from '../../../src/shared/columns'
import type { Goal } from '../../../src/shared/model'
import { STATUS_IDS, type StatusId } from '../../../src/shared/statuses'
import { goal } from './boardFixtures'

const goals = [goal('a', 'todo'), goal('b', 'done'), goal('c', 'todo'), goal('d', 'todo')]

/** Many goals of every status, spread unevenly. */
const many = Array.from({ length: 103 }, (_, k) =>
  goal(`g${k}`, STATUS_IDS[(k * 7) % STATUS_IDS.length] as StatusId),
)

describe('status columns', () => {
  it('group goals by status in the order given, every status with its column', () => {
    const grouped = groupGoals(goals)
    expect(grouped.todo.map((g) => g.id)).toEqual(['a', 'c', 'd'])
    expect(grouped.done[0]).toBe(goals[1])
    expect(Object.keys(grouped).sort()).toEqual([...STATUS_IDS].sort())
    expect(grouped.blocked).toEqual([])
  })

  it('give the ids of each column, from the goals or from their groups alike', () => {
    expect(goalColumnItems(goals).todo).toEqual(['a', 'c', 'd'])
    expect(goalColumnItems(goals).done).toEqual(['b'])
    expect(goalColumnItems(goals).blocked).toEqual([])
    expect(columnItems(groupGoals(many))).toEqual(goalColumnItems(many))
  })

  it('are built the same from slices of any size as from all goals at once', () => {
    const atOnce = goalColumnItems(many)
    for (const size of [1, 7, 50, 103, 500]) {
      const columns = columnIdsBuilder()
      for (let start = 0; start < many.length; start += size)
        columns.add(many, start, Math.min(many.length, start + size))
      expect(columns.result()).toEqual(atOnce)
    }
  })

  it('hold what the builder is asked to keep of each goal', () => {
    const columns = columnsBuilder((g: Goal) => g.text)
    columns.add(goals, 1, 3)
    expect(columns.result()).toEqual({
      ...emptyColumns<string>(),
      todo: ['Goal c'],
      done: ['Goal b'],
    })
  })

  it('start empty, each a list of its own', () => {
    const columns = emptyColumns<string>()
    columns.todo.push('a')
    expect(columns.done).toEqual([])
    expect(emptyColumns<string>().todo).toEqual([])
  })
})
