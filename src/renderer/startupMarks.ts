/**
 * User Timing marks of the app's start, so a profile or `npm run bench:board`
 * can say where the time to a painted board goes. Each mark is written once
 * per page load; marks cost a few microseconds and nothing reads them in the
 * app itself.
 */

/** The steps of a start, in the order they happen. */
export const STARTUP_MARKS = [
  'script-evaluated',
  'store-open',
  'quarter-read',
  'board-rendered',
] as const

/** One step of the start. */
export type StartupMark = (typeof STARTUP_MARKS)[number]

/** Prefix of the marks' names in the performance timeline. */
export const STARTUP_MARK_PREFIX = 'quarterdeck:'

const written = new Set<StartupMark>()

/** Marks `step` on the performance timeline, the first time only. */
export function markStartup(step: StartupMark): void {
  if (written.has(step)) return
  written.add(step)
  // Absent in some test environments; the marks are only ever informative.
  globalThis.performance?.mark?.(STARTUP_MARK_PREFIX + step)
}
