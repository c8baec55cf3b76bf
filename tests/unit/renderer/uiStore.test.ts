// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { useUiStore } from '../../../src/renderer/store/uiStore'

beforeEach(() => {
  useUiStore.setState({ undoStack: [], toasts: [] })
})

describe('UI store', () => {
  it('remembers the current plan across reloads and clears plan-specific filters', () => {
    useUiStore.getState().setTeamFilter('team-1')
    useUiStore.getState().setPlanId('plan-7')
    expect(window.localStorage.getItem('quarterdeck.currentPlanId')).toBe('plan-7')
    expect(useUiStore.getState().teamFilter).toBe('')
    useUiStore.getState().setPlanId(null)
    expect(window.localStorage.getItem('quarterdeck.currentPlanId')).toBeNull()
  })

  it('keeps a quick-add draft while its form stays open, and drops it when the form closes', () => {
    const store = useUiStore.getState
    store().openQuickAdd('todo')
    store().setQuickAddDraft({ text: 'Ship the board' })
    store().setQuickAddDraft({ teamId: 'team-2' })
    // Opening the same column again (the form remounting) keeps what was typed.
    store().openQuickAdd('todo')
    expect(store().quickAddDraft).toEqual({
      text: 'Ship the board',
      teamId: 'team-2',
      newTeamName: '',
    })
    store().openQuickAdd('done')
    expect(store().quickAddDraft.text).toBe('')
    store().setQuickAddDraft({ text: 'Another' })
    store().openQuickAdd(null)
    expect(store().quickAddDraft.text).toBe('')
  })

  it('undoes the newest action first, once, and removes its toast', async () => {
    const done: string[] = []
    const { pushUndo, showToast } = useUiStore.getState()
    pushUndo('first', async () => void done.push('first'))
    const second = pushUndo('second', async () => void done.push('second'))
    showToast({ message: 'Goal deleted', undoId: second, tone: 'info' })

    expect(await useUiStore.getState().undo()).toBe(true)
    expect(done).toEqual(['second'])
    expect(useUiStore.getState().toasts).toEqual([])
    expect(await useUiStore.getState().undo(second)).toBe(false)
    expect(await useUiStore.getState().undo()).toBe(true)
    expect(await useUiStore.getState().undo()).toBe(false)
    expect(done).toEqual(['second', 'first'])
  })

  it('reports a failed undo as an error toast', async () => {
    useUiStore.getState().pushUndo('broken', async () => {
      throw new Error('The goal could not be restored.')
    })
    expect(await useUiStore.getState().undo()).toBe(false)
    expect(useUiStore.getState().toasts).toMatchObject([
      { message: 'The goal could not be restored.', tone: 'error' },
    ])
  })
})
