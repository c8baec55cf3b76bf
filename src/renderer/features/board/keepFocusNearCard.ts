/**
 * Keeps a keyboard user's place when the focused card leaves the board (it
 * was deleted from the editor): once the card is gone, the focus goes to the
 * card that took its place, else the one above it, else the column's "Add
 * goal" button, instead of falling to the page's body.
 */

/** How long to wait for the card to go; a failed delete leaves it, and the watch ends. */
const WATCH_MS = 5000

function cardOf(goalId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`li[data-goal-id="${CSS.escape(goalId)}"]`)
}

function goalIdOf(element: Element | null): string | undefined {
  return element instanceof HTMLElement && element.matches('li[data-goal-id]')
    ? element.dataset.goalId
    : undefined
}

/** Call before the goal `goalId` is removed; does nothing if its card is not on the board. */
export function keepFocusNearCard(goalId: string): void {
  const card = cardOf(goalId)
  const column = card?.closest('section')
  if (!card || !column) return
  const neighbours = [goalIdOf(card.nextElementSibling), goalIdOf(card.previousElementSibling)]

  const observer = new MutationObserver(() => {
    if (cardOf(goalId)) return
    stop()
    // Something else took the focus meanwhile (a dialog, a click): leave it there.
    if (document.activeElement && document.activeElement !== document.body) return
    for (const id of neighbours) {
      const neighbour = id === undefined ? null : cardOf(id)
      if (neighbour) {
        neighbour.focus()
        return
      }
    }
    column.querySelector<HTMLElement>('.quick-add-button')?.focus()
  })
  const timer = window.setTimeout(stop, WATCH_MS)
  function stop() {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(column, { childList: true, subtree: true })
}
