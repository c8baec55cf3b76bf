/**
 * A status column whose cards can be dragged: a dnd-kit droppable holding a
 * sortable list, windowed when long (see useColumnWindow).
 */
import { memo, useCallback, useRef } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Goal } from '../../../shared/model'
import type { StatusId } from '../../../shared/statuses'
import type { CardNames } from './cardNames'
import { ColumnFrame, columnHeadingId } from './ColumnFrame'
import { columnId } from './columns'
import type { Lane } from './lanes'
import { SortableGoalCard } from './SortableGoalCard'
import { useColumnWindow } from './useColumnWindow'

interface SortableColumnProps {
  status: StatusId
  /** Ids shown in this column, in order; the same array while nothing in it changes. */
  ids: string[]
  goals: ReadonlyMap<string, Goal>
  names: CardNames
  /** The swimlane the column is in, if any. */
  lane?: Lane
}

/**
 * True when a column would show the same: the board hands every column one map
 * of all goals, a new map after any change, so a column compares the goals it
 * shows rather than the map. A drop then renders the two columns it touched,
 * not all of them.
 */
function sameColumn(a: SortableColumnProps, b: SortableColumnProps): boolean {
  if (a.status !== b.status || a.ids !== b.ids || a.names !== b.names) return false
  if (a.lane?.teamId !== b.lane?.teamId || a.lane?.name !== b.lane?.name) return false
  return a.goals === b.goals || a.ids.every((id) => a.goals.get(id) === b.goals.get(id))
}

/** A status column of the board. */
export const SortableColumn = memo(function SortableColumn({
  status,
  ids,
  goals,
  names,
  lane,
}: SortableColumnProps) {
  const id = columnId(status)
  const { setNodeRef } = useDroppable({ id })
  // The column is both the droppable and the scroll container its window follows.
  const scrollRef = useRef<HTMLElement | null>(null)
  const listRef = useRef<HTMLUListElement | null>(null)
  const sectionRef = useCallback(
    (node: HTMLElement | null) => {
      scrollRef.current = node
      setNodeRef(node)
    },
    [setNodeRef],
  )
  const view = useColumnWindow(ids, scrollRef, listRef)
  return (
    <ColumnFrame status={status} count={ids.length} sectionRef={sectionRef} lane={lane}>
      <SortableContext id={id} items={ids} strategy={verticalListSortingStrategy}>
        <ul
          ref={listRef}
          className="cards"
          aria-labelledby={columnHeadingId(status, lane)}
          style={
            view.measure
              ? { paddingTop: view.paddingTop, paddingBottom: view.paddingBottom }
              : undefined
          }
        >
          {view.indexes.map((index) => {
            const goalId = ids[index]
            const goal = goalId === undefined ? undefined : goals.get(goalId)
            if (!goal) return null
            return (
              <SortableGoalCard
                key={goal.id}
                {...names.of(goal)}
                position={index + 1}
                setSize={ids.length}
                measure={view.measure}
              />
            )
          })}
        </ul>
      </SortableContext>
    </ColumnFrame>
  )
}, sameColumn)
