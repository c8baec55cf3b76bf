/**
 * Work on a long quarter split into turns of the window's thread. The work is
 * written once, as a generator that yields whenever its Turn is used up; run
 * at once (runAtOnce) it never yields, run in turns (runInTurns) the thread
 * is given up at each yield, so input and paint are never held for long.
 */

/**
 * How much work is left before the thread is given up: one unit per row
 * handled. Infinite for work at once.
 */
export interface Turn {
  left: number
  readonly size: number
}

/**
 * Rows built or checked in one turn of the window's thread when long work
 * goes in turns (planCommands.saveDocumentsInTurns, a big command's check
 * and application, a refresh): the Import view's "Create quarter" of a
 * 200,000-goal page built its command in one task of 350 ms.
 */
export const ROWS_PER_TURN = 5_000

/** A turn of the window's thread: whatever waits (input, paint) runs first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve))
}

/** A Turn that is never used up. */
export function turnAtOnce(): Turn {
  return { left: Infinity, size: Infinity }
}

/** A Turn of `size` units. */
export function turnOf(size: number): Turn {
  return { left: size, size }
}

/** The result of `steps`, run without giving the thread up. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The result of `steps`, with the thread given up at each of its yields.
 * `stillWanted` is asked after each turn: when it says no, the work stops
 * and null is returned.
 */
export async function runInTurns<T>(
  steps: Generator<void, T>,
  stillWanted: () => boolean,
): Promise<T | null> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await nextTurn()
    if (!stillWanted()) return null
  }
}

/**
 * `a` and `b` (each sorted by `order`) as one sorted list, one unit of
 * `turn` per row. On a tie `a`'s row comes first.
 */
export function* mergeSorted<R>(
  a: readonly R[],
  b: readonly R[],
  order: (x: R, y: R) => number,
  turn: Turn,
): Generator<void, R[]> {
  const merged = new Array<R>(a.length + b.length)
  let i = 0
  let j = 0
  for (let k = 0; k < merged.length; k++) {
    if (--turn.left < 0) {
      yield
      turn.left = turn.size - 1
    }
    if (j >= b.length || (i < a.length && order(a[i] as R, b[j] as R) <= 0)) merged[k] = a[i++] as R
    else merged[k] = b[j++] as R
  }
  return merged
}

/**
 * `rows` sorted by `order`, a new array: runs of a turn's size are each sorted
 * in one turn, then merged pair by pair, so no turn sorts or merges more than
 * its share. At once it is one Array.prototype.sort.
 */
export function* sortedInTurns<R>(
  rows: readonly R[],
  order: (x: R, y: R) => number,
  turn: Turn,
): Generator<void, R[]> {
  const runLength = Math.max(1, Math.min(rows.length, turn.size))
  let runs: R[][] = []
  for (let start = 0; start < rows.length; start += runLength) {
    const run = rows.slice(start, start + runLength)
    if (turn.left < run.length && start > 0) {
      yield
      turn.left = turn.size
    }
    turn.left -= run.length
    runs.push(run.sort(order))
  }
  while (runs.length > 1) {
    const next: R[][] = []
    for (let index = 0; index < runs.length; index += 2) {
      const second = runs[index + 1]
      const first = runs[index] as R[]
      next.push(second ? yield* mergeSorted(first, second, order, turn) : first)
    }
    runs = next
  }
  return runs[0] ?? []
}
