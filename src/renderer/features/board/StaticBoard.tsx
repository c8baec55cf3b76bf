/**
 * The board before drag and drop is ready: the first cards of each column,
 * with every column's true count, which open the editor but cannot be dragged
 * (the board is aria-busy). It is what the first frame shows, painted from the
 * startup read before the store has opened; see Board.
 */
import { memo, useLayoutEffect, useRef } from 'react'
import type { Goal } from '../../../shared/model'
import type { StatusId } from '../../../shared/statuses'
import { firstCardsPerColumn } from '../../db/startupRead'
import type { BoardHandOff } from './boardHandOff'
import { takeHandOff } from './boardHandOff'
import type { CardNames } from './cardNames'
import { ColumnFrame, columnHeadingId } from './ColumnFrame'
import type { ColumnItems } from './columns'
import { StaticGoalCard } from './GoalCard'

interface StaticBoardProps {
  planId: string
  columns: readonly StatusId[]
  /** Ids of each column in order (only the first ones while loading). */
  items: ColumnItems
  /** Each column's number of goals, when `items` holds only the first ones. */
  counts: Partial<Record<StatusId, number>> | null
  goals: ReadonlyMap<string, Goal>
  names: CardNames
  /** Called as the board goes, with what the draggable board should keep; keep it stable. */
  onHandOff: (handOff: BoardHandOff) => void
}

/** The inert board of the first frames. */
export function StaticBoard({ columns, counts, items, onHandOff, ...rest }: StaticBoardProps) {
  const boardRef = useRef<HTMLDivElement>(null)
  // A layout effect's cleanup runs before React removes the DOM, so the focus is still here.
  // (`onHandOff` is stable: Board memoises it.)
  useLayoutEffect(() => {
    const board = boardRef.current
    return () => {
      if (board) onHandOff(takeHandOff(board))
    }
  }, [onHandOff])
  return (
    <div ref={boardRef} className="board" aria-busy="true">
      {columns.map((status) => (
        <StaticColumn
          key={status}
          status={status}
          ids={items[status]}
          count={counts?.[status] ?? items[status].length}
          {...rest}
        />
      ))}
    </div>
  )
}

interface StaticColumnProps {
  planId: string
  status: StatusId
  ids: readonly string[]
  count: number
  goals: ReadonlyMap<string, Goal>
  names: CardNames
}

const StaticColumn = memo(function StaticColumn({
  planId,
  status,
  ids,
  count,
  goals,
  names,
}: StaticColumnProps) {
  // A window's worth: the rest of a long column waits for the draggable board's windowing.
  const shown = ids.slice(0, firstCardsPerColumn())
  return (
    <ColumnFrame planId={planId} status={status} count={count}>
      <ul className="cards" aria-labelledby={columnHeadingId(status)}>
        {shown.map((id, index) => {
          const goal = goals.get(id)
          if (!goal) return null
          return (
            <StaticGoalCard key={id} {...names.of(goal)} position={index + 1} setSize={count} />
          )
        })}
      </ul>
    </ColumnFrame>
  )
})
