import { beforeEach, describe, expect, it } from 'vitest'
import { errorMessage, useUiStore } from '../../../../src/renderer/store/uiStore'

beforeEach(() => {
  useUiStore.setState({
    view: 'board',
    editingGoalId: null,
    quickAddStatus: null,
    quickAddLane: null,
    focusRequest: null,
    toasts: [],
  })
})

describe('UI store', () => {
  it('forgets the open forms of a quarter when another opens', () => {
    const store = useUiStore.getState
    store().openEditor('goal-1')
    store().openQuickAdd('todo')
    store().requestFocus({ goalIds: ['goal-1'], status: 'todo' })

    store().resetForQuarter()

    expect(store()).toMatchObject({
      editingGoalId: null,
      quickAddStatus: null,
      focusRequest: null,
    })
  })

  it('opens quick add in one column at a time, and closes it', () => {
    const store = useUiStore.getState
    store().openQuickAdd('todo')
    expect(store().quickAddStatus).toBe('todo')
    store().openQuickAdd('done')
    expect(store().quickAddStatus).toBe('done')
    store().openQuickAdd(null)
    expect(store().quickAddStatus).toBeNull()
    store().openQuickAdd('todo', 'team-1')
    expect(store()).toMatchObject({ quickAddStatus: 'todo', quickAddLane: 'team-1' })
    store().openQuickAdd('todo')
    expect(store().quickAddLane).toBeNull()
  })

  it('shows toasts under their own ids and dismisses one at a time', () => {
    const store = useUiStore.getState
    const first = store().showToast({ message: 'Goal deleted', undoId: 3, tone: 'info' })
    const second = store().showToast({ message: 'Could not save', tone: 'error' })
    expect(second).not.toBe(first)
    expect(store().toasts).toEqual([
      { id: first, message: 'Goal deleted', undoId: 3, tone: 'info' },
      { id: second, message: 'Could not save', tone: 'error' },
    ])

    store().dismissToast(first)
    expect(store().toasts.map((t) => t.id)).toEqual([second])
  })

  it('keeps one toast per topic, the newest, and dismisses a topic when it no longer applies', () => {
    const store = useUiStore.getState
    store().showToast({ message: 'There is no quarter to back up yet.', tone: 'error', topic: 'b' })
    const deleted = store().showToast({ message: 'Goal deleted', undoId: 3, tone: 'info' })
    const saved = store().showToast({ message: 'Saved a backup', tone: 'info', topic: 'b' })
    expect(store().toasts.map((t) => t.id)).toEqual([deleted, saved])
    const before = store().toasts
    store().dismissTopic('elsewhere')
    expect(store().toasts).toBe(before)
    store().dismissTopic('b')
    expect(store().toasts.map((t) => t.id)).toEqual([deleted])
  })

  it('hands a page to the Import view once, and counts the pages handed over', () => {
    const store = useUiStore.getState
    const count = store().importDrafts
    store().importPage({ fileName: 'goals.wiki', content: '== A ==' })
    expect(store()).toMatchObject({
      view: 'import',
      importDraft: { fileName: 'goals.wiki', content: '== A ==' },
      importDrafts: count + 1,
    })
    store().takeImportDraft()
    expect(store().importDraft).toBeNull()
    expect(store().importDrafts).toBe(count + 1)
  })
})

describe('errorMessage', () => {
  it('shows an error’s message, and a plain sentence for anything else', () => {
    expect(errorMessage(new Error('The goal could not be restored.'))).toBe(
      'The goal could not be restored.',
    )
    expect(errorMessage(new Error(''))).toBe('Something went wrong; nothing was changed.')
    expect(errorMessage('boom')).toBe('Something went wrong; nothing was changed.')
  })
})
