import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import { readPlanDocument, readQuarter } from '../../../../src/renderer/db/reads'
import { moveGoal } from '../../../../src/renderer/commands/goalCommands'
import { redoWithToast, undoWithToast } from '../../../../src/renderer/commands/perform'
import {
  createPlan,
  deletePlan,
  SameQuarterError,
  startNextQuarter,
  updatePlan,
} from '../../../../src/renderer/commands/planCommands'
import { redo, undo } from '../../../../src/renderer/commands/runCommand'
import { currentMemory, useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import { allWritten, openQuarter } from '../../../../src/renderer/store/quarterSync'
import { nextQuarterInput } from '../../../../src/shared/nextQuarter'
import {
  addGoals,
  expectMemoryAsStored,
  freshStore,
  mustPerform,
  mustRun,
  openDoc,
  planFixture,
  snapshot,
  withoutUpdatedAt,
} from '../db/storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
})

/** Resolves once the window shows the quarter `planId` whole. */
async function shown(planId: string): Promise<void> {
  await expect.poll(() => currentMemory().quarter?.plan.id).toBe(planId)
  expect(useQuarterStore.getState().openPlanId).toBe(planId)
}

/** A stored Q2 with goals in every column but one, open in memory. */
async function q2WithGoals() {
  const fixture = await planFixture()
  await addGoals(fixture, 'todo', ['Write docs'])
  await addGoals(fixture, 'in-progress', ['Ship search'], { groupId: fixture.group.id })
  await addGoals(fixture, 'blocked', ['Upgrade Kafka'], { note: 'waits for SRE', tasks: ['T12'] })
  await addGoals(fixture, 'done', ['Launch dashboards'])
  await addGoals(fixture, 'postponed', ['Rewrite UI'], { stretch: true })
  return fixture
}

describe('a quarter that already exists', () => {
  it('is refused when created again, naming it, and nothing is stored', async () => {
    const db = await freshStore()
    const { plan } = await mustRun(
      createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 2 }),
    )
    const before = await snapshot(db)
    let refused: unknown
    try {
      createPlan(
        { department: ' wikimedia technology ', fiscalYear: 2019, quarter: 2 },
        currentMemory().plans,
      )
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(SameQuarterError)
    expect((refused as SameQuarterError).existing).toEqual(plan)
    expect((refused as Error).message).toBe('Wikimedia Technology FY2019–20 Q2 already exists.')
    expect(await snapshot(db)).toEqual(before)
    // Another quarter of the department, or the same quarter of another department, is fine.
    const plans = currentMemory().plans
    expect(() =>
      createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 3 }, plans),
    ).not.toThrow()
    expect(() =>
      createPlan({ department: 'Audiences', fiscalYear: 2019, quarter: 2 }, plans),
    ).not.toThrow()
  })

  it('cannot be made by renaming another quarter into it', async () => {
    const { plan } = await planFixture()
    const q3 = await mustRun(
      createPlan({ department: plan.department, fiscalYear: 2019, quarter: 3 }),
    )
    const plans = currentMemory().plans
    expect(() => updatePlan(plan, { quarter: 3 }, plans)).toThrow(new SameQuarterError(q3.plan))
    // Its own name is not a clash; a free one is a rename.
    expect(() => updatePlan(plan, { intro: 'x' }, plans)).not.toThrow()
    await mustPerform((q) =>
      updatePlan(q.plan, { department: 'Technology', fiscalYear: 2020, quarter: 1 }, plans),
    )
    expect((await readPlanDocument(plan.id)).plan).toMatchObject({
      department: 'Technology',
      fiscalYear: 2020,
      quarter: 1,
    })
    expect(() => updatePlan(plan, { fiscalYear: 20 })).toThrow('Fiscal year must be a year')
    expect(() => updatePlan(plan, { quarter: 0 as 1 })).toThrow('Quarter must be 1, 2, 3 or 4.')
  })
})

describe('creating a quarter', () => {
  it('shows the new quarter when redone and the one shown before when undone', async () => {
    const fixture = await planFixture()
    const command = createPlan(
      { department: 'Wikimedia Technology', fiscalYear: 2020, quarter: 1 },
      currentMemory().plans,
    )
    expect(command.shows).toEqual({ done: command.plan.id, undone: null })
    // The form names the quarter on screen as the one to go back to.
    await mustRun({ ...command, shows: { done: command.plan.id, undone: fixture.plan.id } })
    await openQuarter(command.plan.id)
    await undoWithToast()
    await shown(fixture.plan.id)
    expect(currentMemory().plans.map((plan) => plan.id)).toEqual([fixture.plan.id])
    await redoWithToast()
    await shown(command.plan.id)
  })
})

