/**
 * Keeps the snapshot of the board's first screen up to date (see
 * paintFirstScreen): when the window is closed, reloaded or hidden, it stores
 * the app's markup with the key of the rows it shows, if the window shows
 * what a start would.
 *
 * Only then, never while the board is in use: taking it costs 3–23 ms (2,000
 * goals), which would delay a drag or a drop it happened to meet. A window
 * that never gets to say goodbye (a crash) leaves the snapshot before it,
 * which the next start finds out of date and does not paint.
 */
import { useEffect } from 'react'
import { firstCardsPerColumn } from '../db/startupRead'
import { useUiStore } from '../store/uiStore'
import { captureFirstScreen, showsFirstScreen } from './captureFirstScreen'
import { firstScreenKey } from './firstScreenKey'
import { firstScreenOf, type BoardRows } from './firstScreenOf'
import { writeSnapshot } from './snapshotStorage'

function storeFirstScreen(rows: BoardRows): void {
  const root = document.getElementById('root')
  if (!root || !showsFirstScreen(root, useUiStore.getState())) return
  const limit = firstCardsPerColumn()
  const html = captureFirstScreen(root, limit)
  if (html === null) return
  writeSnapshot({ planId: rows.planId, key: firstScreenKey(firstScreenOf(rows, limit)), html })
}

/**
 * Snapshots the board of `planId`. `rows` holds what the board shows (the
 * quarters, its teams, groups and every goal), or null while the board is not
 * complete and draggable yet: a static board's first cards are never stored.
 */
export function useFirstScreenSnapshot(
  planId: string,
  rows: Omit<BoardRows, 'planId'> | null,
): void {
  useEffect(() => {
    if (!rows) return
    const store = () => storeFirstScreen({ ...rows, planId })
    const onHidden = () => {
      if (document.visibilityState === 'hidden') store()
    }
    window.addEventListener('pagehide', store)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('pagehide', store)
      document.removeEventListener('visibilitychange', onHidden)
    }
  }, [planId, rows])
}
