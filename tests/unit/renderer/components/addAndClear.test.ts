import { describe, expect, it } from 'vitest'
import type { SetStateAction } from 'react'
import { addAndClear } from '../../../../src/renderer/components/addAndClear'

/** A field's value, changed the way React's setState changes it. */
function field(initial: string) {
  const state = { value: initial }
  const setValue = (next: SetStateAction<string>) => {
    state.value = typeof next === 'function' ? next(state.value) : next
  }
  return { state, setValue }
}

describe('addAndClear', () => {
  it('empties the field before the add finishes, and keeps what is typed meanwhile', async () => {
    const { state, setValue } = field('Core Work')
    const added = await addAndClear('Core Work', setValue, async () => {
      expect(state.value).toBe('')
      state.value = 'Event Pl'
      return true
    })
    expect(added).toBe(true)
    expect(state.value).toBe('Event Pl')
  })

  it('puts the typing back when nothing was added', async () => {
    const { state, setValue } = field('Core Work')
    expect(await addAndClear('Core Work', setValue, async () => false)).toBe(false)
    expect(state.value).toBe('Core Work')
  })

  it('keeps newer typing when nothing was added', async () => {
    const { state, setValue } = field('Core Work')
    await addAndClear('Core Work', setValue, async () => {
      state.value = 'Metrics'
      return false
    })
    expect(state.value).toBe('Metrics')
  })
})
