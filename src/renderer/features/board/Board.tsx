/**
 * The kanban board of the open quarter: filters, then the status columns in
 * dnd-kit's context. One board, draggable from its first frame; it renders
 * from the quarter in memory, so a drop shows in the frame it happens in.
 */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import { boardColumns } from '../../../shared/statuses'
import { markStartup } from '../../startupMarks'
import {
  useGoals,
  useGroups,
  useOpenQuarter,
  useQuarterStore,
  useTeams,
} from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { screenReaderInstructions } from './announcements'
import { BoardFilters } from './BoardFilters'
import { cardNames } from './cardNames'
import { columnItems, groupGoals } from './columns'
import { boardCollision } from './dragGeometry'
import { GoalCardBody } from './GoalCard'
import { SortableColumn } from './SortableColumn'
import { useBoardDrag } from './useBoardDrag'
import { useFocusRequest } from './useFocusRequest'
import { useStableItems } from './useStableItems'

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
// Every status has its column, always, so no column moves when a goal gets a status first.
const columns = boardColumns()
const DROP_ANIMATION = { duration: 150, easing: 'ease-out' }

/** The board of the open quarter. */
export function Board() {
  const quarter = useOpenQuarter()
  const goals = useGoals()
  const teams = useTeams()
  const groups = useGroups()
  const teamId = useUiStore((state) => state.teamFilter)
  const search = useUiStore((state) => state.search)
  const saving = useQuarterStore((state) => state.saving)
  const boardRef = useRef<HTMLDivElement>(null)

  const goalsById = useMemo(() => new Map(goals.map((goal) => [goal.id, goal])), [goals])
  const names = useMemo(() => cardNames(teams, groups), [teams, groups])
  const items = useStableItems(
    useMemo(() => columnItems(groupGoals(goals, { teamId, search })), [goals, teamId, search]),
  )
  const drag = useBoardDrag(items, columns, goalsById)
  const activeGoal = drag.activeId ? goalsById.get(drag.activeId) : undefined
  useFocusRequest(boardRef)
  useLayoutEffect(() => markStartup('board-rendered'), [])

  if (!quarter) return null
  const shown = columns.reduce((n, status) => n + items[status].length, 0)
  return (
    <div className="board-view">
      <BoardFilters shown={shown} total={goals.length} />
      <DndContext
        sensors={drag.sensors}
        collisionDetection={boardCollision}
        measuring={MEASURING}
        accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
        onDragStart={drag.onDragStart}
        onDragOver={drag.onDragOver}
        onDragEnd={drag.onDragEnd}
        onDragCancel={drag.onDragCancel}
      >
        <div
          ref={boardRef}
          className="board"
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
    </div>
  )
}
