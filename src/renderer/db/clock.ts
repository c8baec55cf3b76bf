/**
 * Timestamps for stored records. Strictly increasing within a window, so a
 * goal's status history keeps its order even when two changes land in the
 * same millisecond (a quick double move, a test, an import loop).
 */
let last = 0

/** Milliseconds since the epoch, larger than any value returned before. */
export function now(): number {
  last = Math.max(Date.now(), last + 1)
  return last
}
