/**
 * The board once every goal is loaded and drag and drop is ready: dnd-kit's
 * context, the sortable columns and the drag overlay. Loaded in its own chunk
 * after the first frame (see useDragBoard), so the first paint does not wait
 * for dnd-kit and the column windowing.
 */
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import type { Goal } from '../../../shared/model'
import type { StatusId } from '../../../shared/statuses'
import { screenReaderInstructions } from './announcements'
import { applyHandOff, type BoardHandOff } from './boardHandOff'
import type { CardNames } from './cardNames'
import type { ColumnItems } from './columns'
import { boardCollision } from './dragGeometry'
import { GoalCardBody } from './GoalCard'
import { SortableColumn } from './SortableColumn'
import { useBoardDrag, type MovedGoal } from './useBoardDrag'
import { useDragWarmUp } from './useDragWarmUp'

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
const DROP_ANIMATION = { duration: 150, easing: 'ease-out' }
// The warm-up's drop animation runs unseen; by default it would hide the real card meanwhile.
const WARM_UP_DROP_ANIMATION = { ...DROP_ANIMATION, sideEffects: null }

/** `goals` with a just-dropped goal in its new status, so its card reads right before the write. */
function useMovedGoal(
  goals: ReadonlyMap<string, Goal>,
  moved: MovedGoal | null,
): ReadonlyMap<string, Goal> {
  return useMemo(() => {
    const goal = moved ? goals.get(moved.id) : undefined
    if (!moved || !goal || goal.status === moved.status) return goals
    return new Map(goals).set(goal.id, { ...goal, status: moved.status })
  }, [goals, moved])
}

export interface DragBoardProps {
  planId: string
  columns: readonly StatusId[]
  /** Every goal's id per column, in the stored order, filters applied. */
  items: ColumnItems
  goals: ReadonlyMap<string, Goal>
  names: CardNames
  /**
   * What the static board it replaces leaves (focus, scroll positions). A ref:
   * the static board fills it as it goes, in the commit that mounts this one.
   */
  handOff: RefObject<BoardHandOff | null>
}

/** The draggable board. */
export function DragBoard({ planId, columns, items, goals, names, handOff }: DragBoardProps) {
  const boardRef = useRef<HTMLDivElement>(null)
  const warmUp = useDragWarmUp(boardRef, DROP_ANIMATION.duration)
  const drag = useBoardDrag(items, columns, goals, warmUp)
  const shownGoals = useMovedGoal(goals, drag.moved)
  const activeGoal = drag.activeId ? goals.get(drag.activeId) : undefined
  useLayoutEffect(() => {
    if (handOff.current && boardRef.current) applyHandOff(boardRef.current, handOff.current)
    handOff.current = null
  }, [handOff])

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={boardCollision}
      measuring={MEASURING}
      accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDragEnd={drag.onDragEnd}
      onDragCancel={drag.onDragCancel}
      autoScroll={!warmUp.running}
    >
      <div
        ref={boardRef}
        className="board"
        aria-busy={drag.saving || warmUp.running}
        data-dragging={drag.activeId !== null ? '' : undefined}
        data-warming-up={warmUp.running ? '' : undefined}
      >
        {columns.map((status) => (
          <SortableColumn
            key={status}
            planId={planId}
            status={status}
            ids={drag.items[status]}
            goals={shownGoals}
            names={names}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={warmUp.running ? WARM_UP_DROP_ANIMATION : DROP_ANIMATION}>
        {activeGoal ? (
          <div className="card card-overlay" data-warm-up={warmUp.running ? '' : undefined}>
            <GoalCardBody {...names.of(activeGoal)} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}
