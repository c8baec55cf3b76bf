import { describe, expect, it } from 'vitest'
import { countOf } from '../../../src/shared/words'

describe('countOf', () => {
  it('makes the noun agree with the number', () => {
    expect(countOf(1, 'goal')).toBe('1 goal')
    expect(countOf(0, 'goal')).toBe('0 goals')
    expect(countOf(2, 'goal')).toBe('2 goals')
    expect(countOf(1, 'priority group')).toBe('1 priority group')
    expect(countOf(3, 'status update')).toBe('3 status updates')
  })

  it('takes the plural it is given', () => {
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries')
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry')
  })
})
