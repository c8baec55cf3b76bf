import { describe, expect, it } from 'vitest'
import type { ClientRect, DroppableContainer, SensorContext, UniqueIdentifier } from '@dnd-kit/core'
import type { StatusId } from '../../../../../src/shared/statuses'
import { columnId, type ColumnItems } from '../../../../../src/renderer/features/board/columns'
import {
  boardCollision,
  boardKeyboardCoordinates,
} from '../../../../../src/renderer/features/board/dragGeometry'

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height }
}

const COLUMN_WIDTH = 200
const CARD_HEIGHT = 50
const order: StatusId[] = ['todo', 'in-progress', 'done', 'blocked', 'postponed']

/** A board laid out like the real one: columns side by side, cards stacked from y=40. */
function layout(items: ColumnItems) {
  const rects = new Map<UniqueIdentifier, ClientRect>()
  const containers: DroppableContainer[] = []
  order.forEach((status, index) => {
    const left = index * (COLUMN_WIDTH + 10)
    const id = columnId(status)
    rects.set(id, rect(left, 0, COLUMN_WIDTH, 800))
    containers.push({ id, data: { current: undefined } } as unknown as DroppableContainer)
    items[status].forEach((cardId, position) => {
      rects.set(cardId, rect(left + 5, 40 + position * (CARD_HEIGHT + 8), 190, CARD_HEIGHT))
      containers.push({
        id: cardId,
        data: { current: { sortable: { containerId: id } } },
      } as unknown as DroppableContainer)
    })
  })
  return { rects, containers }
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

function collide(pointer: { x: number; y: number }, current = board) {
  const { rects, containers } = layout(current)
  return boardCollision({
    active: { id: 'a' } as never,
    collisionRect: rect(pointer.x - 95, pointer.y - 25, 190, 50),
    droppableRects: rects,
    droppableContainers: containers,
    pointerCoordinates: pointer,
  }).map((collision) => collision.id)
}

describe('board collision detection', () => {
  it('targets the card nearest the pointer in the column under it', () => {
    expect(collide({ x: 300, y: 65 })).toEqual(['x'])
    expect(collide({ x: 300, y: 100 })).toEqual(['y'])
    expect(collide({ x: 100, y: 160 })).toEqual(['c'])
  })

  it('targets the column itself below its last card and in an empty column', () => {
    expect(collide({ x: 300, y: 400 })).toEqual([columnId('in-progress')])
    expect(collide({ x: 500, y: 60 })).toEqual([columnId('done')])
  })

  it('picks the nearest column when the pointer is in a gap between columns', () => {
    expect(collide({ x: 205, y: 65 })).toEqual(['a'])
    expect(collide({ x: 206, y: 400 })).toEqual([columnId('in-progress')])
  })

  it('has no target outside the columns: beside, above or below the board', () => {
    expect(collide({ x: 2000, y: 65 })).toEqual([])
    expect(collide({ x: -5, y: 65 })).toEqual([])
    expect(collide({ x: 300, y: -10 })).toEqual([])
    expect(collide({ x: 300, y: 801 })).toEqual([])
  })
})

function press(code: string, over: string | null, current = board) {
  const { rects, containers } = layout(current)
  const getter = boardKeyboardCoordinates(
    () => current,
    () => order,
  )
  const event = { code, preventDefault() {} } as KeyboardEvent
  const collisionRect = rects.get('a') as ClientRect
  const context = {
    collisionRect,
    droppableRects: rects,
    droppableContainers: containers,
    over: over === null ? null : { id: over },
  } as unknown as SensorContext
  const result = getter(event, { active: 'a', currentCoordinates: { x: 0, y: 0 }, context })
  if (!result) return null
  // Where the dragged card's centre would be.
  return { x: result.x + collisionRect.width / 2, y: result.y + collisionRect.height / 2 }
}

describe('keyboard moves', () => {
  const { rects } = layout(board)
  const centre = (id: string) => {
    const r = rects.get(id) as ClientRect
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
  }

  it('Right and Left go to the same position in the neighbouring column', () => {
    expect(press('ArrowRight', 'a')).toEqual(centre('x'))
    expect(press('ArrowLeft', 'a')).toBeNull()
    // From the third place, In progress (two cards) is joined at its end.
    expect(press('ArrowRight', 'c')).toEqual({ x: centre('x').x, y: rects.get('y')!.bottom + 1 })
  })

  it('Right into an empty column targets the column', () => {
    const moved = items({ todo: ['b', 'c'], 'in-progress': ['x', 'a', 'y'] })
    const { rects: movedRects } = layout(moved)
    const column = movedRects.get(columnId('done')) as ClientRect
    expect(press('ArrowRight', 'a', moved)).toEqual({
      x: column.left + column.width / 2,
      y: column.top + column.height / 2,
    })
  })

  it('Up and Down move one place within the column and stop at its ends', () => {
    expect(press('ArrowDown', 'a')).toEqual(centre('b'))
    expect(press('ArrowDown', 'b')).toEqual(centre('c'))
    expect(press('ArrowDown', 'c')).toBeNull()
    expect(press('ArrowUp', 'a')).toBeNull()
    expect(press('ArrowUp', 'c')).toEqual(centre('b'))
  })

  it('ignores other keys', () => {
    expect(press('KeyA', 'a')).toBeNull()
  })
})
