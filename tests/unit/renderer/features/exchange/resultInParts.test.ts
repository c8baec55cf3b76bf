/**
 * A worker's result sent in parts (resultInParts.ts): long lists go ahead in
 * slices, and what the window puts together is equal to what was sent.
 */
import { describe, expect, it } from 'vitest'
import {
  ITEMS_PER_PART,
  ListsFromParts,
  sendListsInParts,
  type ResultPart,
} from '../../../../../src/renderer/features/exchange/resultInParts'

/** Sends `value` as the worker does and puts it together as the window does. */
function roundTrip(value: unknown): { parts: ResultPart[]; restored: unknown } {
  const parts: ResultPart[] = []
  const skeleton = sendListsInParts(value, (part) => parts.push(structuredClone(part)))
  const lists = new ListsFromParts()
  for (const part of parts) lists.add(part)
  return { parts, restored: lists.restore(structuredClone(skeleton)) }
}

const goals = (count: number, planId: string) =>
  Array.from({ length: count }, (_, k) => ({
    id: `${planId}-${k}`,
    text: `Goal ${k}`,
    tasks: ['T1'],
  }))

describe('a result sent in parts', () => {
  it('sends each long list in slices, and the result put together is the same', () => {
    const result = {
      ok: true,
      docs: [
        { plan: { id: 'a' }, teams: [{ id: 't' }], goals: goals(ITEMS_PER_PART * 2 + 5, 'a') },
        { plan: { id: 'b' }, teams: [], goals: goals(3, 'b') },
      ],
      wikiBases: new Map([['a', { revid: 7, doc: { goals: goals(ITEMS_PER_PART + 1, 'base') } }]]),
    }
    const { parts, restored } = roundTrip(result)
    expect(parts.map((part) => [part.list, part.items.length])).toEqual([
      [0, ITEMS_PER_PART],
      [0, ITEMS_PER_PART],
      [0, 5],
      [1, ITEMS_PER_PART],
      [1, 1],
    ])
    expect(restored).toEqual(result)
  })

  it('leaves a result without long lists as it is, and sends no part', () => {
    const result = { ok: false, error: 'Not a backup.', lines: [1, 2, 3] }
    const { parts, restored } = roundTrip(result)
    expect(parts).toEqual([])
    expect(restored).toEqual(result)
    expect(roundTrip('text').restored).toBe('text')
  })

  it('keeps a list of exactly one part whole and a list one longer in two', () => {
    expect(roundTrip(goals(ITEMS_PER_PART, 'x')).parts).toHaveLength(0)
    const { parts, restored } = roundTrip({ goals: goals(ITEMS_PER_PART + 1, 'x') })
    expect(parts).toHaveLength(2)
    expect(restored).toEqual({ goals: goals(ITEMS_PER_PART + 1, 'x') })
  })
})
