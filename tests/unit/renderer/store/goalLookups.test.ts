import { describe, expect, it, vi } from 'vitest'
import { goalColumnItems } from '../../../../src/shared/columns'
import type { Goal } from '../../../../src/shared/model'
import { progressOf } from '../../../../src/shared/progress'
import { STATUS_IDS, type StatusId } from '../../../../src/shared/statuses'
import {
  goalColumns,
  goalProgress,
  goalsById,
  lookupsMade,
  prepareGoalLookups,
} from '../../../../src/renderer/store/goalLookups'

function goal(index: number): Goal {
  const status = STATUS_IDS[(index * 7) % STATUS_IDS.length] as StatusId
  return {
    id: `goal-${index}`,
    planId: 'p',
    teamId: 'analytics',
    groupId: null,
    text: `Goal ${index}`,
    status,
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank: `r${index}`,
    createdAt: 0,
    updatedAt: 0,
  }
}

const goals = (count: number) => Array.from({ length: count }, (_, index) => goal(index))

describe('goal lookups', () => {
  it('are made once per list of goals: each by id, the columns in the order given, the counts', () => {
    const list = goals(40)
    const byId = goalsById(list)
    expect([...byId.keys()]).toEqual(list.map((g) => g.id))
    expect(byId.get('goal-7')).toBe(list[7])
    expect(goalColumns(list)).toEqual(goalColumnItems(list))
    expect(goalProgress(list)).toEqual(progressOf(list))
    // The same objects for the same list, so React sees nothing new; new ones for a new list.
    expect(goalsById(list)).toBe(byId)
    expect(goalColumns(list)).toBe(goalColumns(list))
    expect(goalColumns([...list])).not.toBe(goalColumns(list))
  })

  it('made ahead in turns for a long list, equal what one go makes, with the thread given up between', async () => {
    vi.useFakeTimers()
    try {
      const list = goals(1001)
      const prepared = prepareGoalLookups(list, 100)
      let done = false
      void prepared.then(() => (done = true))
      await Promise.resolve()
      // Not at once: a turn of the thread comes first.
      expect(done).toBe(false)
      await vi.runAllTimersAsync()
      await prepared
      const copy = [...list]
      expect(goalsById(list)).toEqual(goalsById(copy))
      expect(goalColumns(list)).toEqual(goalColumns(copy))
      expect(goalProgress(list)).toEqual(goalProgress(copy))
    } finally {
      vi.useRealTimers()
    }
  })

  it('made at once for a list no longer than a turn', async () => {
    const list = goals(10)
    let done = false
    const prepared = prepareGoalLookups(list, 100).then(() => (done = true))
    await Promise.resolve()
    expect(done).toBe(true)
    await prepared
    expect(goalColumns(list)).toEqual(goalColumnItems(list))
  })

  it('made ahead for a list made already: at once, keeping the very lookups made', async () => {
    const list = goals(1001)
    const byId = goalsById(list)
    const columns = goalColumns(list)
    const progress = goalProgress(list)
    expect(lookupsMade(list)).toBe(true)
    let done = false
    const prepared = prepareGoalLookups(list, 100).then(() => (done = true))
    await Promise.resolve()
    expect(done).toBe(true)
    await prepared
    expect(goalsById(list)).toBe(byId)
    expect(goalColumns(list)).toBe(columns)
    expect(goalProgress(list)).toBe(progress)
  })

  it('stop when no longer wanted between turns, keeping nothing half made', async () => {
    vi.useFakeTimers()
    try {
      const list = goals(1001)
      let asked = 0
      const prepared = prepareGoalLookups(list, 100, () => ++asked < 2)
      await vi.runAllTimersAsync()
      expect(await prepared).toBe(false)
      expect(asked).toBe(2)
      expect(lookupsMade(list)).toBe(false)
      // Made whole when asked for: every goal of the list, none left out.
      expect(goalsById(list).size).toBe(1001)
    } finally {
      vi.useRealTimers()
    }
  })
})
