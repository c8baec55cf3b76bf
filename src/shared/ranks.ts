/**
 * Fractional ranks: order keys that sort as plain strings, so moving a card
 * rewrites only that card's rank. A rank is a base-36 fraction (digits after
 * an implied "0.") with no trailing zero, which keeps every rank unique in
 * value and makes string order equal numeric order.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const BASE = DIGITS.length

function digitValue(char: string | undefined): number {
  if (char === undefined) return 0
  const value = DIGITS.indexOf(char)
  if (value < 0) throw new Error(`Invalid rank character "${char}"`)
  return value
}

/** True for a well-formed rank. */
export function isRank(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-z]*[1-9a-z]$/.test(value)
}

/** Orders two ranks (for Array.prototype.sort). */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Midpoint of two digit strings a < b (b null meaning 1.0), after Greenspan's
// "Implementing Fractional Indexing".
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let shared = 0
    while ((a[shared] ?? '0') === b[shared]) shared++
    if (shared > 0) return b.slice(0, shared) + midpoint(a.slice(shared), b.slice(shared))
  }
  const low = digitValue(a[0])
  const high = b === null ? BASE : digitValue(b[0])
  if (high - low > 1) return DIGITS[Math.round((low + high) / 2)] as string
  if (b !== null && b.length > 1) return b.slice(0, 1)
  return (DIGITS[low] as string) + midpoint(a.slice(1), null)
}

/**
 * A rank strictly between `before` and `after`; null means the start or the
 * end of the list.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && !isRank(before)) throw new Error(`Invalid rank "${before}"`)
  if (after !== null && !isRank(after)) throw new Error(`Invalid rank "${after}"`)
  if (before !== null && after !== null && before >= after) {
    throw new Error(`Rank "${before}" must sort before "${after}"`)
  }
  return midpoint(before ?? '', after)
}

/**
 * `count` evenly spaced ranks in ascending order, all of the same short
 * length: for filling a list at once (imports, examples) without the key
 * growth of repeated appends.
 */
export function evenRanks(count: number): string[] {
  let width = 1
  while (BASE ** width <= count) width++
  const span = BASE ** width
  const ranks: string[] = []
  for (let i = 1; i <= count; i++) {
    const value = Math.floor((i * span) / (count + 1))
    ranks.push(value.toString(BASE).padStart(width, '0').replace(/0+$/, ''))
  }
  return ranks
}

/**
 * The rank for moving an item to `index` in `ranks` (the ascending ranks of
 * the destination list, without the moved item).
 */
export function rankForIndex(ranks: readonly string[], index: number): string {
  const clamped = Math.max(0, Math.min(index, ranks.length))
  return rankBetween(ranks[clamped - 1] ?? null, ranks[clamped] ?? null)
}
