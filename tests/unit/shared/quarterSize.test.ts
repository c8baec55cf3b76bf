import { describe, expect, it } from 'vitest'
import { MAX_GOALS_PER_QUARTER, tooManyGoals } from '../../../src/shared/quarterSize'

describe('tooManyGoals', () => {
  it('holds a quarter of up to 50,000 goals', () => {
    expect(MAX_GOALS_PER_QUARTER).toBe(50_000)
    expect(tooManyGoals(0)).toBeNull()
    expect(tooManyGoals(50_000)).toBeNull()
  })

  it('says why one goal more cannot be held, with both counts as a person reads them', () => {
    expect(tooManyGoals(50_001)).toBe(
      'a quarter holds at most 50,000 goals, and this one would hold 50,001',
    )
    expect(tooManyGoals(1_234_567)).toBe(
      'a quarter holds at most 50,000 goals, and this one would hold 1,234,567',
    )
  })
})
