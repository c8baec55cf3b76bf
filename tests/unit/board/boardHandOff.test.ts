// @vitest-environment jsdom
/**
 * The hand-off from the static board to the draggable one (boardHandOff.ts),
 * on boards built by hand: what had the focus before the swap has it after.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { applyHandOff, takeHandOff } from '../../../src/renderer/features/board/boardHandOff'

/** A board of one To do column with a card and an open quick-add form (a team picker). */
function boardWithQuickAdd(): HTMLElement {
  const board = document.createElement('div')
  board.className = 'board'
  board.innerHTML = `
    <section class="column column-todo" role="region" aria-label="To do">
      <ul><li data-goal-id="g1" tabindex="0">Goal 1</li></ul>
      <form class="quick-add" aria-label="New goal in To do">
        <textarea aria-label="Goal text"></textarea>
        <select aria-label="Team"><option value="t1">Analytics</option></select>
        <button type="submit">Add</button>
      </form>
    </section>`
  document.body.append(board)
  return board
}

/**
 * Swaps `old` for a new board as React does: the new form shows the draft
 * (`draft`, kept in the UI store) and its goal text takes the focus.
 */
function swap(old: HTMLElement, draft = ''): HTMLElement {
  const handOff = takeHandOff(old)
  old.remove()
  const next = boardWithQuickAdd()
  const textarea = next.querySelector('textarea')
  if (!textarea) throw new Error('no textarea')
  textarea.value = draft
  textarea.focus()
  applyHandOff(next, handOff)
  return next
}

afterEach(() => document.body.replaceChildren())

describe('the board hand-off', () => {
  it('gives the focus back to the quick-add field that had it, not the one the new form focuses', () => {
    const old = boardWithQuickAdd()
    old.querySelector<HTMLElement>('[aria-label="Team"]')?.focus()
    const next = swap(old)
    expect(document.activeElement).toBe(next.querySelector('[aria-label="Team"]'))
  })

  it('puts the caret back where it was in the goal text', () => {
    const old = boardWithQuickAdd()
    const typing = old.querySelector('textarea')
    if (!typing) throw new Error('no textarea')
    typing.value = 'Half typed'
    typing.focus()
    // "typed" selected, about to be typed over.
    typing.setSelectionRange(5, 10)
    const next = swap(old, 'Half typed')
    const textarea = next.querySelector('textarea')
    expect(document.activeElement).toBe(textarea)
    expect([textarea?.selectionStart, textarea?.selectionEnd]).toEqual([5, 10])
  })

  it('waits for the new form to show the field: its team control comes once the teams are read', async () => {
    const old = boardWithQuickAdd()
    old.querySelector<HTMLElement>('[aria-label="Team"]')?.focus()
    const handOff = takeHandOff(old)
    old.remove()
    const next = boardWithQuickAdd()
    const picker = next.querySelector('select')
    picker?.remove()
    next.querySelector('textarea')?.focus()
    applyHandOff(next, handOff)
    expect(document.activeElement).toBe(next.querySelector('textarea'))
    if (picker) next.querySelector('form')?.append(picker)
    // MutationObserver callbacks run as a microtask after the change.
    await Promise.resolve()
    expect(document.activeElement).toBe(picker)
  })

  it('leaves the focus alone if it went outside the board meanwhile', () => {
    const old = boardWithQuickAdd()
    old.querySelector<HTMLElement>('[aria-label="Team"]')?.focus()
    const handOff = takeHandOff(old)
    expect(handOff.focusedQuickAddField).toEqual({ label: 'Team', selection: null })
    old.remove()
    const search = document.createElement('input')
    document.body.append(search)
    search.focus()
    const next = boardWithQuickAdd()
    applyHandOff(next, handOff)
    expect(document.activeElement).toBe(search)
  })

  it('hands off a focused card as before, and no quick-add field', () => {
    const old = boardWithQuickAdd()
    old.querySelector<HTMLElement>('li')?.focus()
    const handOff = takeHandOff(old)
    expect(handOff).toMatchObject({ focusedGoalId: 'g1', focusedQuickAddField: null })
  })
})
