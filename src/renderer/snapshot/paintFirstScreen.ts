/**
 * Paints the stored snapshot of the board's first screen while the app's
 * script (React above all) still loads and compiles: a start then shows the
 * board about as soon as the startup read has found its rows, instead of
 * once React has rendered them. React's first render replaces it (the first
 * commit into a root clears what the container held).
 *
 * Painted only when it shows exactly what the store holds now (see
 * firstScreenKey), it is made by this build, and nothing else is on screen
 * yet. It is inert: it takes no clicks, focus or typing; the board React
 * renders a moment later does.
 */
import type { StartupRows } from '../db/startupRead'
import { markStartup } from '../startupMarks'
import { firstScreenKey } from './firstScreenKey'
import { readSnapshot, SNAPSHOT_STYLE } from './snapshotStorage'

/** Paints the snapshot into `root` if it shows exactly `rows`; true when it did. */
export function paintFirstScreen(root: HTMLElement, rows: StartupRows | null): boolean {
  // React got there first (or something else is shown): leave it alone.
  if (!rows || root.firstChild) return false
  const { plans, planId, teams, groups, goals } = rows
  if (!plans || !teams || !groups || !goals) return false
  const snapshot = readSnapshot()
  if (!snapshot || snapshot.planId !== planId) return false
  if (snapshot.key !== firstScreenKey({ plans, planId, teams, groups, goals })) return false
  root.innerHTML = snapshot.html
  for (const styled of root.querySelectorAll<HTMLElement>(`[${SNAPSHOT_STYLE}]`)) {
    styled.style.cssText = styled.getAttribute(SNAPSHOT_STYLE) ?? ''
  }
  markStartup('snapshot-painted')
  return true
}
