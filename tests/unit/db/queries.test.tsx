// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore, openStore } from '../../../src/renderer/db/database'
import { useGoals, usePlan, usePlans, useTeams } from '../../../src/renderer/db/queries'
import { addGoal, createPlan, createTeam, moveGoal } from '../../../src/renderer/db/repository'
import { newId } from '../../../src/shared/ids'

// Vitest runs without globals, so Testing Library does not unmount on its own.
// Unmount first: a hook still mounted when the store closes (or when jsdom is
// torn down) would let React schedule work after `window` is gone.
afterEach(() => {
  cleanup()
  closeStore()
})

describe('live queries', () => {
  it('wait for the store, then follow every write', async () => {
    const name = `quarterdeck-test-${newId()}`
    const plans = renderHook(() => usePlans())
    expect(plans.result.current).toBeUndefined()

    await act(() => openStore(name))
    await waitFor(() => expect(plans.result.current).toEqual([]))

    const plan = await createPlan({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
    })
    await waitFor(() => expect(plans.result.current?.map((p) => p.id)).toEqual([plan.id]))

    const team = await createTeam(plan.id, { name: 'Analytics' })
    const teams = renderHook(() => useTeams(plan.id))
    await waitFor(() => expect(teams.result.current).toEqual([team]))

    const goals = renderHook(() => useGoals(plan.id))
    const a = await addGoal({ planId: plan.id, teamId: team.id, text: 'A' })
    const b = await addGoal({ planId: plan.id, teamId: team.id, text: 'B' })
    await waitFor(() => expect(goals.result.current?.map((g) => g.text)).toEqual(['A', 'B']))

    await moveGoal(b.id, 'todo', a.id)
    await waitFor(() => expect(goals.result.current?.map((g) => g.text)).toEqual(['B', 'A']))
  })

  it('report a missing plan as null', async () => {
    await openStore(`quarterdeck-test-${newId()}`)
    const plan = renderHook(() => usePlan('gone'))
    await waitFor(() => expect(plan.result.current).toBeNull())
  })
})
