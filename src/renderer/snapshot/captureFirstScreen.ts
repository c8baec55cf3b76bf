/**
 * Takes the app's markup as a snapshot of the first screen (see
 * paintFirstScreen), when what is on screen is what the next start would
 * show: the board at rest, every column scrolled to its top, no filter,
 * search, dialog, form or message open.
 */
import type { UiState } from '../store/uiStore'
import { SNAPSHOT_STYLE } from './snapshotStorage'

/** True when the window shows the board as a start would: nothing open, filtered or moving. */
export function showsFirstScreen(root: HTMLElement, ui: UiState): boolean {
  if (ui.view !== 'board' || ui.teamFilter !== '' || ui.search !== '') return false
  if (ui.editingGoalId !== null || ui.quickAddStatus !== null || ui.newQuarterOpen) return false
  if (ui.toasts.length > 0) return false
  const board = root.querySelector<HTMLElement>('.board')
  // Mid-drag the columns show an order nothing has saved; while saving, one not yet saved.
  if (!board || board.dataset.dragging !== undefined || board.getAttribute('aria-busy') === 'true')
    return false
  for (const element of [board, ...board.querySelectorAll<HTMLElement>(':scope > section')]) {
    if (element.scrollTop !== 0 || element.scrollLeft !== 0) return false
  }
  return true
}

// The values people type or pick live in properties, not in the markup.
function writeControlsIntoMarkup(live: HTMLElement, copy: HTMLElement): void {
  const selector = 'input, select, textarea'
  const copies = copy.querySelectorAll(selector)
  live.querySelectorAll(selector).forEach((control, index) => {
    const target = copies[index]
    if (!target) return
    if (control instanceof HTMLSelectElement) {
      const options = target.querySelectorAll('option')
      Array.from(control.options).forEach((option, i) =>
        options[i]?.toggleAttribute('selected', option.selected),
      )
    } else if (control instanceof HTMLTextAreaElement) {
      target.textContent = control.value
    } else if (control instanceof HTMLInputElement) {
      if (control.type === 'checkbox' || control.type === 'radio') {
        target.toggleAttribute('checked', control.checked)
      } else {
        target.setAttribute('value', control.value)
      }
    }
  })
}

/**
 * The markup of the app in `root`, each column cut to its first `limit` cards
 * (what the key covers) and to what the window shows, marked inert and busy:
 * it shows, but takes no input.
 */
export function captureFirstScreen(root: HTMLElement, limit: number): string | null {
  const app = root.firstElementChild
  if (!(app instanceof HTMLElement)) return null
  const copy = app.cloneNode(true) as HTMLElement
  writeControlsIntoMarkup(app, copy)
  // Cards below the window's bottom edge cannot be seen: leaving them out
  // makes the copy quicker to parse, lay out and paint at the next start.
  const liveCards = app.querySelectorAll('li[aria-posinset]')
  copy.querySelectorAll('li[aria-posinset]').forEach((card, index) => {
    const belowWindow = (liveCards[index]?.getBoundingClientRect().top ?? 0) >= window.innerHeight
    if (Number(card.getAttribute('aria-posinset')) > limit || belowWindow) card.remove()
  })
  // The Content-Security-Policy refuses style attributes in parsed markup;
  // paintFirstScreen sets them again through the CSSOM, which it allows.
  for (const styled of copy.querySelectorAll<HTMLElement>('[style]')) {
    styled.setAttribute(SNAPSHOT_STYLE, styled.style.cssText)
    styled.removeAttribute('style')
  }
  copy.setAttribute('inert', '')
  copy.setAttribute('data-snapshot', '')
  for (const busy of [copy, ...copy.querySelectorAll('[aria-busy]')]) {
    busy.setAttribute('aria-busy', 'true')
  }
  return copy.outerHTML
}
