/**
 * A status column of the board: its cards, windowed when long (see
 * useColumnWindow). The column's section is also its scroll container, and
 * the drag controller finds it by its `data-status`.
 */
import { memo, useRef } from 'react'
import type { Goal } from '../../../shared/model'
import type { StatusId } from '../../../shared/statuses'
import { BoardCard } from './BoardCard'
import type { CardNames } from './cardNames'
import { ColumnFrame, columnHeadingId } from './ColumnFrame'
import type { Lane } from './lanes'
import { useColumnWindow } from './useColumnWindow'

interface BoardColumnProps {
  status: StatusId
  /** Ids shown in this column, in order; the same array while nothing in it changes. */
  ids: string[]
  goals: ReadonlyMap<string, Goal>
  names: CardNames
  /** The swimlane the column is in, if any. */
  lane?: Lane
  /** The card being carried, if it is in this column (null for every other column). */
  carriedId: string | null
  carriedBy: 'pointer' | 'keyboard' | null
  /** The id of the element that tells how to move a card with the keyboard. */
  describedBy: string
}

/**
 * True when a column would show the same: the board hands every column one map
 * of all goals, a new map after any change, so a column compares the goals it
 * shows rather than the map. A drop then renders the two columns it touched,
 * not all of them.
 */
function sameColumn(a: BoardColumnProps, b: BoardColumnProps): boolean {
  if (a.status !== b.status || a.ids !== b.ids || a.names !== b.names) return false
  if (a.carriedId !== b.carriedId || a.carriedBy !== b.carriedBy) return false
  if (a.describedBy !== b.describedBy) return false
  if (a.lane?.teamId !== b.lane?.teamId || a.lane?.name !== b.lane?.name) return false
  return a.goals === b.goals || a.ids.every((id) => a.goals.get(id) === b.goals.get(id))
}

/** A status column of the board. */
export const BoardColumn = memo(function BoardColumn({
  status,
  ids,
  goals,
  names,
  lane,
  carriedId,
  carriedBy,
  describedBy,
}: BoardColumnProps) {
  const scrollRef = useRef<HTMLElement | null>(null)
  const listRef = useRef<HTMLUListElement | null>(null)
  const view = useColumnWindow(ids, scrollRef, listRef)
  return (
    <ColumnFrame status={status} count={ids.length} sectionRef={scrollRef} lane={lane}>
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
            <BoardCard
              key={goal.id}
              {...names.of(goal)}
              position={index + 1}
              setSize={ids.length}
              measure={view.measure}
              carried={goal.id === carriedId ? carriedBy : null}
              describedBy={describedBy}
            />
          )
        })}
      </ul>
    </ColumnFrame>
  )
}, sameColumn)
