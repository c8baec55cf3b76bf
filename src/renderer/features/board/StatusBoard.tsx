/**
 * The status columns of some goals in one dnd-kit context: the whole board,
 * or one swimlane of it (LaneBoard renders one per team). Draggable from its
 * first frame; a drop shows in the frame it happens in.
 */
import { useMemo, useRef, type RefObject } from 'react'
import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  defaultDropAnimationSideEffects,
  type DragEndEvent,
  type DropAnimation,
} from '@dnd-kit/core'
import type { Goal } from '../../../shared/model'
import { boardColumns } from '../../../shared/statuses'
import { useQuarterStore } from '../../store/quarterStore'
import { screenReaderInstructions } from './announcements'
import type { CardNames } from './cardNames'
import { columnItems, groupGoals } from './columns'
import type { Lane } from './lanes'
import { boardCollision } from './dragGeometry'
import { GoalCardBody } from './GoalCard'
import { SortableColumn } from './SortableColumn'
import { useBoardDrag } from './useBoardDrag'
import { useFocusRequest } from './useFocusRequest'
import { useStableItems } from './useStableItems'

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
// Every status has its column, always, so no column moves when a goal gets a status first.
const columns = boardColumns()
// dnd-kit's own: the card stays hidden while its picture glides home.
const hideActiveCard = defaultDropAnimationSideEffects({ styles: { active: { opacity: '0' } } })
// While the dropped card glides home it lies over the card itself; it lets the
// pointer through, so a card pressed the moment it lands is picked up again
// instead of the press landing on the picture of it.
const DROP_ANIMATION: DropAnimation = {
  duration: 150,
  easing: 'ease-out',
  sideEffects: (parts) => {
    parts.dragOverlay.node.style.setProperty('pointer-events', 'none')
    return hideActiveCard(parts)
  },
}

const NO_REF: RefObject<HTMLElement | null> = { current: null }

/** Props of StatusBoard. */
export interface StatusBoardProps {
  /** The goals to show, in rank order (already filtered). */
  goals: readonly Goal[]
  /** Every goal of the quarter by id. */
  goalsById: ReadonlyMap<string, Goal>
  names: CardNames
  /** The swimlane this board is (its drags stay in it), or none for the whole board. */
  lane?: Lane
  /** A drop outside every column of this board (swimlanes: maybe in another lane). */
  onDropOutside?: (event: DragEndEvent) => void
}

/** The status columns of some goals in one dnd-kit context. */
export function StatusBoard({ goals, goalsById, names, lane, onDropOutside }: StatusBoardProps) {
  const saving = useQuarterStore((state) => state.saving)
  const boardRef = useRef<HTMLDivElement>(null)
  const items = useStableItems(useMemo(() => columnItems(groupGoals(goals)), [goals]))
  const drag = useBoardDrag(items, columns, goalsById)
  const activeGoal = drag.activeId ? goalsById.get(drag.activeId) : undefined
  // Lanes share one focus request, taken by LaneBoard for all of them.
  useFocusRequest(lane ? NO_REF : boardRef)

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={boardCollision}
      measuring={MEASURING}
      accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDragEnd={(event) => {
        if (!event.over) onDropOutside?.(event)
        drag.onDragEnd(event)
      }}
      onDragCancel={drag.onDragCancel}
    >
      <div
        ref={boardRef}
        className={lane ? 'board board-lane' : 'board'}
        aria-busy={saving}
        data-dragging={drag.activeId !== null ? '' : undefined}
      >
        {columns.map((status) => (
          <SortableColumn
            key={status}
            status={status}
            ids={drag.items[status]}
            goals={goalsById}
            names={names}
            lane={lane}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={DROP_ANIMATION}>
        {activeGoal ? (
          <div className="card card-overlay">
            <GoalCardBody {...names.of(activeGoal)} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}
