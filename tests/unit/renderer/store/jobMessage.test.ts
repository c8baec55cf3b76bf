/**
 * A long job's message (jobMessage.ts): nothing for a quick job; after a
 * moment the words with a progress bar where the job stands and Cancel; the
 * same message kept up to date (not a new one per step); Cancel noted; gone
 * when the job ends.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sayWhileWorking, SAY_WORKING_AFTER_MS } from '../../../../src/renderer/store/jobMessage'
import { useUiStore } from '../../../../src/renderer/store/uiStore'

const toasts = () => useUiStore.getState().toasts

beforeEach(() => {
  vi.useFakeTimers()
  useUiStore.setState({ toasts: [] })
})
afterEach(() => vi.useRealTimers())

describe('a long job’s message', () => {
  it('says nothing for a job that ends within a moment', () => {
    const message = sayWhileWorking('Merging theirs.json…', { topic: 'backup', cancel: vi.fn() })
    message.progress(0.5)
    vi.advanceTimersByTime(SAY_WORKING_AFTER_MS - 1)
    message.end()
    vi.advanceTimersByTime(SAY_WORKING_AFTER_MS)
    expect(toasts()).toEqual([])
  })

  it('shows where the job stands with Cancel, and moves the same message on', () => {
    const cancel = vi.fn()
    const message = sayWhileWorking('Merging theirs.json…', { topic: 'backup', cancel })
    message.progress(null)
    vi.advanceTimersByTime(SAY_WORKING_AFTER_MS)
    expect(toasts()).toEqual([
      expect.objectContaining({
        message: 'Merging theirs.json…',
        topic: 'backup',
        tone: 'info',
        progress: null,
        action: expect.objectContaining({ label: 'Cancel' }),
      }),
    ])
    const [shown] = toasts()
    message.progress(0.25)
    message.progress(0.5)
    expect(toasts()).toEqual([{ ...shown, progress: 0.5 }])

    expect(message.cancelled).toBe(false)
    shown!.action!.run()
    expect(cancel).toHaveBeenCalledTimes(1)
    expect(message.cancelled).toBe(true)
  })

  it('shows the progress told before it showed, drops Cancel once the job cannot stop, and goes at the end', () => {
    const message = sayWhileWorking('Merging theirs.json…', { topic: 'backup', cancel: vi.fn() })
    message.progress(0.4)
    vi.advanceTimersByTime(SAY_WORKING_AFTER_MS)
    expect(toasts()[0]?.progress).toBe(0.4)
    message.uncancellable()
    expect(toasts()[0]?.action).toBeUndefined()
    expect(toasts()[0]?.message).toBe('Merging theirs.json…')
    message.end()
    expect(toasts()).toEqual([])
    message.progress(0.9)
    expect(toasts()).toEqual([])
  })

  it('shows a part of the job as its stretch of the bar, and no value when the part cannot tell', () => {
    const message = sayWhileWorking('Opening big.json…', { topic: 'backup', cancel: vi.fn() })
    vi.advanceTimersByTime(SAY_WORKING_AFTER_MS)
    const saving = message.part(0.6, 0.8)
    saving(0.5)
    expect(toasts()[0]?.progress).toBeCloseTo(0.7)
    saving(null)
    expect(toasts()[0]?.progress).toBeNull()
    message.end()
  })

  it('never shows Cancel when the job could no longer stop before it showed', () => {
    const message = sayWhileWorking('Merging theirs.json…', { topic: 'backup', cancel: vi.fn() })
    message.uncancellable()
    vi.advanceTimersByTime(SAY_WORKING_AFTER_MS)
    expect(toasts()[0]?.action).toBeUndefined()
    message.end()
  })
})
