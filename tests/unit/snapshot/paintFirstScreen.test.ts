// @vitest-environment jsdom
/**
 * Taking the app's markup as a snapshot of the first screen, and painting it
 * at the next start only when it shows exactly what the store holds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StartupRows } from '../../../src/renderer/db/startupRead'
import {
  captureFirstScreen,
  showsFirstScreen,
} from '../../../src/renderer/snapshot/captureFirstScreen'
import { firstScreenKey } from '../../../src/renderer/snapshot/firstScreenKey'
import { paintFirstScreen } from '../../../src/renderer/snapshot/paintFirstScreen'
import { readSnapshot, writeSnapshot } from '../../../src/renderer/snapshot/snapshotStorage'
import { useUiStore } from '../../../src/renderer/store/uiStore'

const rows: StartupRows = {
  plans: [],
  planId: 'plan-1',
  teams: [],
  groups: [],
  goals: { goals: [], counts: { todo: 3 } },
}

function card(position: number, text: string): string {
  return `<li aria-label="${text}" aria-posinset="${position}" aria-setsize="3">${text}</li>`
}

/** A board like the app's: a header with a quarter picker and search, one column of three cards. */
function renderApp(root: HTMLElement): void {
  root.innerHTML = `<div class="app">
      <header><select aria-label="Quarter"><option>Q1</option><option>Q2</option></select>
      <input aria-label="Search"></header>
      <div class="board" aria-busy="false"><section class="column-todo" role="region">
        <ul class="cards">${card(1, 'First')}${card(2, 'Second')}${card(3, 'Third')}</ul>
      </section></div>
    </div>`
  root.querySelector('ul')!.style.paddingBottom = '128px'
  root.querySelector('select')!.value = 'Q2'
}

let root: HTMLElement
beforeEach(() => {
  root = document.createElement('div')
  root.id = 'root'
  document.body.append(root)
  localStorage.clear()
})
afterEach(() => {
  root.remove()
  useUiStore.setState({ teamFilter: '', search: '', editingGoalId: null, toasts: [] })
})

describe('capturing the first screen', () => {
  it('keeps the first cards of each column and the picked values, inert and busy', () => {
    renderApp(root)
    const html = captureFirstScreen(root, 2)!
    const copy = document.createElement('div')
    copy.innerHTML = html
    const app = copy.firstElementChild as HTMLElement
    expect(app.hasAttribute('inert')).toBe(true)
    expect(app.hasAttribute('data-snapshot')).toBe(true)
    expect(app.getAttribute('aria-busy')).toBe('true')
    expect(app.querySelector('.board')?.getAttribute('aria-busy')).toBe('true')
    expect(Array.from(app.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      'First',
      'Second',
    ])
    expect(app.querySelectorAll('option')[1]?.hasAttribute('selected')).toBe(true)
    // No style attribute (the Content-Security-Policy refuses them in markup).
    expect(app.querySelector('[style]')).toBeNull()
    // The live app is untouched.
    expect(root.querySelectorAll('li')).toHaveLength(3)
    expect(root.querySelector('.board')?.getAttribute('aria-busy')).toBe('false')
  })

  it('leaves out the cards below the window', () => {
    renderApp(root)
    const third = root.querySelectorAll('li')[2]!
    third.getBoundingClientRect = () => ({ top: window.innerHeight + 10 }) as DOMRect
    const copy = document.createElement('div')
    copy.innerHTML = captureFirstScreen(root, 3)!
    expect(Array.from(copy.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      'First',
      'Second',
    ])
  })

  it('is taken only while the window shows what a start would', () => {
    renderApp(root)
    const ui = () => useUiStore.getState()
    expect(showsFirstScreen(root, ui())).toBe(true)

    useUiStore.setState({ search: 'kafka' })
    expect(showsFirstScreen(root, ui()), 'search').toBe(false)
    useUiStore.setState({ search: '', teamFilter: 'team-1' })
    expect(showsFirstScreen(root, ui()), 'team filter').toBe(false)
    useUiStore.setState({ teamFilter: '', editingGoalId: 'goal-1' })
    expect(showsFirstScreen(root, ui()), 'editor').toBe(false)
    useUiStore.setState({ editingGoalId: null })

    const board = root.querySelector<HTMLElement>('.board')!
    board.dataset.dragging = ''
    expect(showsFirstScreen(root, ui()), 'mid-drag').toBe(false)
    delete board.dataset.dragging
    board.setAttribute('aria-busy', 'true')
    expect(showsFirstScreen(root, ui()), 'saving').toBe(false)
    board.setAttribute('aria-busy', 'false')
    // jsdom does not lay out; a scrolled column reports its scrollTop all the same.
    const column = root.querySelector('section')!
    column.scrollTop = 200
    expect(showsFirstScreen(root, ui()), 'scrolled').toBe(false)
    column.scrollTop = 0
    expect(showsFirstScreen(root, ui())).toBe(true)
  })
})

describe('painting the first screen', () => {
  function storeSnapshotOf(rowsShown: StartupRows): void {
    renderApp(root)
    const { plans, planId, teams, groups, goals } = rowsShown
    const key = firstScreenKey({
      plans: plans!,
      planId,
      teams: teams!,
      groups: groups!,
      goals: goals!,
    })
    writeSnapshot({ planId, key, html: captureFirstScreen(root, 2)! })
    root.replaceChildren()
  }

  it('paints the stored snapshot, styles and all, when it shows the rows the store has', () => {
    storeSnapshotOf(rows)
    expect(paintFirstScreen(root, rows)).toBe(true)
    expect(root.querySelector('[data-snapshot]')).not.toBeNull()
    expect(root.querySelectorAll('li')).toHaveLength(2)
    expect(root.querySelector('ul')?.style.paddingBottom).toBe('128px')
  })

  it('paints nothing when the store has changed, for another quarter, or over the app', () => {
    storeSnapshotOf(rows)
    const changed = { ...rows, goals: { goals: [], counts: { todo: 4 } } }
    expect(paintFirstScreen(root, changed)).toBe(false)
    expect(paintFirstScreen(root, { ...rows, planId: 'plan-2' })).toBe(false)
    expect(paintFirstScreen(root, null)).toBe(false)
    expect(paintFirstScreen(root, { ...rows, teams: null })).toBe(false)
    expect(root.childElementCount).toBe(0)

    root.innerHTML = '<p class="loading">Opening your goals…</p>'
    expect(paintFirstScreen(root, rows)).toBe(false)
    expect(root.querySelector('[data-snapshot]')).toBeNull()
  })

  it('paints nothing from another build or unreadable storage', () => {
    storeSnapshotOf(rows)
    const stored = JSON.parse(localStorage.getItem('quarterdeck.firstScreen')!) as object
    localStorage.setItem(
      'quarterdeck.firstScreen',
      JSON.stringify({ ...stored, build: 'https://example.org/assets/index-older.js' }),
    )
    expect(readSnapshot()).toBeNull()
    expect(paintFirstScreen(root, rows)).toBe(false)
    localStorage.setItem('quarterdeck.firstScreen', '{not json')
    expect(paintFirstScreen(root, rows)).toBe(false)
    expect(root.childElementCount).toBe(0)
  })
})
