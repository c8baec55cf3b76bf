/**
 * Loads the draggable board (DragBoard: dnd-kit, the sortable columns, the
 * column windowing) in its own chunk, after the first frame is painted, so
 * neither its script nor its first render delays that frame. Until it is
 * here the board shows StaticBoard.
 */
import { useEffect, useState } from 'react'
import { afterNextPaint } from '../../afterNextPaint'
import { errorMessage, useUiStore } from '../../store/uiStore'
import type { DragBoard } from './DragBoard'

type DragBoardComponent = typeof DragBoard

let loaded: DragBoardComponent | null = null
let loading: Promise<DragBoardComponent> | null = null

function loadDragBoard(): Promise<DragBoardComponent> {
  loading ??= import('./DragBoard').then((module) => (loaded = module.DragBoard))
  return loading
}

/** The draggable board's component, or null until its chunk has loaded. */
export function useDragBoard(): DragBoardComponent | null {
  const [component, setComponent] = useState<DragBoardComponent | null>(() => loaded)
  useEffect(() => {
    if (component) return
    let mounted = true
    afterNextPaint(() => {
      loadDragBoard().then(
        (loadedComponent) => {
          if (mounted) setComponent(() => loadedComponent)
        },
        (error: unknown) => {
          // Let the next board that mounts try again.
          loading = null
          if (!mounted) return
          useUiStore.getState().showToast({
            message: `Drag and drop could not be loaded: ${errorMessage(error)}. Reload the window to try again.`,
            tone: 'error',
          })
        },
      )
    })
    return () => {
      mounted = false
    }
  }, [component])
  return component
}
