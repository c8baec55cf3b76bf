/**
 * Finding a goal's card in the page: each card is an `li` carrying its goal's
 * id in `data-goal-id` (see cardAttributes in GoalCard.tsx). For the board's
 * focus requests (useFocusRequest).
 */

const CARD = 'li[data-goal-id]'

/** The goal id of `element` if it is a card, else undefined. */
export function goalIdOfCard(element: Element | null): string | undefined {
  return element instanceof HTMLElement && element.matches(CARD)
    ? element.dataset.goalId
    : undefined
}

/** The card of the goal `goalId` under `scope`, or null when it is not mounted. */
export function cardOfGoal(scope: ParentNode, goalId: string): HTMLElement | null {
  // Compared as strings rather than put in a selector: an imported id may hold any character.
  for (const card of scope.querySelectorAll<HTMLElement>(CARD)) {
    if (card.dataset.goalId === goalId) return card
  }
  return null
}
