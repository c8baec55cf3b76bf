/**
 * One status column: a labelled region with its count, its cards and quick add.
 */
import { memo } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Goal } from '../../../shared/model'
import { statusLabel, type StatusId } from '../../../shared/statuses'
import { columnId } from './columns'
import { SortableGoalCard } from './GoalCard'
import { QuickAdd } from './QuickAdd'

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
  goals: ReadonlyMap<string, Goal>
  names: CardNames
}

/** A status column of the board. */
export const BoardColumn = memo(function BoardColumn({
  planId,
  status,
  ids,
  goals,
  names,
}: BoardColumnProps) {
  const id = columnId(status)
  const { setNodeRef } = useDroppable({ id })
  const label = statusLabel(status)
  const headingId = `column-heading-${status}`
  return (
    <section
      ref={setNodeRef}
      className={`column column-${status}`}
      role="region"
      aria-label={label}
    >
      <header className="column-header">
        <h2 id={headingId}>{label}</h2>
        <span className="column-count" aria-label={`${ids.length} goals`}>
          {ids.length}
        </span>
      </header>
      <SortableContext id={id} items={ids} strategy={verticalListSortingStrategy}>
        <ul className="cards" aria-labelledby={headingId}>
          {ids.map((goalId) => {
            const goal = goals.get(goalId)
            if (!goal) return null
            return (
              <SortableGoalCard
                key={goalId}
                goal={goal}
                teamName={names.teams.get(goal.teamId) ?? ''}
                groupTitle={goal.groupId ? (names.groups.get(goal.groupId) ?? '') : ''}
              />
            )
          })}
        </ul>
      </SortableContext>
      <QuickAdd planId={planId} status={status} />
    </section>
  )
})
