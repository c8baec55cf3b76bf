/**
 * Moving the focus between cards with the keyboard: arrows go to the card
 * above or below and to the next column with cards; Ctrl+arrows to the lane
 * above or below (swimlanes); E edits the focused card. The keys are those
 * of the shortcut table (commands/shortcuts.ts). A card being moved with
 * the keyboard keeps the arrows for the board's drag (useBoardDrag).
 */
import { useEffect, type RefObject } from 'react'
import { focusMoveOf, type FocusMove } from '../../commands/shortcuts'
import { useUiStore } from '../../store/uiStore'

const CARD = 'li[data-goal-id]'

function cardsIn(scope: Element | null): HTMLElement[] {
  return scope ? [...scope.querySelectorAll<HTMLElement>(CARD)] : []
}

function indexIn(card: HTMLElement): number {
  return cardsIn(card.parentElement).indexOf(card)
}

/** A card of `column` near position `index` (its last card when shorter). */
function cardNear(column: Element, index: number): HTMLElement | undefined {
  const cards = cardsIn(column)
  return cards[Math.min(index, cards.length - 1)]
}

/** The first of `candidates` (in order) holding a card. */
function firstWithCards(candidates: Element[], index: number): HTMLElement | undefined {
  for (const candidate of candidates) {
    const found = cardNear(candidate, index)
    if (found) return found
  }
  return undefined
}

/**
 * Where a move to the lane above or below goes: the nearest lane with goals
 * the filters let through, at the card's column if it has cards there. That
 * lane's `card` when its cards are on the page; else the lane itself as
 * `unmounted` (a lane away from the view mounts its cards only once it
 * scrolls near, see SwimLane.tsx). Collapsed lanes and empty ones are passed.
 */
export function laneTargetOf(
  card: HTMLElement,
  move: 'lane-up' | 'lane-down',
  view: Element,
): { card?: HTMLElement; unmounted?: HTMLElement } {
  const lane = card.closest<HTMLElement>('[data-lane-team]')
  if (!lane) return {}
  const lanes = [...view.querySelectorAll<HTMLElement>('[data-lane-team]')]
  const at = lanes.indexOf(lane)
  const side = move === 'lane-up' ? lanes.slice(0, at).reverse() : lanes.slice(at + 1)
  const status = card.closest<HTMLElement>('[data-status]')?.dataset.status
  for (const other of side) {
    const found = cardInLane(other, status)
    if (found) return { card: found }
    if (other.dataset.laneGoals !== '0' && other.querySelector('.swimlane-placeholder')) {
      return { unmounted: other }
    }
  }
  return {}
}

/** The first card of `lane` in the column of `status`, else its first card. */
function cardInLane(lane: Element, status: string | undefined): HTMLElement | undefined {
  const same = [...lane.querySelectorAll<HTMLElement>('[data-status]')].find(
    (candidate) => candidate.dataset.status === status,
  )
  return (same && cardNear(same, 0)) ?? cardsIn(lane)[0]
}

// How long a lane scrolled into view may take to mount its cards before the move gives up.
const MOUNT_FRAMES = 60

/**
 * Scrolls a lane whose cards are not mounted into view, and focuses its card
 * once they are, unless the focus has gone elsewhere meanwhile. (The card it
 * left may unmount as its own lane scrolls away, leaving the focus on body.)
 */
function focusOnceMounted(lane: HTMLElement, from: HTMLElement): void {
  const status = from.closest<HTMLElement>('[data-status]')?.dataset.status
  lane.scrollIntoView({ block: 'nearest' })
  let frames = 0
  const tryFocus = () => {
    const active = document.activeElement
    if ((active !== from && active !== document.body) || !lane.isConnected) return
    const found = cardInLane(lane, status)
    if (found) {
      found.focus()
      found.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    } else if (++frames < MOUNT_FRAMES) {
      requestAnimationFrame(tryFocus)
    }
  }
  requestAnimationFrame(tryFocus)
}

/** The card a move from `card` goes to, if any. */
export function targetOf(
  card: HTMLElement,
  move: FocusMove,
  view: Element,
): HTMLElement | undefined {
  const column = card.closest('[data-status]')
  if (!column) return undefined
  const index = indexIn(card)
  switch (move) {
    case 'card-up':
    case 'card-down': {
      const cards = cardsIn(card.parentElement)
      return cards[index + (move === 'card-up' ? -1 : 1)]
    }
    case 'column-left':
    case 'column-right': {
      const columns = [...(column.parentElement?.querySelectorAll('[data-status]') ?? [])]
      const at = columns.indexOf(column)
      const side = move === 'column-left' ? columns.slice(0, at).reverse() : columns.slice(at + 1)
      return firstWithCards(side, index)
    }
    case 'lane-up':
    case 'lane-down':
      return laneTargetOf(card, move, view).card
    default:
      return undefined
  }
}

/** Wires the card keys for the board inside `viewRef`. */
export function useCardKeys(viewRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    const onKeyDown = (event: KeyboardEvent) => {
      const card = event.target
      if (!(card instanceof HTMLElement) || !card.matches(CARD)) return
      // A card picked up with Space: the arrows move it (useBoardDrag), not the focus.
      if (view.querySelector('[data-dragging]')) return
      const move = focusMoveOf(event)
      if (!move) return
      event.preventDefault()
      if (move === 'edit-card') {
        const goalId = card.dataset.goalId
        if (goalId) useUiStore.getState().openEditor(goalId)
        return
      }
      if (move === 'lane-up' || move === 'lane-down') {
        const { unmounted } = laneTargetOf(card, move, view)
        if (unmounted) {
          focusOnceMounted(unmounted, card)
          return
        }
      }
      const next = targetOf(card, move, view)
      if (next) {
        next.focus()
        next.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      }
    }
    view.addEventListener('keydown', onKeyDown)
    return () => view.removeEventListener('keydown', onKeyDown)
  }, [viewRef])
}
