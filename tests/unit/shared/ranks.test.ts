import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareRanks,
  evenRanks,
  isRank,
  rankBetween,
  rankForIndex,
} from '../../../src/shared/ranks'

describe('fractional ranks', () => {
  it('puts a rank strictly between its neighbours', () => {
    expect(rankBetween(null, null)).toBe('i')
    const a = rankBetween(null, null)
    const b = rankBetween(a, null)
    const c = rankBetween(null, a)
    expect(c < a && a < b).toBe(true)
    const mid = rankBetween(c, a)
    expect(c < mid && mid < a).toBe(true)
  })

  it('finds room between adjacent digits', () => {
    const r = rankBetween('a', 'b')
    expect('a' < r && r < 'b').toBe(true)
    const s = rankBetween('a', 'a1')
    expect('a' < s && s < 'a1').toBe(true)
  })

  it('rejects ranks in the wrong order or of the wrong form', () => {
    expect(() => rankBetween('b', 'a')).toThrow(/sort before/)
    expect(() => rankBetween('a', 'a')).toThrow()
    expect(() => rankBetween('A', null)).toThrow(/Invalid rank/)
    expect(() => rankBetween('a0', null)).toThrow(/Invalid rank/)
  })

  it('keeps any sequence of insertions in order with valid keys', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), (positions) => {
        const list: string[] = []
        for (const p of positions) {
          const index = p % (list.length + 1)
          list.splice(index, 0, rankForIndex(list, index))
        }
        for (const r of list) expect(isRank(r)).toBe(true)
        expect([...list].sort(compareRanks)).toEqual(list)
        expect(new Set(list).size).toBe(list.length)
      }),
    )
  })

  it('spreads bulk ranks evenly with short keys', () => {
    const ranks = evenRanks(10_000)
    expect(ranks).toHaveLength(10_000)
    expect(new Set(ranks).size).toBe(10_000)
    expect([...ranks].sort(compareRanks)).toEqual(ranks)
    expect(Math.max(...ranks.map((r) => r.length))).toBeLessThanOrEqual(3)
    for (const r of ranks) expect(isRank(r)).toBe(true)
    expect(evenRanks(0)).toEqual([])
    expect(evenRanks(1)).toEqual(['i'])
  })

  it('stays short when a card is dragged to the top of a column again and again', () => {
    let top = 'i'
    for (let i = 0; i < 1000; i++) top = rankBetween(null, top)
    expect(top.length).toBeLessThan(250)
  })
})
