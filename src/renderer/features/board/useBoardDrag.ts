/**
 * Drag and drop state of the board. During a drag the board shows a local
 * order; on drop the move command changes the quarter in memory in the same
 * frame (the write to the store follows), so the local order is dropped at
 * once and nothing flickers.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
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
import { moveGoal } from '../../commands/goalCommands'
import { performWithToast } from '../../commands/perform'
import { boardAnnouncements } from './announcements'
import { dropTarget, finishMove, isSamePlace, moveAcross, type ColumnItems } from './columns'
import { boardKeyboardCoordinates } from './dragGeometry'

/** Everything the board needs to render a drag. */
export interface BoardDrag {
  items: ColumnItems
  activeId: string | null
  sensors: ReturnType<typeof useSensors>
  announcements: ReturnType<typeof boardAnnouncements>
  onDragStart: (event: DragStartEvent) => void
  onDragOver: (event: DragOverEvent) => void
  onDragEnd: (event: DragEndEvent) => void
  onDragCancel: () => void
}

/** Drag state and handlers for a board showing `baseItems` (from memory). */
export function useBoardDrag(
  baseItems: ColumnItems,
  columns: readonly StatusId[],
  goals: ReadonlyMap<string, Goal>,
): BoardDrag {
  const [dragItems, setDragItems] = useState<ColumnItems | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const items = dragItems ?? baseItems
  // Refs let the sensors and announcements (created once) read the latest state.
  const itemsRef = useRef(items)
  const columnsRef = useRef(columns)
  const goalsRef = useRef(goals)
  const startRef = useRef<ColumnItems | null>(null)
  // The order a card was dropped into: the drop announcement is made after
  // memory already shows the move, and must describe the drop itself.
  const droppedRef = useRef<ColumnItems | null>(null)
  useLayoutEffect(() => {
    itemsRef.current = items
    columnsRef.current = columns
    goalsRef.current = goals
  })

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
  )
  const announcements = useMemo(
    () =>
      boardAnnouncements(
        () => droppedRef.current ?? itemsRef.current,
        (id) => goalsRef.current.get(id)?.text ?? 'unknown',
      ),
    [],
  )

  function update(next: ColumnItems) {
    if (next === itemsRef.current) return
    itemsRef.current = next
    setDragItems(next)
  }

  function end() {
    startRef.current = null
    setActiveId(null)
    setDragItems(null)
  }

  return {
    items,
    activeId,
    sensors,
    announcements,
    onDragStart({ active }) {
      droppedRef.current = null
      startRef.current = itemsRef.current
      setActiveId(String(active.id))
      setDragItems(itemsRef.current)
    },
    onDragOver({ active, over }) {
      if (over) update(moveAcross(itemsRef.current, String(active.id), String(over.id)))
      // Outside every column the card shows back where it was: where a release puts it.
      else if (startRef.current) update(startRef.current)
    },
    onDragEnd({ active, over }) {
      const start = startRef.current
      const id = String(active.id)
      // Released outside every column: the card goes back.
      const final = over && start ? finishMove(itemsRef.current, id, String(over.id)) : null
      const target = final && dropTarget(final, id)
      // Announcements place the card by where it was over, in the order before the drop.
      droppedRef.current = itemsRef.current
      end()
      if (!start || !final || !target || isSamePlace(start, final, id)) return
      // Memory changes now, in this event: React renders the drop with the drag's end.
      void performWithToast((quarter) => moveGoal(quarter, id, target.status, target.beforeGoalId))
    },
    onDragCancel: end,
  }
}
