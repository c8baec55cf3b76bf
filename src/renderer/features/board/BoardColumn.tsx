/**
 * One status column: a labelled region with its count, its cards and quick add.
 */
import { memo, useCallback, useRef } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Goal } from '../../../shared/model'
import { statusLabel, type StatusId } from '../../../shared/statuses'
import { columnId } from './columns'
import { LoadingGoalCard, SortableGoalCard } from './GoalCard'
import { QuickAdd } from './QuickAdd'
import { useColumnWindow } from './useColumnWindow'

/** Names the cards show, looked up once per board render rather than per card. */
export interface CardNames {
  teams: ReadonlyMap<string, string>
  groups: ReadonlyMap<string, string>
}

interface BoardColumnProps {
  planId: string
  status: StatusId
  /** Ids shown in this column, in order; the same array while nothing in it changes. */
  ids: string[]
  /** The column's number of goals while only its first `ids` are loaded. */
  total?: number | undefined
  goals: ReadonlyMap<string, Goal>
  names: CardNames
}

/** A status column of the board. */
export const BoardColumn = memo(function BoardColumn({
  planId,
  status,
  ids,
  total,
  goals,
  names,
}: BoardColumnProps) {
  const count = total ?? ids.length
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
  const label = statusLabel(status)
  const headingId = `column-heading-${status}`
  return (
    <section
      ref={sectionRef}
      className={`column column-${status}`}
      role="region"
      aria-label={label}
    >
      <header className="column-header">
        <h2 id={headingId}>{label}</h2>
        <span className="column-count" aria-label={`${count} goals`}>
          {count}
        </span>
      </header>
      <SortableContext id={id} items={ids} strategy={verticalListSortingStrategy}>
        <ul
          ref={listRef}
          className="cards"
          aria-labelledby={headingId}
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
            const card = {
              goal,
              teamName: names.teams.get(goal.teamId) ?? '',
              groupTitle: goal.groupId ? (names.groups.get(goal.groupId) ?? '') : '',
              position: index + 1,
              setSize: count,
            }
            // Only the first cards are loaded while `total` is set: nothing to drag yet.
            return total !== undefined ? (
              <LoadingGoalCard key={goal.id} {...card} />
            ) : (
              <SortableGoalCard key={goal.id} {...card} measure={view.measure} />
            )
          })}
        </ul>
      </SortableContext>
      <QuickAdd planId={planId} status={status} />
    </section>
  )
})
