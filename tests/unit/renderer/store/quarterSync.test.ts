/**
 * Two windows on one store: this one (the quarter store, started as the app
 * starts it) and another, a second Dexie connection writing directly, as
 * another window of the app would. Its writes reach this window only through
 * Dexie's change events.
 */
import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { closeStore, readyDb, type QuarterdeckDatabase } from '../../../../src/renderer/db/database'
import { ConflictError } from '../../../../src/renderer/db/errors'
import { readQuarter } from '../../../../src/renderer/db/reads'
import { addGoal, moveGoal, updateGoal } from '../../../../src/renderer/commands/goalCommands'
import { createPlan, saveDocumentsInTurns } from '../../../../src/renderer/commands/planCommands'
import { runCommand, undo, useCommandHistory } from '../../../../src/renderer/commands/runCommand'
import { currentMemory, useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import {
  allWritten,
  openQuarter,
  startQuarterStore,
} from '../../../../src/renderer/store/quarterSync'
import { reidentifyPlan } from '../../../../src/shared/backup/reidentify'
import { newId } from '../../../../src/shared/ids'
import type { Goal, PlanDocument } from '../../../../src/shared/model'
import {
  addGoals,
  expectMemoryAsStored,
  mustPerform,
  mustRun,
  openDoc,
  otherWindow,
  seedQuarter,
  withoutUpdatedAt,
} from '../db/storeFixture'

let other: QuarterdeckDatabase

beforeAll(async () => {
  await startQuarterStore()
  expect(useQuarterStore.getState()).toMatchObject({ phase: 'ready', error: null })
  other = await otherWindow()
})

afterEach(async () => {
  await allWritten()
  // Every refresh has landed: memory shows what the store holds.
  await vi.waitFor(() => expectMemoryAsStored())
})

afterAll(() => {
  other.close()
  closeStore()
})

const goalIn = (id: string): Goal | undefined => openDoc().goals.find((goal) => goal.id === id)

/** A quarter open in memory with three goals in To do. */
async function board() {
  const fixture = await seedQuarter()
  const goals = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
  return { fixture, goals }
}

describe('changes from another window', () => {
  it('show in memory: a goal added, edited or deleted elsewhere', async () => {
    const { fixture, goals } = await board()
    const [a, b, c] = goals
    const elsewhere = addGoal(openDoc(), { teamId: fixture.performance.id, text: 'From there' })
      .changes[0]!.after as Goal

    await other.goals.put(elsewhere)
    await vi.waitFor(() => expect(goalIn(elsewhere.id)).toEqual(elsewhere))
    // Goals the other window did not touch are the very objects memory had.
    expect(goalIn(a!.id)).toBe(a)
    expect(goalIn(b!.id)).toBe(b)

    await other.goals.update(b!.id, { text: 'B, edited there' })
    await vi.waitFor(() => expect(goalIn(b!.id)?.text).toBe('B, edited there'))
    expect(goalIn(a!.id)).toBe(a)

    await other.goals.delete(c!.id)
    await vi.waitFor(() => expect(goalIn(c!.id)).toBeUndefined())
    expect(goalIn(a!.id)).toBe(a)
  })

  it('list a quarter created elsewhere, leaving the open one as it is', async () => {
    const { fixture } = await board()
    const quarter = openDoc()
    const { plan } = createPlan({ department: 'Elsewhere', fiscalYear: 2030, quarter: 4 })

    await other.plans.put(plan)

    await vi.waitFor(() => expect(currentMemory().plans[0]).toEqual(plan))
    expect(openDoc()).toBe(quarter)
    expect(useQuarterStore.getState().openPlanId).toBe(fixture.plan.id)
  })

  it('never replace objects for this window’s own writes, which memory already shows', async () => {
    const { fixture, goals } = await board()
    const [a, b, c] = goals
    await mustPerform((q) => moveGoal(q, a!.id, 'done', null))
    const moved = goalIn(a!.id)
    const quarter = openDoc()

    // Something from elsewhere, so a refresh surely ran after the move.
    const elsewhere = addGoal(openDoc(), { teamId: fixture.analytics.id, text: 'There' })
      .changes[0]!.after as Goal
    await other.goals.put(elsewhere)
    await vi.waitFor(() => expect(goalIn(elsewhere.id)).toBeDefined())

    expect(goalIn(a!.id)).toBe(moved)
    expect(goalIn(b!.id)).toBe(b)
    expect(goalIn(c!.id)).toBe(c)
    expect(openDoc().teams).toBe(quarter.teams)
    expect(openDoc().history).toBe(quarter.history)
  })

  it('and this window’s writes landing together both end up in memory and the store', async () => {
    const { goals } = await board()
    const [a, b] = goals

    const mine = runCommand(moveGoal(openDoc(), a!.id, 'blocked', null)!)
    const theirs = other.goals.update(b!.id, { note: 'noted there' })
    expect((await mine).ok).toBe(true)
    await theirs

    await vi.waitFor(() => expect(goalIn(b!.id)?.note).toBe('noted there'))
    expect(goalIn(a!.id)?.status).toBe('blocked')
    await expectMemoryAsStored()
  })
})

describe('undo after a change elsewhere', () => {
  it('never overwrites the other window’s later change to the same goal', async () => {
    const { goals } = await board()
    const [a, , c] = goals
    await mustPerform((q) => moveGoal(q, a!.id, 'done', null))
    // The other window moves the same goal on, and puts it first in In progress.
    await other.goals.update(a!.id, { status: 'in-progress', rank: '0' })
    await vi.waitFor(() => expect(goalIn(a!.id)?.status).toBe('in-progress'))

    const result = await undo()

    expect(result).toMatchObject({ ok: false, reason: 'failed', label: 'Move goal' })
    expect(result.ok === false && result.reason === 'failed' && result.error).toBeInstanceOf(
      ConflictError,
    )
    expect(goalIn(a!.id)).toMatchObject({ status: 'in-progress', rank: '0' })
    const stored = await readQuarter(a!.planId)
    expect(stored?.goals.find((g) => g.id === a!.id)).toMatchObject({
      status: 'in-progress',
      rank: '0',
    })
    expect(goalIn(c!.id)).toBe(c)
    expect(useCommandHistory.getState().undo).toEqual([])
  })

  it('still undoes when the other window changed only fields the command did not touch', async () => {
    const { goals } = await board()
    const [a] = goals
    await mustPerform((q) => moveGoal(q, a!.id, 'done', null))
    await other.goals.update(a!.id, { note: 'noted there' })
    await vi.waitFor(() => expect(goalIn(a!.id)?.note).toBe('noted there'))

    expect(await undo()).toEqual({ ok: true, label: 'Move goal' })

    expect(goalIn(a!.id)).toMatchObject({ status: 'todo', rank: a!.rank, note: 'noted there' })
    await expectMemoryAsStored()
  })
})

describe('editing a goal another window changes meanwhile', () => {
  it('reports a conflict for a field the edit changes, and keeps the other window’s value', async () => {
    const { goals } = await board()
    const [a] = goals
    // The editor opens on A, as it is now.
    const base = { text: a!.text }
    await other.goals.update(a!.id, { text: 'A, reworded there' })
    await vi.waitFor(() => expect(goalIn(a!.id)?.text).toBe('A, reworded there'))

    const result = await runCommand(
      updateGoal(openDoc(), a!.id, { text: 'A, reworded here' }, base),
    )

    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && result.error).toBeInstanceOf(ConflictError)
    expect(goalIn(a!.id)?.text).toBe('A, reworded there')
    const stored = await readQuarter(a!.planId)
    expect(stored?.goals.find((g) => g.id === a!.id)?.text).toBe('A, reworded there')
  })

  it('saves the edit over fields changed elsewhere that it does not touch, keeping them', async () => {
    const { goals } = await board()
    const [a] = goals
    // Built before the other window's change arrives, as a save clicked just then is.
    const edit = updateGoal(openDoc(), a!.id, { note: 'noted here' }, { note: a!.note })
    await other.goals.update(a!.id, { text: 'A, reworded there', tasks: ['T42'] })
    await vi.waitFor(() => expect(goalIn(a!.id)?.text).toBe('A, reworded there'))

    await mustRun(edit)

    const expected = { text: 'A, reworded there', tasks: ['T42'], note: 'noted here' }
    expect(goalIn(a!.id)).toMatchObject(expected)
    const stored = await readQuarter(a!.planId)
    expect(stored?.goals.find((g) => g.id === a!.id)).toMatchObject(expected)
    expect(withoutUpdatedAt(goalIn(a!.id))).toEqual(
      withoutUpdatedAt(stored?.goals.find((g) => g.id === a!.id)),
    )
  })

  it('keeps the other window’s fields when the save lands before their change is heard of', async () => {
    const { goals } = await board()
    const [a] = goals
    const edit = updateGoal(openDoc(), a!.id, { note: 'noted here' }, { note: a!.note })
    await other.goals.update(a!.id, { text: 'A, reworded there' })

    // No waiting for the refresh: the store's check still lets the edit through.
    await mustRun(edit)

    const stored = await readQuarter(a!.planId)
    expect(stored?.goals.find((g) => g.id === a!.id)).toMatchObject({
      text: 'A, reworded there',
      note: 'noted here',
    })
    await vi.waitFor(() =>
      expect(goalIn(a!.id)).toMatchObject({ text: 'A, reworded there', note: 'noted here' }),
    )
  })
})