describe('deletePlan', () => {
  it('deletes a quarter with everything in it, and Undo puts it all back', async () => {
    const fixture = await q2WithGoals()
    const before = await snapshot(fixture.db)
    const doc = openDoc()
    await mustRun(deletePlan(doc))
    expect(await readQuarter(fixture.plan.id)).toBeNull()
    const empty = await snapshot(fixture.db)
    expect(Object.values(empty).every((rows) => rows.length === 0)).toBe(true)
    expect(currentMemory().plans).toEqual([])

    expect(await undo()).toMatchObject({ ok: true, label: 'Delete quarter' })
    expect(withoutUpdatedAt(await snapshot(fixture.db))).toEqual(withoutUpdatedAt(before))
    expect(await redo()).toMatchObject({ ok: true })
    expect(await readQuarter(fixture.plan.id)).toBeNull()
  })

  it('shows the quarter again when the deletion is undone', async () => {
    const fixture = await q2WithGoals()
    const other = await mustRun(
      createPlan({ department: 'Audiences', fiscalYear: 2018, quarter: 1 }),
    )
    await mustRun(deletePlan(openDoc()))
    await openQuarter(other.plan.id)
    await undoWithToast()
    await shown(fixture.plan.id)
    expect(openDoc().goals.map((goal) => goal.text)).toContain('Write docs')
    await redoWithToast()
    await shown(other.plan.id)
  })
})

describe('startNextQuarter', () => {
  it('adds Q3 with the structure and the carried goals, leaving Q2 as it was', async () => {
    const fixture = await q2WithGoals()
    const old = openDoc()
    const storedQ2 = await readPlanDocument(fixture.plan.id)
    const leftBehind = old.goals.find((goal) => goal.text === 'Rewrite UI')!
    const carry = old.goals
      .filter((goal) => goal.status !== 'done' && goal !== leftBehind)
      .map((goal) => goal.id)
    const command = await startNextQuarter(old, currentMemory().plans, {
      input: nextQuarterInput(old.plan),
      carry,
    })
    expect(command.label).toBe('Start next quarter')
    await mustRun(command)

    expect(await readPlanDocument(fixture.plan.id)).toEqual(storedQ2)
    const q3 = await readPlanDocument(command.plan.id)
    expect(q3.plan).toMatchObject({ department: 'Wikimedia Technology', quarter: 3 })
    expect(q3.teams.map((team) => [team.name, team.managers])).toEqual([
      ['Analytics', ['Nuria Ruiz']],
      ['Performance', []],
    ])
    expect(q3.groups.map((group) => group.title)).toEqual(['Modern Event Platform'])
    const goals = Object.fromEntries(q3.goals.map((goal) => [goal.text, goal]))
    expect(Object.keys(goals).sort()).toEqual(['Ship search', 'Upgrade Kafka', 'Write docs'])
    expect(goals['Ship search']).toMatchObject({
      status: 'in-progress',
      groupId: q3.groups[0]!.id,
      carriedOverFrom: 'Q2',
    })
    expect(goals['Upgrade Kafka']).toMatchObject({
      status: 'todo',
      note: 'waits for SRE',
      tasks: ['T12'],
      carriedOverFrom: 'Q2',
    })
    expect(q3.history).toHaveLength(3)
  })

  it('is one command: Undo removes the new quarter whole and shows the old one', async () => {
    const fixture = await q2WithGoals()
    const before = await snapshot(fixture.db)
    const old = openDoc()
    const command = await startNextQuarter(old, currentMemory().plans, {
      input: nextQuarterInput(old.plan),
      carry: old.goals.filter((goal) => goal.status !== 'done').map((goal) => goal.id),
    })
    await mustRun(command)
    await openQuarter(command.plan.id)
    // A change in the new quarter, undone first.
    await mustPerform((q) => moveGoal(q, q.goals[0]!.id, 'done', null))
    await undoWithToast()
    await undoWithToast()
    await shown(fixture.plan.id)
    expect(await snapshot(fixture.db)).toEqual(before)
    await expectMemoryAsStored()

    await redoWithToast()
    await shown(command.plan.id)
    expect(openDoc().goals).toHaveLength(4)
  })

  it('is refused when the next quarter exists, and when a done goal is to be carried', async () => {
    const fixture = await q2WithGoals()
    const old = openDoc()
    const q3 = await mustRun(
      createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 3 }),
    )
    const plans = currentMemory().plans
    const choices = { input: nextQuarterInput(old.plan), carry: [] }
    await expect(startNextQuarter(old, plans, choices)).rejects.toThrow(
      new SameQuarterError(q3.plan),
    )
    const done = old.goals.find((goal) => goal.status === 'done')!
    await expect(
      startNextQuarter(old, plans, { input: { ...choices.input, quarter: 4 }, carry: [done.id] }),
    ).rejects.toThrow('it is done')
    await expect(
      startNextQuarter(old, plans, { input: { ...choices.input, department: '' }, carry: [] }),
    ).rejects.toThrow('Department name is required.')
    expect(fixture.plan.id).toBe(old.plan.id)
  })
})
