import { describe, expect, it } from 'vitest'
import type { ColumnItems } from '../../../../../src/shared/columns'
import {
  boardAnnouncements,
  placeOf,
} from '../../../../../src/renderer/features/board/announcements'

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

const start = items({ todo: ['a', 'b'], 'in-progress': ['x'] })
const moved = items({ todo: ['b'], 'in-progress': ['x', 'a'] })
const texts: Record<string, string> = { a: 'Alpha', b: 'Beta', x: 'Xray' }

describe('drag announcements', () => {
  it('names the column and the position in words', () => {
    expect(placeOf(start, 'a')).toBe('To do, position 1 of 2')
    expect(placeOf(moved, 'a')).toBe('In progress, position 2 of 2')
    expect(placeOf(start, 'nowhere')).toBeNull()
  })

  it('says the pick-up, each new place once, and the drop', () => {
    const say = boardAnnouncements((id) => texts[id] ?? 'unknown')
    expect(say.pickedUp(start, 'a')).toBe('Picked up goal Alpha in To do, position 1 of 2.')
    // Still where it was picked up: nothing new to say.
    expect(say.over(start, 'a')).toBeUndefined()
    expect(say.over(moved, 'a')).toBe('Goal Alpha is over In progress, position 2 of 2.')
    expect(say.over(moved, 'a')).toBeUndefined()
    expect(say.dropped(moved, 'a')).toBe('Goal Alpha was moved to In progress, position 2 of 2.')
  })

  it('says when the card leaves every column, once, and a drop there puts it back', () => {
    const say = boardAnnouncements((id) => texts[id] ?? 'unknown')
    say.pickedUp(start, 'a')
    expect(say.over(null, 'a')).toBe('Goal Alpha is no longer over a column.')
    expect(say.over(null, 'a')).toBeUndefined()
    // Back over its own place: said again, since it had left.
    expect(say.over(start, 'a')).toBe('Goal Alpha is over To do, position 1 of 2.')
    expect(say.dropped(null, 'a')).toBe('Goal Alpha was dropped where it was.')
  })

  it('says a cancel returns the card', () => {
    const say = boardAnnouncements((id) => texts[id] ?? 'unknown')
    say.pickedUp(start, 'b')
    expect(say.cancelled('b')).toBe('Moving was cancelled. Goal Beta was returned to where it was.')
  })
})
