/**
 * Schedules the drag warm-up (see dragWarmUp) once per page, when the board
 * is idle after drag and drop has loaded, and says while it runs so the board
 * can keep it out of sight and out of earshot.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { markStartup } from '../../startupMarks'
import { warmUpDrag } from './dragWarmUp'

/** The warm-up as the board sees it. */
export interface DragWarmUp {
  /**
   * True until the warm-up's drop animation has ended: the board is busy,
   * and while the warm-up drag runs it shows no overlay or placeholder and
   * announces nothing. Busy from the start, because a press during the
   * warm-up's two frames would be ignored: dnd-kit runs one drag at a time.
   */
  running: boolean
  /** The same, read when called (dnd-kit's announcements are created once). */
  isRunning: () => boolean
  /** The warm-up is over, or not needed: a person's own drag started. */
  end: () => void
}

// Once warm, the code stays warm for the page's life, whatever board mounts next.
let warmedUp = false

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(callback, 200)
  return () => clearTimeout(handle)
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs the warm-up on `boardRef`'s cards when the page is next idle and
 * visible. `dropAnimationMs` is how long the cancelled drag's drop animation
 * runs after it.
 */
export function useDragWarmUp(
  boardRef: RefObject<HTMLElement | null>,
  dropAnimationMs: number,
): DragWarmUp {
  const [running, setRunning] = useState(() => !warmedUp)
  const runningRef = useRef(running)
  const end = useCallback(() => {
    warmedUp = true
    if (!runningRef.current) return
    runningRef.current = false
    setRunning(false)
  }, [])

  useEffect(() => {
    if (warmedUp) return
    let unmounted = false
    const start = () => {
      if (unmounted || warmedUp) return
      const board = boardRef.current
      if (!board) {
        end()
        return
      }
      // A hidden window paints no frames, and the warm-up counts them.
      if (document.visibilityState !== 'visible') {
        document.addEventListener('visibilitychange', start, { once: true })
        return
      }
      void warmUpDrag(board).then(async (ran) => {
        if (ran) {
          markStartup('drag-warmed-up')
          await delay(dropAnimationMs + 50)
        }
        // Also when nothing ran (no card yet): a small board's first drop is quick anyway.
        if (!unmounted) end()
      })
    }
    const cancelIdle = whenIdle(start)
    return () => {
      unmounted = true
      cancelIdle()
      document.removeEventListener('visibilitychange', start)
    }
  }, [boardRef, dropAnimationMs, end])

  const isRunning = useCallback(() => runningRef.current, [])
  return { running, isRunning, end }
}
