/**
 * How alike two short texts are, for recognising a goal (or team, or group)
 * whose wording was tweaked. Markup and case do not count: "'''Ship''' the
 * [[API]]" and "ship the API" read the same to a person.
 */

/** Text reduced to what a reader compares: lower case, no wiki markup characters, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/['[\]{}|=*#:;_~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The character bigrams of a normalised text, with their counts. */
export function bigrams(normalised: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < normalised.length; i++) {
    const pair = normalised.slice(i, i + 2)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

function size(counts: Map<string, number>): number {
  let total = 0
  for (const n of counts.values()) total += n
  return total
}

/**
 * Sørensen–Dice coefficient of two bigram multisets: 1 for the same text,
 * 0 for texts sharing no two adjacent characters. Word order changes and
 * small edits keep it high, which suits goal texts better than an edit
 * distance (a phrase appended to a goal is a small change to a person).
 */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b)
  if (total === 0) return 1
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [pair, n] of small) shared += Math.min(n, large.get(pair) ?? 0)
  return (2 * shared) / total
}
