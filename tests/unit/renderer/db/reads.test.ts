import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import {
  planIdsThatExist,
  readPlanDocument,
  readPlans,
  readQuarter,
} from '../../../../src/renderer/db/reads'
import { moveGoal } from '../../../../src/renderer/commands/goalCommands'
import { createPlan } from '../../../../src/renderer/commands/planCommands'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
import { addGoals, mustPerform, mustRun, planFixture } from './storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
})

describe('readPlanDocument', () => {
  it('returns everything in the quarter in rank order, history oldest first', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
    await mustPerform((q) => moveGoal(q, a!.id, 'done', null))

    const doc = await readPlanDocument(fixture.plan.id)

    expect(doc.plan.id).toBe(fixture.plan.id)
    expect(doc.teams.map((t) => t.name)).toEqual(['Analytics', 'Performance'])
    expect(doc.groups).toEqual([fixture.group])
    // In rank order: each column's goals in board order.
    expect(doc.goals.filter((g) => g.status === 'todo').map((g) => g.text)).toEqual(['B'])
    expect(doc.goals.filter((g) => g.status === 'done').map((g) => g.text)).toEqual(['A'])
    expect(doc.history.map((h) => h.to)).toEqual(['todo', 'todo', 'done'])
  })

  it('says so when the quarter does not exist; readQuarter gives null', async () => {
    await planFixture()
    await expect(readPlanDocument('gone')).rejects.toThrow('That quarter no longer exists.')
    expect(await readQuarter('gone')).toBeNull()
  })

  it('reads only the quarter asked for', async () => {
    const fixture = await planFixture()
    await addGoals(fixture, 'todo', ['A'])
    const other = await mustRun(createPlan({ department: 'Other', fiscalYear: 2019, quarter: 3 }))
    const doc = await readPlanDocument(other.plan.id)
    expect(doc).toEqual({
      plan: other.plan,
      teams: [],
      groups: [],
      goals: [],
      history: [],
      updates: [],
    })
  })
})

describe('readPlans and planIdsThatExist', () => {
  it('list the stored quarters newest first, and which ids are stored', async () => {
    const fixture = await planFixture()
    const older = await mustRun(createPlan({ department: 'Tech', fiscalYear: 2019, quarter: 1 }))
    const newer = await mustRun(createPlan({ department: 'Tech', fiscalYear: 2020, quarter: 1 }))

    expect((await readPlans()).map((p) => p.id)).toEqual([
      newer.plan.id,
      fixture.plan.id,
      older.plan.id,
    ])
    expect(await planIdsThatExist(['nope', older.plan.id, fixture.plan.id])).toEqual([
      older.plan.id,
      fixture.plan.id,
    ])
    expect(await planIdsThatExist([])).toEqual([])
  })
})
