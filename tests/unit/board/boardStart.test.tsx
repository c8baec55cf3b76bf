// @vitest-environment jsdom
/**
 * The board's start: static first (each column's first cards, no dragging),
 * then draggable once drag and drop's chunk is loaded, without losing the
 * focused card or a quick-add draft on the way.
 */
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { newId } from '../../../src/shared/ids'
import type { Plan } from '../../../src/shared/model'

// Each test starts a fresh app: drag and drop's chunk, once loaded, stays
// loaded for every later board, and the start is what is tested here.
let app: Awaited<ReturnType<typeof loadApp>>
async function loadApp() {
  vi.resetModules()
  return {
    ...(await import('../../../src/renderer/db/database')),
    ...(await import('../../../src/renderer/db/repository')),
    ...(await import('../../../src/renderer/db/startupRead')),
    ...(await import('../../../src/renderer/features/board/Board')),
    ...(await import('../../../src/renderer/store/uiStore')),
  }
}

beforeEach(async () => {
  app = await loadApp()
})

afterEach(() => {
  cleanup()
  app.closeStore()
})

async function planWithGoals(count: number): Promise<Plan> {
  const { openStore, createPlan, createTeam, addGoal } = app
  await openStore(`quarterdeck-test-${newId()}`)
  const plan = await createPlan({ department: 'Technology', fiscalYear: 2019, quarter: 2 })
  const team = await createTeam(plan.id, { name: 'Analytics' })
  for (let i = 1; i <= count; i++) {
    await addGoal({ planId: plan.id, teamId: team.id, text: `Goal ${i}`, status: 'todo' })
  }
  return plan
}

const board = () => document.querySelector('.board')
const toDo = () => screen.getByRole('region', { name: 'To do' })

/**
 * Runs `action` in the same moment the board is seen static: checking first
 * and acting after an await could let drag and drop arrive in between.
 */
async function whileStatic<T>(action: () => T): Promise<T> {
  let result: T | undefined
  await waitFor(() => {
    expect(board()?.getAttribute('aria-busy')).toBe('true')
    result = action()
  })
  return result as T
}

function nthCard(index: number): HTMLElement {
  const card = within(toDo()).getAllByRole('listitem')[index]
  if (!card) throw new Error(`no card ${index + 1}`)
  return card
}

describe('the board’s start', () => {
  it('shows each column’s first cards and true count, inert, then every card, draggable', async () => {
    const plan = await planWithGoals(30)
    render(<app.Board planId={plan.id} plans={[plan]} />)

    // The first render has every goal but not drag and drop yet.
    await waitFor(() => expect(board()).not.toBeNull())
    expect(board()?.getAttribute('aria-busy')).toBe('true')
    const first = within(toDo()).getAllByRole('listitem')
    expect(first).toHaveLength(Math.min(30, app.firstCardsPerColumn()))
    expect(first[0]?.getAttribute('aria-setsize')).toBe('30')
    expect(within(toDo()).getByLabelText('30 goals')).toBeTruthy()
    // No dnd-kit yet: the cards carry no drag instructions.
    expect(first[0]?.hasAttribute('aria-describedby')).toBe(false)

    await waitFor(() => expect(board()?.getAttribute('aria-busy')).toBe('false'))
    const cards = within(toDo()).getAllByRole('listitem')
    expect(cards).toHaveLength(30)
    expect(cards[0]?.getAttribute('aria-describedby')).toMatch(/DndDescribedBy/)
  })

  it('opens the editor from a card before drag and drop is ready', async () => {
    const plan = await planWithGoals(3)
    render(<app.Board planId={plan.id} plans={[plan]} />)
    const card = await whileStatic(() => {
      const second = nthCard(1)
      fireEvent.keyDown(second, { key: 'Enter' })
      return second
    })
    expect(app.useUiStore.getState().editingGoalId).toBe(card.dataset.goalId)
  })

  it('keeps the focused card when the board becomes draggable', async () => {
    const plan = await planWithGoals(3)
    render(<app.Board planId={plan.id} plans={[plan]} />)
    const staticCard = await whileStatic(() => {
      const third = nthCard(2)
      act(() => third.focus())
      return third
    })

    await waitFor(() => expect(board()?.getAttribute('aria-busy')).toBe('false'))
    const focused = document.activeElement as HTMLElement | null
    expect(focused).not.toBe(staticCard)
    expect(focused?.dataset.goalId).toBe(staticCard.dataset.goalId)
  })

  it('keeps a quick-add draft, and its focus, when the board becomes draggable', async () => {
    const plan = await planWithGoals(3)
    render(<app.Board planId={plan.id} plans={[plan]} />)
    const done = () => screen.getByRole('region', { name: 'Done' })
    const typing = await whileStatic(() => {
      // What the "Add goal to Done" button does.
      act(() => app.useUiStore.getState().openQuickAdd('done'))
      const textarea = within(done()).getByLabelText<HTMLTextAreaElement>('Goal text')
      fireEvent.change(textarea, { target: { value: 'Half typed' } })
      return textarea
    })

    await waitFor(() => expect(board()?.getAttribute('aria-busy')).toBe('false'))
    const textarea = within(done()).getByLabelText<HTMLTextAreaElement>('Goal text')
    expect(textarea).not.toBe(typing)
    expect(textarea.value).toBe('Half typed')
    expect(document.activeElement).toBe(textarea)
  })

  it('keeps the focus in the quick-add field a person was in, and the caret where it was', async () => {
    const plan = await planWithGoals(3)
    render(<app.Board planId={plan.id} plans={[plan]} />)
    const done = () => screen.getByRole('region', { name: 'Done' })
    await whileStatic(() => {
      act(() => app.useUiStore.getState().openQuickAdd('done'))
      const textarea = within(done()).getByLabelText<HTMLTextAreaElement>('Goal text')
      fireEvent.change(textarea, { target: { value: 'Half typed' } })
      // The caret went back to fix a word: after "Half".
      textarea.setSelectionRange(4, 4)
    })
    await waitFor(() => expect(board()?.getAttribute('aria-busy')).toBe('false'))
    const textarea = within(done()).getByLabelText<HTMLTextAreaElement>('Goal text')
    expect(document.activeElement).toBe(textarea)
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([4, 4])
  })
})
