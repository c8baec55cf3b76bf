import { describe, expect, it } from 'vitest'
import type { StatusId } from '../../../../../src/shared/statuses'
import type { ColumnItems } from '../../../../../src/shared/columns'
import { columnId } from '../../../../../src/renderer/features/board/columns'
import {
  isMoveKey,
  keyboardMove,
  orderOver,
  targetAt,
  type Box,
  type ColumnBox,
} from '../../../../../src/renderer/features/board/dragGeometry'

function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, right: left + width, bottom: top + height }
}

const COLUMN_WIDTH = 200
const CARD_HEIGHT = 50
const order: StatusId[] = ['todo', 'in-progress', 'done', 'blocked', 'postponed']

/** A board laid out like the real one: columns side by side, cards stacked from y=40. */
function layout(current: ColumnItems): ColumnBox[] {
  return order.map((status, index) => {
    const left = index * (COLUMN_WIDTH + 10)
    return {
      status,
      box: box(left, 0, COLUMN_WIDTH, 800),
      cards: () =>
        current[status].map((id, position) => ({
          id,
          box: box(left + 5, 40 + position * (CARD_HEIGHT + 8), 190, CARD_HEIGHT),
        })),
    }
  })
}

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

const board = items({ todo: ['a', 'b', 'c'], 'in-progress': ['x', 'y'] })

function target(point: { x: number; y: number }, current = board, active = 'a') {
  return targetAt(point, layout(current), active)
}

describe('what the pointer is over', () => {
  it('the card nearest the pointer in the column under it', () => {
    expect(target({ x: 300, y: 65 })).toBe('x')
    expect(target({ x: 300, y: 100 })).toBe('y')
    expect(target({ x: 100, y: 160 })).toBe('c')
  })

  it('the column itself below its last card and in an empty column', () => {
    expect(target({ x: 300, y: 400 })).toBe(columnId('in-progress'))
    expect(target({ x: 500, y: 60 })).toBe(columnId('done'))
  })

  it('the end of the column below every other card, though a tall carried card is nearer', () => {
    // A tall card (120) carried to the end of In progress: x 40–90, y 98–148, a 156–276.
    const tall = layout(items({ 'in-progress': ['x', 'y', 'a'] })).map((column) =>
      column.status !== 'in-progress'
        ? column
        : {
            ...column,
            cards: () => [
              { id: 'x', box: box(215, 40, 190, 50) },
              { id: 'y', box: box(215, 98, 190, 50) },
              { id: 'a', box: box(215, 156, 190, 120) },
            ],
          },
    )
    // Near y's bottom: y's centre (123) is nearer than a's (216), but the pointer is below it.
    expect(targetAt({ x: 300, y: 144 }, tall, 'a')).toBe(columnId('in-progress'))
    // Another card carried: it would go before y.
    expect(targetAt({ x: 300, y: 144 }, tall, 'b')).toBe('y')
  })

  it('the nearest column when the pointer is in a gap between columns', () => {
    expect(target({ x: 205, y: 65 })).toBe('a')
    expect(target({ x: 206, y: 400 })).toBe(columnId('in-progress'))
  })

  it('nothing outside the columns: beside, above or below the board', () => {
    expect(target({ x: 2000, y: 65 })).toBeNull()
    expect(target({ x: -5, y: 65 })).toBeNull()
    expect(target({ x: 300, y: -10 })).toBeNull()
    expect(target({ x: 300, y: 801 })).toBeNull()
  })

  it('reads the cards of the column under the pointer only', () => {
    const read: StatusId[] = []
    const columns = layout(board).map((column) => ({
      ...column,
      cards: () => {
        read.push(column.status)
        return column.cards()
      },
    }))
    targetAt({ x: 300, y: 65 }, columns, 'a')
    expect(read).toEqual(['in-progress'])
  })
})

describe('the order while a card is carried over a target', () => {
  it('takes the place of the card it is over, in its own column or another', () => {
    expect(orderOver(board, 'a', 'c').todo).toEqual(['b', 'c', 'a'])
    expect(orderOver(board, 'c', 'a').todo).toEqual(['c', 'a', 'b'])
    const across = orderOver(board, 'a', 'y')
    expect(across.todo).toEqual(['b', 'c'])
    expect(across['in-progress']).toEqual(['x', 'a', 'y'])
  })

  it('goes to the end of a column it is over below the last card', () => {
    expect(orderOver(board, 'a', columnId('in-progress'))['in-progress']).toEqual(['x', 'y', 'a'])
    expect(orderOver(board, 'a', columnId('todo')).todo).toEqual(['b', 'c', 'a'])
  })

  it('is the same order (same object) over the card itself', () => {
    expect(orderOver(board, 'a', 'a')).toBe(board)
  })
})

describe('keyboard moves', () => {
  const press = (code: string, id = 'a', current = board) => keyboardMove(current, id, code, order)

  it('Right and Left go to the same position in the neighbouring column', () => {
    expect(press('ArrowRight')['in-progress']).toEqual(['a', 'x', 'y'])
    expect(press('ArrowRight', 'b')['in-progress']).toEqual(['x', 'b', 'y'])
    expect(press('ArrowLeft')).toBe(board)
    const back = press('ArrowLeft', 'x')
    expect(back.todo).toEqual(['x', 'a', 'b', 'c'])
    expect(back['in-progress']).toEqual(['y'])
  })

  it('Right joins a shorter column at its end, and an empty column', () => {
    // From the third place, In progress (two cards) is joined at its end.
    expect(press('ArrowRight', 'c')['in-progress']).toEqual(['x', 'y', 'c'])
    const moved = items({ todo: ['b', 'c'], 'in-progress': ['x', 'a', 'y'] })
    expect(press('ArrowRight', 'a', moved).done).toEqual(['a'])
  })

  it('stops at the last column', () => {
    const last = items({ postponed: ['a'] })
    expect(press('ArrowRight', 'a', last)).toBe(last)
  })

  it('Up and Down move one place within the column and stop at its ends', () => {
    expect(press('ArrowDown').todo).toEqual(['b', 'a', 'c'])
    expect(press('ArrowDown', 'b').todo).toEqual(['a', 'c', 'b'])
    expect(press('ArrowDown', 'c')).toBe(board)
    expect(press('ArrowUp')).toBe(board)
    expect(press('ArrowUp', 'c').todo).toEqual(['a', 'c', 'b'])
  })

  it('ignores other keys', () => {
    expect(press('KeyA')).toBe(board)
    expect(isMoveKey('KeyA')).toBe(false)
    expect(isMoveKey('Space')).toBe(false)
    for (const code of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      expect(isMoveKey(code)).toBe(true)
    }
  })
})
