// @vitest-environment jsdom
/**
 * The quarter count kept outside IndexedDB (store/quarterCount.ts): in web
 * mode it lives in localStorage; a start that finds the store empty while the
 * count says quarters existed reports them lost, and keeps the count until
 * quarters are back.
 */
import { describe, expect, it } from 'vitest'
import {
  countToRecord,
  useLostQuarters,
  watchQuarterCount,
} from '../../../../src/renderer/store/quarterCount'
import { useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import type { Plan } from '../../../../src/shared/model'

const KEY = 'quarterdeck.quarterCount'

describe('what to record', () => {
  it('records every change of the count', () => {
    expect(countToRecord(2, 0, false)).toBe(2)
    expect(countToRecord(0, 2, false)).toBe(0)
    expect(countToRecord(2, 2, false)).toBeNull()
  })

  it('keeps the old count while a loss found at start is unresolved', () => {
    expect(countToRecord(0, 3, true)).toBeNull()
    expect(countToRecord(1, 3, true)).toBe(1)
  })
})

describe('watching the count in web mode', () => {
  it('reports quarters lost when the store starts empty, and records them once they are back', async () => {
    window.localStorage.setItem(KEY, '3')
    useQuarterStore.setState({ phase: 'ready', plans: [] })
    watchQuarterCount()
    await expect.poll(() => useLostQuarters.getState().lost).toBe(3)
    // Nothing overwrites the count while the store stays empty.
    useQuarterStore.setState({ plans: [] })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(window.localStorage.getItem(KEY)).toBe('3')

    useQuarterStore.setState({ plans: [{ id: 'p1' } as Plan] })
    await expect.poll(() => window.localStorage.getItem(KEY)).toBe('1')
    expect(useLostQuarters.getState().lost).toBe(0)
    // The user deletes the last quarter: an empty store is what they asked for.
    useQuarterStore.setState({ plans: [] })
    await expect.poll(() => window.localStorage.getItem(KEY)).toBe('0')
    expect(useLostQuarters.getState().lost).toBe(0)
  })
})
