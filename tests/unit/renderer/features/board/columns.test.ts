import { describe, expect, it } from 'vitest'
import type { ColumnItems } from '../../../../../src/shared/columns'
import {
  columnId,
  dropTarget,
  finishMove,
  isSamePlace,
  moveAcross,
  positionOver,
  statusOfColumnId,
} from '../../../../../src/renderer/features/board/columns'

function items(partial: Partial<ColumnItems>): ColumnItems {
  return {
    todo: [],
    'in-progress': [],
    done: [],
    blocked: [],
    postponed: [],
    'partially-done': [],
    ...partial,
  }
}

describe('board columns', () => {
  it('tells column ids from goal ids', () => {
    expect(statusOfColumnId(columnId('in-progress'))).toBe('in-progress')
    expect(statusOfColumnId('in-progress')).toBeNull()
    expect(statusOfColumnId('column:nonsense')).toBeNull()
  })

  it('moves a card into another column before the card it is over, or at the end', () => {
    const start = items({ todo: ['a', 'b'], done: ['x', 'y'] })
    expect(moveAcross(start, 'a', 'y')).toEqual(items({ todo: ['b'], done: ['x', 'a', 'y'] }))
    expect(moveAcross(start, 'a', columnId('done'))).toEqual(
      items({ todo: ['b'], done: ['x', 'y', 'a'] }),
    )
    expect(moveAcross(start, 'a', columnId('blocked'))).toEqual(
      items({ todo: ['b'], done: ['x', 'y'], blocked: ['a'] }),
    )
  })

  it('returns the same object when nothing moves, so the board does not re-render', () => {
    const start = items({ todo: ['a', 'b'] })
    expect(moveAcross(start, 'a', 'b')).toBe(start)
    expect(finishMove(start, 'a', 'a')).toBe(start)
    expect(finishMove(start, 'a', null)).toBe(start)
  })

  it('reorders within a column: the card takes the place of the card it is dropped on', () => {
    const start = items({ todo: ['a', 'b', 'c', 'd'] })
    expect(finishMove(start, 'a', 'c').todo).toEqual(['b', 'c', 'a', 'd'])
    expect(finishMove(start, 'd', 'b').todo).toEqual(['a', 'd', 'b', 'c'])
    expect(finishMove(start, 'b', columnId('todo')).todo).toEqual(['a', 'c', 'd', 'b'])
  })

  it('names the card a dropped goal lands before, or null at the end', () => {
    const after = items({ todo: ['b'], done: ['x', 'a', 'y'] })
    expect(dropTarget(after, 'a')).toEqual({ status: 'done', beforeGoalId: 'y' })
    expect(dropTarget(items({ done: ['x', 'a'] }), 'a')).toEqual({
      status: 'done',
      beforeGoalId: null,
    })
    expect(dropTarget(after, 'missing')).toBeNull()
  })

  it('knows when a drop leaves the card where it was', () => {
    const start = items({ todo: ['a', 'b'] })
    expect(isSamePlace(start, items({ todo: ['a', 'b'] }), 'a')).toBe(true)
    expect(isSamePlace(start, items({ todo: ['b', 'a'] }), 'a')).toBe(false)
    expect(isSamePlace(start, items({ todo: ['b'], done: ['a'] }), 'a')).toBe(false)
  })

  it('describes the position a card would take, for announcements', () => {
    const start = items({ todo: ['a', 'b'], 'in-progress': ['x', 'y', 'z', 'w'] })
    expect(positionOver(start, 'a', 'y')).toEqual({
      status: 'in-progress',
      position: 2,
      total: 5,
    })
    expect(positionOver(start, 'a', 'a')).toEqual({ status: 'todo', position: 1, total: 2 })
    expect(positionOver(start, 'a', 'b')).toEqual({ status: 'todo', position: 2, total: 2 })
  })
})
