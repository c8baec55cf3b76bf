/**
 * Drag and drop state of the board. During a drag the board shows a local,
 * optimistic order; on drop it calls moveGoal once and keeps showing that
 * order until the live query brings the stored one, so nothing flickers.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import type { Goal } from '../../../shared/model'
import type { StatusId } from '../../../shared/statuses'
import { moveGoal } from '../../db/repository'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { boardAnnouncements, silencedWhile } from './announcements'
import { dropTarget, finishMove, isSamePlace, moveAcross, type ColumnItems } from './columns'
import { boardKeyboardCoordinates } from './dragGeometry'
import { DragWarmUpSensor, isDragWarmUp } from './dragWarmUp'
import type { DragWarmUp } from './useDragWarmUp'

/** A goal shown in a new column before the store confirms the move. */
export interface MovedGoal {
  id: string
  status: StatusId
}

/** Everything the board needs to render a drag. */
export interface BoardDrag {
  items: ColumnItems
  activeId: string | null
  /** True while a drop is being written to the store. */
  saving: boolean
  /** The goal just dropped in another column, shown with its new status until the store has it. */
  moved: MovedGoal | null
  sensors: ReturnType<typeof useSensors>
  announcements: ReturnType<typeof boardAnnouncements>
  onDragStart: (event: DragStartEvent) => void
  onDragOver: (event: DragOverEvent) => void
  onDragEnd: (event: DragEndEvent) => void
  onDragCancel: () => void
}

/**
 * Drag state and handlers for a board showing `baseItems` (from the store).
 * `warmUp` is the board's drag warm-up, which must not be heard.
 */
export function useBoardDrag(
  baseItems: ColumnItems,
  columns: readonly StatusId[],
  goals: ReadonlyMap<string, Goal>,
  warmUp: DragWarmUp,
): BoardDrag {
  const [dragItems, setDragItems] = useState<ColumnItems | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [pendingWrites, setPendingWrites] = useState(0)
  const [moved, setMoved] = useState<MovedGoal | null>(null)
  const items = dragItems ?? baseItems
  // Refs let the sensors and announcements (created once) read the latest state.
  const itemsRef = useRef(items)
  const columnsRef = useRef(columns)
  const goalsRef = useRef(goals)
  const startRef = useRef<ColumnItems | null>(null)
  const awaitingStore = useRef(false)
  useLayoutEffect(() => {
    itemsRef.current = items
    columnsRef.current = columns
    goalsRef.current = goals
  })

  // The stored order arrived: stop showing the optimistic one.
  useEffect(() => {
    if (awaitingStore.current) {
      awaitingStore.current = false
      setDragItems(null)
      setMoved(null)
    }
  }, [baseItems])

  const coordinateGetter = useMemo(
    () =>
      boardKeyboardCoordinates(
        () => itemsRef.current,
        () => columnsRef.current,
      ),
    [],
  )
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click still opens the editor.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      // Enter opens the editor; Space picks up and drops.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
    useSensor(DragWarmUpSensor),
  )
  const isWarmingUp = warmUp.isRunning
  const announcements = useMemo(
    () =>
      silencedWhile(
        isWarmingUp,
        boardAnnouncements(
          () => itemsRef.current,
          (id) => goalsRef.current.get(id)?.text ?? 'unknown',
        ),
      ),
    [isWarmingUp],
  )

  function update(next: ColumnItems) {
    if (next === itemsRef.current) return
    itemsRef.current = next
    setDragItems(next)
  }

  function cancel() {
    startRef.current = null
    awaitingStore.current = false
    setActiveId(null)
    setDragItems(null)
    setMoved(null)
  }

  return {
    items,
    activeId,
    saving: pendingWrites > 0,
    moved,
    sensors,
    announcements,
    onDragStart({ active, activatorEvent }) {
      if (!isDragWarmUp(activatorEvent)) warmUp.end()
      startRef.current = itemsRef.current
      awaitingStore.current = false
      setActiveId(String(active.id))
      setDragItems(itemsRef.current)
    },
    onDragOver({ active, over }) {
      if (over) update(moveAcross(itemsRef.current, String(active.id), String(over.id)))
    },
    onDragEnd({ active, over }) {
      const start = startRef.current
      const id = String(active.id)
      if (!over || !start) {
        cancel()
        return
      }
      const final = finishMove(itemsRef.current, id, String(over.id))
      const target = dropTarget(final, id)
      const origin = dropTarget(start, id)
      if (!target || !origin || isSamePlace(start, final, id)) {
        cancel()
        return
      }
      startRef.current = null
      setActiveId(null)
      // itemsRef follows after the render: the drop announcement, made right
      // after this handler, must still see the order the card was dropped into.
      setDragItems(final)
      // The card shows its new status at once; the write follows.
      setMoved(target.status === origin.status ? null : { id, status: target.status })
      awaitingStore.current = true
      const { pushUndo, showToast } = useUiStore.getState()
      setPendingWrites((count) => count + 1)
      moveGoal(id, target.status, target.beforeGoalId)
        .then(() => {
          pushUndo('Move goal', () => moveGoal(id, origin.status, origin.beforeGoalId))
          // Should the store have found nothing to change, no query update will
          // come; fall back to the stored order rather than keep a stale one.
          window.setTimeout(() => {
            if (awaitingStore.current) {
              awaitingStore.current = false
              setDragItems(null)
              setMoved(null)
            }
          }, 1000)
        })
        .catch((error: unknown) => {
          cancel()
          showToast({ message: errorMessage(error), tone: 'error' })
        })
        .finally(() => setPendingWrites((count) => count - 1))
    },
    onDragCancel: cancel,
  }
}
