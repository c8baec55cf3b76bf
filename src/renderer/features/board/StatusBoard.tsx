/**
 * The status columns of some goals, with their drag and drop: the whole
 * board, or one swimlane of it (LaneBoard renders one per team). Draggable
 * from its first frame; a drop shows in the frame it happens in.
 */
import { useId, useRef, type RefObject } from 'react'
import type { Goal } from '../../../shared/model'
import { boardColumns } from '../../../shared/statuses'
import { goalColumns } from '../../store/goalLookups'
import { useQuarterStore } from '../../store/quarterStore'
import { screenReaderInstructions } from './announcements'
import { BoardColumn } from './BoardColumn'
import type { CardNames } from './cardNames'
import type { Lane } from './lanes'
import { GoalCardBody } from './GoalCard'
import { useBoardDrag, type DropOutside } from './useBoardDrag'
import { useFocusRequest } from './useFocusRequest'
import { useStableItems } from './useStableItems'

// Every status has its column, always, so no column moves when a goal gets a status first.
const columns = boardColumns()

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
  /** A pointer drop outside every column of this board (swimlanes: maybe in another lane). */
  onDropOutside?: (drop: DropOutside) => void
}

/** The status columns of some goals, with their drag and drop. */
export function StatusBoard({ goals, goalsById, names, lane, onDropOutside }: StatusBoardProps) {
  const saving = useQuarterStore((state) => state.saving)
  const boardRef = useRef<HTMLDivElement>(null)
  const items = useStableItems(goalColumns(goals))
  const drag = useBoardDrag(items, columns, goalsById, boardRef, onDropOutside)
  const pictured = drag.picture ? goalsById.get(drag.picture.goalId) : undefined
  // Lanes share one focus request, taken by LaneBoard for all of them.
  useFocusRequest(lane ? NO_REF : boardRef)
  const id = useId()
  const describedBy = `DndDescribedBy${id}`

  return (
    <>
      <div
        ref={boardRef}
        className={lane ? 'board board-lane' : 'board'}
        aria-busy={saving}
        data-dragging={drag.activeId !== null ? '' : undefined}
        onPointerDown={drag.onPointerDown}
        onKeyDown={drag.onKeyDown}
      >
        {columns.map((status) => {
          const ids = drag.items[status]
          const carries = drag.activeId !== null && ids.includes(drag.activeId)
          return (
            <BoardColumn
              key={status}
              status={status}
              ids={ids}
              goals={goalsById}
              names={names}
              lane={lane}
              carriedId={carries ? drag.activeId : null}
              carriedBy={carries ? drag.mode : null}
              describedBy={describedBy}
            />
          )
        })}
      </div>
      <div id={describedBy} hidden>
        {screenReaderInstructions}
      </div>
      {/* Named as dnd-kit named its region, which the board used before and the tests find. */}
      <div
        id={`DndLiveRegion${id}`}
        ref={drag.liveRef}
        className="visually-hidden"
        role="status"
        aria-live="assertive"
        aria-atomic="true"
      />
      {drag.picture && pictured ? (
        <div
          ref={drag.pictureRef}
          className="drag-picture"
          style={{
            left: drag.picture.box.left,
            top: drag.picture.box.top,
            width: drag.picture.box.right - drag.picture.box.left,
          }}
        >
          <div className="card card-overlay">
            <GoalCardBody {...names.of(pictured)} />
          </div>
        </div>
      ) : null}
    </>
  )
}
