/**
 * A goal card on the board. The sortable wrapper re-renders whenever the drag
 * state changes (dnd-kit's context), so what it shows lives in a memoised
 * body that renders again only when the goal's shown fields change.
 */
import { memo, useCallback, type KeyboardEvent } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { Goal } from '../../../shared/model'
import { statusLabel } from '../../../shared/statuses'
import { useUiStore } from '../../store/uiStore'

/** What a card shows. */
export interface GoalCardProps {
  goal: Goal
  teamName: string
  groupTitle: string
}

/** The accessible name of a card: the goal text first, as users and tests look for it. */
export function cardLabel({ goal, teamName, groupTitle }: GoalCardProps): string {
  const parts = [goal.text, teamName]
  if (groupTitle) parts.push(groupTitle)
  parts.push(statusLabel(goal.status))
  if (goal.stretch) parts.push('stretch goal')
  if (goal.tasks.length > 0) parts.push(`tasks ${goal.tasks.join(' ')}`)
  return parts.join(', ')
}

/** True when two cards would look the same (live queries return new objects each time). */
export function sameCard(a: GoalCardProps, b: GoalCardProps): boolean {
  if (a.teamName !== b.teamName || a.groupTitle !== b.groupTitle) return false
  if (a.goal === b.goal) return true
  const x = a.goal
  const y = b.goal
  return (
    x.id === y.id &&
    x.text === y.text &&
    x.status === y.status &&
    x.note === y.note &&
    x.stretch === y.stretch &&
    x.carriedOverFrom === y.carriedOverFrom &&
    x.tasks.length === y.tasks.length &&
    x.tasks.every((task, i) => task === y.tasks[i])
  )
}

/** The visible content of a card, shared by the board and the drag overlay. */
export const GoalCardBody = memo(function GoalCardBody({
  goal,
  teamName,
  groupTitle,
}: GoalCardProps) {
  return (
    <>
      <p className="card-text">{goal.text}</p>
      <p className="card-meta">
        <span className="card-team">{teamName}</span>
        {groupTitle && <span className="card-group">{groupTitle}</span>}
      </p>
      {goal.tasks.length > 0 && (
        <p className="card-tasks">
          {goal.tasks.map((task) => (
            <span key={task} className="task-id">
              {task}
            </span>
          ))}
        </p>
      )}
      {goal.note && <p className="card-note">{goal.note}</p>}
      {(goal.stretch || goal.carriedOverFrom) && (
        <p className="card-badges">
          {goal.stretch && <span className="badge badge-stretch">Stretch</span>}
          {goal.carriedOverFrom && (
            <span className="badge badge-carried">Continued from {goal.carriedOverFrom}</span>
          )}
        </p>
      )}
    </>
  )
}, sameCard)

/** A card on the board: what it shows and where it sits in its column. */
export interface SortableGoalCardProps extends GoalCardProps {
  /** 1-based position in the whole column (mounted or not). */
  position: number
  /** Number of cards in the whole column. */
  setSize: number
  /** Measures the card for a windowed column. */
  measure: ((node: Element | null) => void) | undefined
}

function sameSortableCard(a: SortableGoalCardProps, b: SortableGoalCardProps): boolean {
  return (
    a.position === b.position &&
    a.setSize === b.setSize &&
    a.measure === b.measure &&
    sameCard(a, b)
  )
}

/**
 * A card while the board shows only the first goals of each column: the same
 * list item, without dnd-kit (nothing can be dragged yet), so the first paint
 * does not pay for a sortable per card. Becomes a SortableGoalCard once every
 * goal is loaded.
 */
export const LoadingGoalCard = memo(function LoadingGoalCard({
  position,
  setSize,
  ...props
}: Omit<SortableGoalCardProps, 'measure'>) {
  return (
    <li
      className="card"
      aria-roledescription="goal card"
      aria-label={cardLabel(props)}
      aria-posinset={position}
      aria-setsize={setSize}
      data-goal-id={props.goal.id}
      data-index={position - 1}
    >
      <GoalCardBody {...props} />
    </li>
  )
})

/** A card that can be dragged with the mouse or the keyboard, and opened with a click or Enter. */
export const SortableGoalCard = memo(function SortableGoalCard({
  position,
  setSize,
  measure,
  ...props
}: SortableGoalCardProps) {
  const { goal } = props
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: goal.id,
  })
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node)
      measure?.(node)
    },
    [setNodeRef, measure],
  )
  const openEditor = useUiStore((state) => state.openEditor)
  // The card stays a list item for assistive technology; dnd-kit would make it a button.
  const { role: _role, ...dragAttributes } = attributes
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault()
      openEditor(goal.id)
      return
    }
    listeners?.onKeyDown?.(event)
  }
  return (
    <li
      ref={ref}
      className={isDragging ? 'card card-placeholder' : 'card'}
      // Only cards that make room get a style: no DOM write for the rest of a large board.
      style={transform ? { transform: CSS.Translate.toString(transform), transition } : undefined}
      {...dragAttributes}
      {...listeners}
      aria-roledescription="goal card"
      aria-label={cardLabel(props)}
      aria-posinset={position}
      aria-setsize={setSize}
      data-goal-id={goal.id}
      data-index={position - 1}
      onKeyDown={onKeyDown}
      onClick={() => openEditor(goal.id)}
    >
      <GoalCardBody {...props} />
    </li>
  )
}, sameSortableCard)
