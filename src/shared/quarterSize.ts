/**
 * How many goals one quarter may hold. A department's quarterly page holds a
 * few hundred; a 20 MB page of one-line goals could hold over half a million,
 * and a quarter that size cannot be made, shown or saved without holding the
 * window (issue 18: V8's garbage collection of its heap alone took 100-200
 * ms at 100,000-200,000 goals). 50,000 is the size the measured test makes
 * a quarter of (tests/e2e/pathological-inputs.spec.ts). Every way in refuses
 * more, before anything is stored, and the app's own commands never make
 * more, so whatever it saves it can open again.
 */
export const MAX_GOALS_PER_QUARTER = 50_000

/** A count as the messages give it: "50,000". */
function counted(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * Why a quarter of `goals` goals cannot be held, or null when it can. No
 * final period, so callers can build it into their own sentence.
 */
export function tooManyGoals(goals: number): string | null {
  if (goals <= MAX_GOALS_PER_QUARTER) return null
  return `a quarter holds at most ${counted(MAX_GOALS_PER_QUARTER)} goals, and this one would hold ${counted(goals)}`
}
