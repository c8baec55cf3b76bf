import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore, readyDb } from '../../../../src/renderer/db/database'
import { ROWS_PER_PAGE } from '../../../../src/renderer/db/quarterRead'
import { byRank, byTime } from '../../../../src/renderer/db/rowOrder'
import type { Goal, StatusChange } from '../../../../src/shared/model'
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

describe('reading a long quarter a page at a time', () => {
  /** `count` goals and status changes of the fixture's quarter, their ranks and times often tied. */
  async function storeMany(count: number) {
    const fixture = await planFixture()
    const [model] = await addGoals(fixture, 'todo', ['Model'])
    const goals: Goal[] = Array.from({ length: count }, (_, k) => ({
      ...model!,
      id: `goal-${(k * 7919) % count}`,
      text: `Goal ${k}`,
      // Ties across page ends: a page goes on after the last row's rank and id.
      rank: `r${Math.floor(k / 3) % 977}`,
    }))
    const history: StatusChange[] = goals.map((goal, k) => ({
      id: `change-${(k * 104729) % count}`,
      planId: fixture.plan.id,
      goalId: goal.id,
      from: null,
      to: 'todo',
      at: 1000 + (k % 13),
    }))
    const db = await readyDb()
    await db.goals.bulkPut(goals)
    await db.history.bulkPut(history)
    return { fixture, goals: [model!, ...goals], history }
  }

  it('reads every goal by rank (ties by id) and every change oldest first, over several pages', async () => {
    const count = 2 * ROWS_PER_PAGE + 1
    const { fixture, goals } = await storeMany(count)

    const doc = await readPlanDocument(fixture.plan.id)

    expect(doc.goals).toHaveLength(count + 1)
    expect(doc.goals.map((goal) => goal.id)).toEqual([...goals].sort(byRank).map((goal) => goal.id))
    expect(doc.history).toHaveLength(count + 1)
    expect(doc.history.map((change) => change.id)).toEqual(
      [...doc.history].sort(byTime).map((change) => change.id),
    )
  })

  it('leaves out no row that the order index lacks (a rank that is no key): it reads them whole', async () => {
    const { fixture, goals } = await storeMany(ROWS_PER_PAGE + 2)
    const odd = { ...goals[1]!, id: 'goal-without-rank', rank: undefined } as unknown as Goal
    await (await readyDb()).goals.put(odd)

    const doc = await readPlanDocument(fixture.plan.id)

    expect(doc.goals).toHaveLength(goals.length + 1)
    expect(doc.goals.map((goal) => goal.id)).toContain('goal-without-rank')
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
