/**
 * A card of the board: a plain list item, no hook. The board's drag
 * controller (useBoardDrag) takes its pointer and keys by delegation, so a
 * drag renders again only the cards whose place or state changed. A click or
 * Enter opens the goal's editor; Space picks it up.
 */
import { memo, type KeyboardEvent } from 'react'
import {
  cardAttributes,
  GoalCardBody,
  openEditor,
  opensEditor,
  samePlacedCard,
  type PlacedCardProps,
} from './GoalCard'

/** A card of a board column. */
export interface BoardCardProps extends PlacedCardProps {
  /** Measures the card for a windowed column. */
  measure: ((node: Element | null) => void) | undefined
  /** How the card is being carried, if it is. */
  carried: 'pointer' | 'keyboard' | null
  /** The id of the element that tells how to move a card with the keyboard. */
  describedBy: string
}

function sameBoardCard(a: BoardCardProps, b: BoardCardProps): boolean {
  return (
    a.measure === b.measure &&
    a.carried === b.carried &&
    a.describedBy === b.describedBy &&
    samePlacedCard(a, b)
  )
}

function className(carried: BoardCardProps['carried']): string {
  if (carried === 'pointer') return 'card card-placeholder'
  if (carried === 'keyboard') return 'card card-carried'
  return 'card'
}

/** A card that can be dragged with the mouse or the keyboard, and opened with a click or Enter. */
export const BoardCard = memo(function BoardCard({
  measure,
  carried,
  describedBy,
  ...props
}: BoardCardProps) {
  const { goal } = props
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (carried === null && opensEditor(event)) {
      event.preventDefault()
      openEditor(goal.id)
    }
  }
  return (
    <li
      ref={measure}
      className={className(carried)}
      tabIndex={0}
      aria-pressed={carried !== null ? true : undefined}
      aria-describedby={describedBy}
      {...cardAttributes(props)}
      onKeyDown={onKeyDown}
      onClick={() => openEditor(goal.id)}
    >
      <GoalCardBody {...props} />
    </li>
  )
}, sameBoardCard)
