/**
 * Keeps a keyboard user's place when the focused card's element leaves its
 * column: deleted from the editor, or moved to another column by a change of
 * status. Once the element is gone, the focus goes to the goal's card in its
 * new place if it has one, else to the card that took its place, else the one
 * above it, else the column's "Add goal" button, instead of falling to the
 * page's body.
 */

import { cardOfGoal, goalIdOfCard } from './cardElements'

/** How long to watch: a failed write leaves the card where it was, and the watch ends. */
const WATCH_MS = 5000

/**
 * Call before the goal `goalId` is deleted or moved, while its card is still
 * shown (it does nothing otherwise). Watches the whole app, not only the board:
 * the editor's dialog may still hold the focus when the card goes, and hand it
 * to the page's body only as it closes.
 */
export function keepFocusNearCard(goalId: string): void {
  const card = cardOfGoal(document, goalId)
  const column = card?.closest('section')
  const app = document.getElementById('root')
  if (!card || !column || !app) return
  const candidates = [
    goalId,
    goalIdOfCard(card.nextElementSibling),
    goalIdOfCard(card.previousElementSibling),
  ]

  const observer = new MutationObserver(() => {
    if (card.isConnected) return
    // Something else has the focus (the dialog still open, or a click): not yet, or not ours.
    if (document.activeElement && document.activeElement !== document.body) return
    stop()
    for (const id of candidates) {
      const next = id === undefined ? null : cardOfGoal(document, id)
      if (next) {
        next.focus()
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
  observer.observe(app, { childList: true, subtree: true })
}
