// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore, openStore } from '../../../src/renderer/db/database'
import {
  useBoardGoals,
  useGoals,
  usePlan,
  usePlans,
  useTeams,
} from '../../../src/renderer/db/queries'
import { addGoal, createPlan, createTeam, moveGoal } from '../../../src/renderer/db/repository'
import { newId } from '../../../src/shared/ids'
import {
  releaseStartupPart,
  startStartupRead,
  startupRows,
} from '../../../src/renderer/db/startupRead'

// Vitest runs without globals, so Testing Library does not unmount on its own.
// Unmount first: a hook still mounted when the store closes (or when jsdom is
// torn down) would let React schedule work after `window` is gone.
afterEach(() => {
  cleanup()
  closeStore()
  for (const part of ['plans', 'teams', 'groups', 'goals'] as const) releaseStartupPart(part)
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

  it('show the startup read’s rows until the store is open, then every goal, and drop the early rows', async () => {
    const name = `quarterdeck-test-${newId()}`
    await openStore(name)
    const plan = await createPlan({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
    })
    const team = await createTeam(plan.id, { name: 'Analytics' })
    for (let i = 0; i < 30; i++) {
      await addGoal({ planId: plan.id, teamId: team.id, text: `Goal ${i}`, status: 'todo' })
    }
    closeStore()
    await startStartupRead(name, plan.id)

    const board = renderHook(() => useBoardGoals(plan.id))
    const teams = renderHook(() => useTeams(plan.id))
    // The store is closed: what shows comes from the startup read.
    expect(board.result.current).toMatchObject({ complete: false, counts: { todo: 30 } })
    // The first of the column, as many as fill a window, in board order.
    const early = board.result.current?.goals.map((g) => g.text) ?? []
    expect(early.length).toBeGreaterThan(5)
    expect(early.length).toBeLessThan(30)
    expect(early).toEqual(Array.from({ length: early.length }, (_, i) => `Goal ${i}`))
    expect(teams.result.current?.map((t) => t.name)).toEqual(['Analytics'])
    // Another quarter's hooks never see these rows.
    const other = renderHook(() => useBoardGoals('another-plan'))
    expect(other.result.current).toBeUndefined()

    await act(() => openStore(name))
    await waitFor(() => expect(board.result.current?.complete).toBe(true))
    expect(board.result.current?.goals).toHaveLength(30)
    await waitFor(() => expect(startupRows()?.goals ?? null).toBeNull())
    expect(startupRows()?.teams ?? null).toBeNull()
  })
})
