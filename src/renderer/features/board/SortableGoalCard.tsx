/**
 * The draggable card: a dnd-kit sortable that is dragged with the mouse or
 * the keyboard, and opens the goal's editor with a click or Enter.
 */
import { memo, useCallback, type KeyboardEvent } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import {
  cardAttributes,
  GoalCardBody,
  openEditor,
  opensEditor,
  samePlacedCard,
  type PlacedCardProps,
} from './GoalCard'

/** A card of a sortable column. */
export interface SortableGoalCardProps extends PlacedCardProps {
  /** Measures the card for a windowed column. */
  measure: ((node: Element | null) => void) | undefined
}

function sameSortableCard(a: SortableGoalCardProps, b: SortableGoalCardProps): boolean {
  return a.measure === b.measure && samePlacedCard(a, b)
}

/** A card that can be dragged with the mouse or the keyboard, and opened with a click or Enter. */
export const SortableGoalCard = memo(function SortableGoalCard({
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
  // The card stays a list item for assistive technology; dnd-kit would make it a button.
  const { role: _role, ...dragAttributes } = attributes
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (opensEditor(event)) {
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
      {...cardAttributes(props)}
      onKeyDown={onKeyDown}
      onClick={() => openEditor(goal.id)}
    >
      <GoalCardBody {...props} />
    </li>
  )
}, sameSortableCard)
