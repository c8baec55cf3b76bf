// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { keepFocusNearCard } from '../../../src/renderer/features/board/keepFocusNearCard'

/** A board of columns holding cards with the given goal ids, as the app renders it. */
function renderBoard(columns: Record<string, string[]>): void {
  const root = document.createElement('div')
  root.id = 'root'
  const board = document.createElement('div')
  board.className = 'board'
  for (const [status, ids] of Object.entries(columns)) {
    const section = document.createElement('section')
    section.className = `column column-${status}`
    const list = document.createElement('ul')
    for (const id of ids) list.append(cardElement(id))
    const add = document.createElement('button')
    add.className = 'quick-add-button'
    add.textContent = `Add goal to ${status}`
    section.append(list, add)
    board.append(section)
  }
  root.append(board)
  document.body.append(root)
}

function cardElement(id: string): HTMLLIElement {
  const card = document.createElement('li')
  card.dataset.goalId = id
  card.tabIndex = 0
  return card
}

function card(id: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('li[data-goal-id]')].find(
    (element) => element.dataset.goalId === id,
  )
  if (!found) throw new Error(`no card ${id}`)
  return found
}

/** Lets the MutationObserver's callback run. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  document.body.replaceChildren()
})

describe('keepFocusNearCard', () => {
  it('gives the focus to the card that took a deleted card’s place', async () => {
    renderBoard({ todo: ['a', 'b', 'c'] })
    card('b').focus()
    keepFocusNearCard('b')
    card('b').remove()
    await observed()
    expect(document.activeElement).toBe(card('c'))
  })

  it('gives it to the card above when the last card goes, and to quick add when none is left', async () => {
    renderBoard({ todo: ['a', 'b'], done: ['x'] })
    card('b').focus()
    keepFocusNearCard('b')
    card('b').remove()
    await observed()
    expect(document.activeElement).toBe(card('a'))

    card('x').focus()
    keepFocusNearCard('x')
    card('x').remove()
    await observed()
    expect(document.activeElement?.textContent).toBe('Add goal to done')
  })

  it('follows a card that moved to another column, once the dialog that had the focus is gone', async () => {
    renderBoard({ todo: ['a', 'b'], done: ['x'] })
    const dialogButton = document.createElement('button')
    document.getElementById('root')?.append(dialogButton)
    card('a').focus()
    keepFocusNearCard('a')
    dialogButton.focus()
    // The card leaves To do and comes back in Done (a new element) while the dialog is open.
    card('a').remove()
    document.querySelector('.column-done ul')?.append(cardElement('a'))
    await observed()
    expect(document.activeElement).toBe(dialogButton)
    // The dialog closes: the focus would fall to the page's body.
    dialogButton.remove()
    await observed()
    expect(document.activeElement).toBe(card('a'))
    expect(card('a').closest('section')?.className).toContain('column-done')
  })

  it('leaves the focus alone when something else has it, or the card stays', async () => {
    renderBoard({ todo: ['a', 'b'] })
    const search = document.createElement('input')
    document.getElementById('root')?.prepend(search)
    card('a').focus()
    keepFocusNearCard('a')
    search.focus()
    card('a').remove()
    await observed()
    expect(document.activeElement).toBe(search)

    card('b').focus()
    keepFocusNearCard('b')
    search.after(document.createElement('p'))
    await observed()
    expect(document.activeElement).toBe(card('b'))
  })
})
