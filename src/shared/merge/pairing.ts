/**
 * Pairs the rows of two lists in stages, each stage pairing only rows left
 * unpaired by the ones before: the building block of the goal, team, group
 * and status-update matchers. Every stage is deterministic (list order breaks
 * ties), so a merge gives the same result every time.
 */
import { bigrams, similarity } from './similarity'

/** A pair of indexes: into the first list and into the second. */
export type Pair = readonly [number, number]

/** Below this a pair of texts is not taken for the same one. */
export const SIMILAR_ENOUGH = 0.6

// Comparing every left-over row with every other costs their product; past
// this (a plan rewritten whole) the similarity stage is skipped, and the
// remaining stages (position) or "deleted and added" take over.
const MAX_COMPARISONS = 250_000

/** Pairing state of two lists of `aCount` and `bCount` rows. */
export class Pairer {
  private readonly aToB = new Map<number, number>()
  private readonly pairedB = new Set<number>()

  constructor(
    private readonly aCount: number,
    private readonly bCount: number,
  ) {}

  /** The pairs found so far, in the first list's order. */
  pairs(): Pair[] {
    return [...this.aToB.entries()].sort((x, y) => x[0] - y[0])
  }

  /** Pairs two rows; both must be unpaired. */
  pair(a: number, b: number): void {
    this.aToB.set(a, b)
    this.pairedB.add(b)
  }

  private unpairedA(): number[] {
    const out: number[] = []
    for (let i = 0; i < this.aCount; i++) if (!this.aToB.has(i)) out.push(i)
    return out
  }

  private unpairedB(): number[] {
    const out: number[] = []
    for (let i = 0; i < this.bCount; i++) if (!this.pairedB.has(i)) out.push(i)
    return out
  }

  /**
   * Pairs unpaired rows with equal keys (null: no key, never paired). Rows
   * sharing a key are paired in list order, the first with the first.
   */
  byKey(keyA: (i: number) => string | null, keyB: (i: number) => string | null): this {
    const waiting = new Map<string, number[]>()
    for (const b of this.unpairedB()) {
      const key = keyB(b)
      if (key === null) continue
      const list = waiting.get(key)
      if (list) list.push(b)
      else waiting.set(key, [b])
    }
    for (const a of this.unpairedA()) {
      const key = keyA(a)
      if (key === null) continue
      const b = waiting.get(key)?.shift()
      if (b !== undefined) this.pair(a, b)
    }
    return this
  }

  /**
   * Pairs unpaired rows of the same scope (a team, say) whose normalised
   * texts are at least SIMILAR_ENOUGH alike, the most alike first.
   */
  bySimilarity(
    scopeA: (i: number) => string,
    scopeB: (i: number) => string,
    textA: (i: number) => string,
    textB: (i: number) => string,
  ): this {
    const scopes = new Map<string, { a: number[]; b: number[] }>()
    const scope = (key: string) => {
      let found = scopes.get(key)
      if (!found) scopes.set(key, (found = { a: [], b: [] }))
      return found
    }
    for (const a of this.unpairedA()) scope(scopeA(a)).a.push(a)
    for (const b of this.unpairedB()) scope(scopeB(b)).b.push(b)
    for (const { a, b } of scopes.values()) {
      if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_COMPARISONS) continue
      const gramsB = b.map((i) => bigrams(textB(i)))
      const candidates: Array<{ a: number; b: number; score: number }> = []
      for (const i of a) {
        const grams = bigrams(textA(i))
        b.forEach((j, k) => {
          const score = similarity(grams, gramsB[k] as Map<string, number>)
          if (score >= SIMILAR_ENOUGH) candidates.push({ a: i, b: j, score })
        })
      }
      candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
      for (const { a: i, b: j } of candidates) {
        if (!this.aToB.has(i) && !this.pairedB.has(j)) this.pair(i, j)
      }
    }
    return this
  }

  /**
   * Pairs the rows still unpaired by their place: within a scope, the n-th
   * unpaired row of the first list (in the order given) with the n-th of
   * the second.
   */
  byPosition(
    scopeA: (i: number) => string,
    scopeB: (i: number) => string,
    orderA: readonly number[],
    orderB: readonly number[],
  ): this {
    const queues = new Map<string, number[]>()
    for (const b of orderB) {
      if (this.pairedB.has(b)) continue
      const key = scopeB(b)
      const list = queues.get(key)
      if (list) list.push(b)
      else queues.set(key, [b])
    }
    for (const a of orderA) {
      if (this.aToB.has(a)) continue
      const b = queues.get(scopeA(a))?.shift()
      if (b !== undefined) this.pair(a, b)
    }
    return this
  }
}
