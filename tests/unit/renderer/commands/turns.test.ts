import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  mergeSorted,
  runAtOnce,
  runInTurns,
  sortedInTurns,
  turnAtOnce,
  turnOf,
} from '../../../../src/renderer/commands/turns'

interface Row {
  id: string
  rank: number
}

/** By rank, ties broken by id: a total order, as every table's (rowOrder.ts). */
const byRank = (a: Row, b: Row) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const rows = fc.uniqueArray(
  fc.record({ id: fc.string({ maxLength: 4 }), rank: fc.integer({ min: 0, max: 20 }) }),
  {
    selector: (row) => row.id,
    maxLength: 300,
  },
)

/** The comparisons `order` made between each two yields of `steps`, and the result. */
function comparisonsPerTurn<T>(make: (order: typeof byRank) => Generator<void, T>): {
  perTurn: number[]
  result: T
} {
  const perTurn = [0]
  const counted = (a: Row, b: Row) => {
    perTurn[perTurn.length - 1]!++
    return byRank(a, b)
  }
  const steps = make(counted)
  for (;;) {
    const step = steps.next()
    if (step.done) return { perTurn, result: step.value }
    perTurn.push(0)
  }
}

describe('sortedInTurns', () => {
  it('sorts as Array.prototype.sort does, for any turn size', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 400 }), (list, size) => {
        const expected = [...list].sort(byRank)
        expect(runAtOnce(sortedInTurns(list, byRank, turnOf(size)))).toEqual(expected)
        expect(runAtOnce(sortedInTurns(list, byRank, turnAtOnce()))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('leaves its input as it was', () => {
    const list = [3, 1, 2].map((rank) => ({ id: String(rank), rank }))
    runAtOnce(sortedInTurns(list, byRank, turnOf(1)))
    expect(list.map((row) => row.rank)).toEqual([3, 1, 2])
  })

  it('gives the thread up between runs and merges: no turn sorts or merges more than its share', () => {
    const list = Array.from({ length: 10_000 }, (_, k) => ({
      id: `r${k}`,
      rank: (k * 7919) % 10_007,
    }))
    const size = 500
    const { perTurn, result } = comparisonsPerTurn((order) =>
      sortedInTurns(list, order, turnOf(size)),
    )
    expect(result).toEqual([...list].sort(byRank))
    expect(perTurn.length).toBeGreaterThan(list.length / size)
    // A run of 500 sorts with at most 500 × log2(500) comparisons, a merge of 500 rows 500.
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(size * Math.ceil(Math.log2(size)))
    // At once: one turn.
    const atOnce = comparisonsPerTurn((order) => sortedInTurns(list, order, turnAtOnce()))
    expect(atOnce.perTurn).toHaveLength(1)
  })
})

describe('mergeSorted', () => {
  it('merges two sorted lists into the sorted whole, for any turn size', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 50 }), (list, size) => {
        const sorted = [...list].sort(byRank)
        const a = sorted.filter((_, k) => k % 3 === 0)
        const b = sorted.filter((_, k) => k % 3 !== 0)
        expect(runAtOnce(mergeSorted(a, b, byRank, turnOf(size)))).toEqual(sorted)
      }),
      { numRuns: 200 },
    )
  })
})

describe('runInTurns', () => {
  function* counting(turns: number): Generator<void, string> {
    for (let k = 0; k < turns; k++) yield
    return 'done'
  }

  it('gives the result after giving the thread up at each yield', async () => {
    let asked = 0
    expect(await runInTurns(counting(3), () => (asked++, true))).toBe('done')
    expect(asked).toBe(3)
  })

  it('stops, giving null, as soon as the work is no longer wanted', async () => {
    let asked = 0
    expect(await runInTurns(counting(5), () => ++asked < 2)).toBeNull()
    expect(asked).toBe(2)
  })
})
