import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import {
  loadExampleQuarter,
  moveGoal,
  planIdsThatExist,
  readPlanDocument,
  savePlanDocuments,
  ValidationError,
} from '../../../src/renderer/db/repository'
import type { PlanDocument } from '../../../src/shared/model'
import { addGoals, freshStore, planFixture, snapshot } from './storeFixture'

afterEach(() => closeStore())

/** A copy of a document under new ids, as a backup of another machine would be. */
function renamed(doc: PlanDocument, suffix: string): PlanDocument {
  const planId = doc.plan.id + suffix
  const id = (value: string) => value + suffix
  return {
    plan: { ...doc.plan, id: planId },
    teams: doc.teams.map((t) => ({
      ...t,
      id: id(t.id),
      planId,
      parentId: t.parentId && id(t.parentId),
    })),
    groups: doc.groups.map((g) => ({ ...g, id: id(g.id), planId, teamId: id(g.teamId) })),
    goals: doc.goals.map((g) => ({
      ...g,
      id: id(g.id),
      planId,
      teamId: id(g.teamId),
      groupId: g.groupId && id(g.groupId),
    })),
    history: doc.history.map((h) => ({ ...h, id: id(h.id), planId, goalId: id(h.goalId) })),
    updates: doc.updates.map((u) => ({ ...u, id: id(u.id), planId, teamId: id(u.teamId) })),
  }
}

async function storedDocument(): Promise<{
  doc: PlanDocument
  fixture: Awaited<ReturnType<typeof planFixture>>
}> {
  const fixture = await planFixture()
  const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
  await moveGoal(a!.id, 'done', null)
  return { doc: await readPlanDocument(fixture.plan.id), fixture }
}

describe('readPlanDocument', () => {
  it('returns everything in the plan in board order', async () => {
    const { doc, fixture } = await storedDocument()
    expect(doc.plan.id).toBe(fixture.plan.id)
    expect(doc.teams.map((t) => t.name)).toEqual(['Analytics', 'Performance'])
    expect(doc.goals.map((g) => [g.text, g.status])).toEqual([
      ['B', 'todo'],
      ['A', 'done'],
    ])
    expect(doc.history.map((h) => h.to)).toEqual(['todo', 'todo', 'done'])
  })

  it('says so when the plan does not exist', async () => {
    await planFixture()
    await expect(readPlanDocument('gone')).rejects.toThrow('That quarter no longer exists.')
  })
})

describe('savePlanDocuments', () => {
  it('adds new plans whole and reports which ids exist', async () => {
    const { doc, fixture } = await storedDocument()
    const copy = renamed(doc, '-copy')

    expect(await planIdsThatExist([copy.plan.id, doc.plan.id])).toEqual([doc.plan.id])
    await savePlanDocuments([copy], 'add')

    expect(await readPlanDocument(copy.plan.id)).toEqual(copy)
    expect(await readPlanDocument(fixture.plan.id)).toEqual(doc)
    expect(await planIdsThatExist([copy.plan.id, 'other'])).toEqual([copy.plan.id])
  })

  it("'add' refuses a plan that is already stored and saves none of the batch", async () => {
    const { doc, fixture } = await storedDocument()
    const before = await snapshot(fixture.db)
    const attempt = savePlanDocuments([renamed(doc, '-new'), doc], 'add')

    await expect(attempt).rejects.toThrow(ValidationError)
    await expect(attempt).rejects.toThrow('Already stored: "Wikimedia Technology Q2"')
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it("'replace' swaps the stored plan for the saved one, dropping rows the file does not have", async () => {
    const { doc, fixture } = await storedDocument()
    const [, b] = doc.goals
    const edited: PlanDocument = {
      ...doc,
      plan: { ...doc.plan, intro: 'Replaced' },
      goals: doc.goals.filter((g) => g.id !== b!.id),
      history: doc.history.filter((h) => h.goalId !== b!.id),
    }

    await savePlanDocuments([edited], 'replace')

    expect(await readPlanDocument(fixture.plan.id)).toEqual(edited)
  })

  it('rolls everything back when any record fails, even after the replaced plan was deleted', async () => {
    const { doc, fixture } = await storedDocument()
    const other = renamed(doc, '-other')
    await savePlanDocuments([other], 'add')
    const before = await snapshot(fixture.db)
    // The replacement reuses a goal id of the other stored plan: that row must not be overwritten.
    const clash: PlanDocument = {
      ...doc,
      goals: [...doc.goals, { ...doc.goals[0]!, id: other.goals[0]!.id }],
    }

    const attempt = savePlanDocuments([clash], 'replace')

    await expect(attempt).rejects.toThrow(ValidationError)
    await expect(attempt).rejects.toThrow('nothing was saved')
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('refuses documents with records of another plan, the same plan twice, bad ranks or statuses', async () => {
    const { doc, fixture } = await storedDocument()
    const copy = renamed(doc, '-copy')
    const before = await snapshot(fixture.db)
    const stray = { ...copy, goals: [{ ...copy.goals[0]!, planId: 'elsewhere' }] }

    await expect(savePlanDocuments([stray], 'add')).rejects.toThrow('belong to another quarter')
    await expect(savePlanDocuments([copy, copy], 'add')).rejects.toThrow('appears twice')
    const unranked = { ...copy, goals: [{ ...copy.goals[0]!, rank: 'A0' }] }
    await expect(savePlanDocuments([unranked], 'add')).rejects.toThrow('invalid order key')
    const unknown = { ...copy, goals: [{ ...copy.goals[0]!, status: 'doing' as 'done' }] }
    await expect(savePlanDocuments([unknown], 'add')).rejects.toThrow('unknown status "doing"')
    expect(await snapshot(fixture.db)).toEqual(before)
  })
})

describe('loadExampleQuarter', () => {
  it('stores the example quarter whole, in board order, and a second copy beside it', async () => {
    const db = await freshStore()
    const plan = await loadExampleQuarter()
    const doc = await readPlanDocument(plan.id)

    expect(doc.plan.department).toBe('Wikimedia Technology')
    expect(doc.teams.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Analytics', 'Core Platform', 'Performance']),
    )
    expect(doc.goals.length).toBeGreaterThan(24)
    const [first] = doc.goals
    // A goal from the example moves like any other.
    await moveGoal(first!.id, 'blocked', null)
    const blocked = (await readPlanDocument(plan.id)).goals.filter((g) => g.status === 'blocked')
    expect(blocked.at(-1)).toMatchObject({ id: first!.id })

    const again = await loadExampleQuarter()
    expect(again.id).not.toBe(plan.id)
    expect(await db.plans.count()).toBe(2)
  })
})
