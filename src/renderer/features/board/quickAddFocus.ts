/**
 * The quick-add field a person was in when the static board gave way to the
 * draggable one (see boardHandOff): the new board mounts its own quick-add
 * form, whose goal text takes the focus, and whose team control shows only
 * once the plan's teams are read. The person's field, and their caret in it,
 * get the focus back as soon as the new form shows that field.
 */

/** A field of the open quick-add form, by its accessible name, and its selection if it has one. */
export interface QuickAddField {
  label: string
  selection: [start: number, end: number] | null
}

const QUICK_ADD_FORM = 'form.quick-add'
// Long enough for the new form to read the teams; the focus is not moved after that.
const WAIT_FOR_FIELD_MS = 2000

function typedField(element: Element): HTMLInputElement | HTMLTextAreaElement | null {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
    ? element
    : null
}

/** The quick-add field of `board` that has the focus (`focused`), if one has it. */
export function quickAddFieldOf(board: HTMLElement, focused: Element | null): QuickAddField | null {
  if (!focused || !board.contains(focused) || !focused.closest(QUICK_ADD_FORM)) return null
  const label = focused.getAttribute('aria-label')
  if (!label) return null
  const typed = typedField(focused)
  const start = typed?.selectionStart
  const end = typed?.selectionEnd
  return {
    label,
    selection: typeof start === 'number' && typeof end === 'number' ? [start, end] : null,
  }
}

/** Focuses `field` in `form`: false while the form does not show it yet. */
function focusField(form: Element, field: QuickAddField): boolean {
  const active = document.activeElement
  // The person moved on: leave the focus where they put it. The new form's own
  // autofocus does not count; it is what the field lost the focus to.
  if (active && active !== document.body && !form.contains(active)) return true
  const target = [...form.querySelectorAll<HTMLElement>('[aria-label]')].find(
    (element) => element.getAttribute('aria-label') === field.label,
  )
  if (!target) return false
  target.focus({ preventScroll: true })
  const typed = typedField(target)
  if (typed && field.selection) typed.setSelectionRange(...field.selection)
  return true
}

/** Gives `field` the focus in `board`'s quick-add form, now or once the form shows it. */
export function restoreQuickAddField(board: HTMLElement, field: QuickAddField): void {
  const form = board.querySelector(QUICK_ADD_FORM)
  if (!form || focusField(form, field)) return
  const observer = new MutationObserver(() => {
    if (focusField(form, field)) stop()
  })
  const timer = setTimeout(stop, WAIT_FOR_FIELD_MS)
  function stop() {
    observer.disconnect()
    clearTimeout(timer)
  }
  observer.observe(form, { childList: true, subtree: true })
}