describe('a quarter saved and opened at once', () => {
  /** Records, from now on, which quarter each read of goals asks for (by its plan id). */
  async function recordGoalReads(): Promise<unknown[]> {
    const goalReads: unknown[] = []
    const db = await readyDb()
    db.close({ disableAutoOpen: false })
    db.use({
      stack: 'dbcore',
      name: 'goal-read-recorder',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'goals') return table
          return {
            ...table,
            query: (req) => {
              const lower: unknown = req.query.range.lower
              goalReads.push(Array.isArray(lower) ? lower[0] : lower)
              return table.query(req)
            },
          }
        },
      }),
    })
    await db.open()
    return goalReads
  }

  /**
   * A quarter to import, with no quarter open, as on a first start: a refresh
   * then reads the newest quarter, which the import's is.
   */
  async function nothingOpen(): Promise<PlanDocument> {
    await board()
    const doc = reidentifyPlan(openDoc(), newId)
    await allWritten()
    useQuarterStore.setState({ openPlanId: null, quarter: null })
    return doc
  }

  it('is read once: the refresh after its writes waits for the open, which covers it', async () => {
    const doc = await nothingOpen()
    const goalReads = await recordGoalReads()
    await mustRun(await saveDocumentsInTurns('Import page', [doc]))
    await openQuarter(doc.plan.id)
    expect(openDoc().plan.id).toBe(doc.plan.id)
    expect(openDoc().goals.map((goal) => goal.id)).toEqual(doc.goals.map((goal) => goal.id))
    // Time for a second read, had one been asked for.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(goalReads.filter((planId) => planId === doc.plan.id)).toHaveLength(1)
  })

  it('is shown from the changes that created it, as "Create quarter from this page" does, with no read', async () => {
    const doc = await nothingOpen()
    const goalReads = await recordGoalReads()
    const command = await saveDocumentsInTurns('Import page', [doc])
    await mustRun(command)
    await openQuarter(doc.plan.id, command.changes)
    expect(useQuarterStore.getState().openPlanId).toBe(doc.plan.id)
    expect(openDoc()).toEqual(await readQuarter(doc.plan.id))
    expect(currentMemory().plans.map((plan) => plan.id)).toContain(doc.plan.id)
    await new Promise((resolve) => setTimeout(resolve, 200))
    // readQuarter above is the test's own.
    expect(goalReads.filter((planId) => planId === doc.plan.id)).toHaveLength(1)
  })

  it('is read as any other when the changes given did not create it', async () => {
    await board()
    const doc = reidentifyPlan(openDoc(), newId)
    await mustRun(await saveDocumentsInTurns('Import page', [doc]))
    const goalReads = await recordGoalReads()
    const other = createPlan({ department: 'Elsewhere', fiscalYear: 2031, quarter: 1 })
    await mustRun(other)
    await openQuarter(doc.plan.id, other.changes)
    expect(openDoc()).toEqual(await readQuarter(doc.plan.id))
    expect(goalReads).toContain(doc.plan.id)
  })
})
