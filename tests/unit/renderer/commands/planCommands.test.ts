import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import { ConflictError, ValidationError } from '../../../../src/renderer/db/errors'
import { planIdsThatExist, readPlanDocument } from '../../../../src/renderer/db/reads'
import { moveGoal } from '../../../../src/renderer/commands/goalCommands'
import {
  createGroup,
  createPlan,
  createTeam,
  ROWS_PER_TURN,
  saveDocuments,
  saveDocumentsInTurns,
  startFromPreviousQuarter,
  updatePlan,
} from '../../../../src/renderer/commands/planCommands'
import { runCommand, undo } from '../../../../src/renderer/commands/runCommand'
import { currentMemory } from '../../../../src/renderer/store/quarterStore'
import { allWritten, openQuarter } from '../../../../src/renderer/store/quarterSync'
import { buildExampleQuarter } from '../../../../src/shared/example'
import { newId } from '../../../../src/shared/ids'
import type { PlanDocument } from '../../../../src/shared/model'
import { planDisplayName } from '../../../../src/shared/plan'
import { PLAIN_PROFILE } from '../../../../src/shared/wiki/syntax/profiles'
import {
  addGoals,
  addGroup,
  addTeam,
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

/** A stored quarter with goals in two columns, read back whole. */
async function storedDocument() {
  const fixture = await planFixture()
  const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
  await mustPerform((q) => moveGoal(q, a!.id, 'done', null))
  return { doc: await readPlanDocument(fixture.plan.id), fixture }
}

describe('createPlan', () => {
  it('stores a new quarter with the reference page defaults', async () => {
    await freshStore()
    const { plan } = await mustRun(
      createPlan({ department: ' Wikimedia Technology ', fiscalYear: 2019, quarter: 2 }),
    )

    expect(plan).toMatchObject({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
      fiscalYearStartMonth: 7,
      layout: 'table',
    })
    expect((await readPlanDocument(plan.id)).plan).toEqual(plan)
    expect(currentMemory().plans).toEqual([plan])
  })

  it('refuses invalid input with every problem named', () => {
    expect(() => createPlan({ department: '', fiscalYear: 19, quarter: 5 as 1 })).toThrow(
      new ValidationError(
        'Department name is required. Fiscal year must be a year such as 2019. Quarter must be 1, 2, 3 or 4.',
      ),
    )
  })

  it('keeps the quarters in memory newest first', async () => {
    await freshStore()
    const older = await mustRun(createPlan({ department: 'D', fiscalYear: 2019, quarter: 1 }))
    const newer = await mustRun(createPlan({ department: 'D', fiscalYear: 2019, quarter: 3 }))
    const oldest = await mustRun(createPlan({ department: 'D', fiscalYear: 2018, quarter: 4 }))
    expect(currentMemory().plans.map((p) => p.id)).toEqual([
      newer.plan.id,
      older.plan.id,
      oldest.plan.id,
    ])
    await expectMemoryAsStored()
  })
})

describe('updatePlan', () => {
  it('changes the settings it is given', async () => {
    const { plan } = await planFixture()
    await mustPerform((q) =>
      updatePlan(q.plan, { intro: 'New intro', layout: 'list', profile: PLAIN_PROFILE }),
    )
    const stored = (await readPlanDocument(plan.id)).plan
    expect(stored).toMatchObject({ intro: 'New intro', layout: 'list', profile: PLAIN_PROFILE })
    expect(stored.department).toBe(plan.department)
    expect(stored.updatedAt).toBeGreaterThan(plan.updatedAt)
    expect(openDoc().plan).toEqual(stored)
    expect(currentMemory().plans).toEqual([stored])
  })

  it('refuses invalid settings', async () => {
    const { plan } = await planFixture()
    expect(() => updatePlan(plan, { department: ' ' })).toThrow('Department name')
    expect(() => updatePlan(plan, { titlePattern: ' ' })).toThrow('title pattern')
    expect(() => updatePlan(plan, { fiscalYearStartMonth: 13 })).toThrow('1–12')
    expect(() => updatePlan(plan, { layout: 'grid' as 'list' })).toThrow('layout')
    expect(() =>
      updatePlan(plan, { profile: { ...PLAIN_PROFILE, kind: 'custom', task: '[[phab:T]]' } }),
    ).toThrow('$1')
  })
})

describe('createTeam and createGroup', () => {
  it('appends teams and groups in creation order', async () => {
    const { plan, analytics, performance, group } = await planFixture()
    const sre = await addTeam({ name: 'SRE', managerLabel: 'Directors', managers: ['A', ' B '] })
    const traffic = await addTeam({ name: 'Traffic', parentId: sre.id })
    const second = await addGroup(analytics.id, { title: ' Second ', description: 'Why' })

    const doc = await readPlanDocument(plan.id)
    expect(doc.teams.map((t) => t.name)).toEqual(['Analytics', 'Performance', 'SRE', 'Traffic'])
    expect(openDoc().teams.map((t) => t.name)).toEqual(doc.teams.map((t) => t.name))
    expect(sre).toMatchObject({ managerLabel: 'Directors', managers: ['A', 'B'], parentId: null })
    expect(performance.managerLabel).toBe('Team Manager')
    expect(traffic.parentId).toBe(sre.id)
    expect(doc.groups).toEqual([group, second])
    expect(second).toMatchObject({ title: 'Second', description: 'Why' })
    await expectMemoryAsStored()
  })

  it('refuses an empty or duplicate team name (ignoring case) and an unknown parent', async () => {
    await planFixture()
    const q = openDoc()
    expect(() => createTeam(q, { name: '  ' })).toThrow('Team name is required.')
    expect(() => createTeam(q, { name: 'ANALYTICS' })).toThrow(
      'There is already a team named "ANALYTICS"',
    )
    expect(() => createTeam(q, { name: 'New', parentId: 'gone' })).toThrow('parent')
  })

  it('refuses a group without a title or in a team of another quarter', async () => {
    const { analytics } = await planFixture()
    const q = openDoc()
    expect(() => createGroup(q, analytics.id, { title: '' })).toThrow('title')
    expect(() => createGroup(q, 'team-of-another-quarter', { title: 'X' })).toThrow(
      'That team does not exist in this quarter.',
    )
  })
})

describe('saveDocuments', () => {
  it('adds new quarters whole, and which ids exist says so', async () => {
    const { doc, fixture } = await storedDocument()
    const copy = renamed(doc, '-copy')

    expect(await planIdsThatExist([copy.plan.id, doc.plan.id])).toEqual([doc.plan.id])
    const command = await mustRun(saveDocuments('Open backup', [copy]))

    expect(command.label).toBe('Open backup')
    expect(await readPlanDocument(copy.plan.id)).toEqual(copy)
    expect(await readPlanDocument(fixture.plan.id)).toEqual(doc)
    expect(await planIdsThatExist([copy.plan.id, 'other'])).toEqual([copy.plan.id])
    // The open quarter stays what it was; the new one is listed.
    expect(openDoc()).toEqual(doc)
    expect(currentMemory().plans.map((p) => p.id)).toContain(copy.plan.id)
  })

  it('refuses a quarter that is already stored and saves none of the batch', async () => {
    const { doc, fixture } = await storedDocument()
    const before = await snapshot(fixture.db)

    const result = await runCommand(saveDocuments('Open backup', [renamed(doc, '-new'), doc]))

    expect(result.ok).toBe(false)
    const error = !result.ok ? result.error : null
    expect(error).toBeInstanceOf(ConflictError)
    expect(error?.message).toBe(
      'Some records have ids that are already used by another stored quarter; nothing was saved.',
    )
    expect(await snapshot(fixture.db)).toEqual(before)
    await expectMemoryAsStored()
  })

  it('replaces a stored quarter with the saved one, dropping rows the file does not have', async () => {
    const { doc, fixture } = await storedDocument()
    const [, b] = doc.goals
    const edited: PlanDocument = {
      ...doc,
      plan: { ...doc.plan, intro: 'Replaced' },
      goals: doc.goals.filter((g) => g.id !== b!.id),
      history: doc.history.filter((h) => h.goalId !== b!.id),
    }

    await mustRun(saveDocuments('Open backup', [edited], [doc]))

    // Rows that replace stored ones are stamped with the time of the write.
    const stored = await readPlanDocument(fixture.plan.id)
    expect(withoutUpdatedAt(stored)).toEqual(withoutUpdatedAt(edited))
    expect(openDoc()).toEqual(stored)
    // One command: one Undo brings the old quarter back whole.
    expect(await undo()).toEqual({ ok: true, label: 'Open backup' })
    expect(withoutUpdatedAt(await readPlanDocument(fixture.plan.id))).toEqual(withoutUpdatedAt(doc))
    await expectMemoryAsStored()
  })

  it('changes only the rows that differ when a stored quarter is replaced, and keeps the rest as stored', async () => {
    const { doc, fixture } = await storedDocument()
    const [a, b] = doc.goals
    const edited: PlanDocument = {
      ...doc,
      goals: doc.goals
        .filter((g) => g.id !== b!.id)
        .map((g) => (g.id === a!.id ? { ...g, text: `${g.text}, reviewed` } : g)),
      history: doc.history.filter((h) => h.goalId !== b!.id),
    }

    for (const command of [
      saveDocuments('Merge', [edited], [doc]),
      await saveDocumentsInTurns('Merge', [edited], [doc]),
    ]) {
      expect(
        command.changes.map(({ table, id, before, after }) => [table, id, !!before, !!after]),
      ).toEqual([
        ['goals', a!.id, true, true],
        ['goals', b!.id, true, false],
        ...doc.history.filter((h) => h.goalId === b!.id).map((h) => ['history', h.id, true, false]),
      ])
    }
    await mustRun(saveDocuments('Merge', [edited], [doc]))
    const stored = await readPlanDocument(fixture.plan.id)
    // Rows brought back as they were are not written: their time of change stays.
    expect(stored.plan).toEqual(doc.plan)
    expect(stored.teams).toEqual(doc.teams)
    expect(withoutUpdatedAt(stored)).toEqual(withoutUpdatedAt(edited))
    expect(await undo()).toEqual({ ok: true, label: 'Merge' })
    expect(withoutUpdatedAt(await readPlanDocument(fixture.plan.id))).toEqual(withoutUpdatedAt(doc))
    await expectMemoryAsStored()
  })

  it('writes nothing when any record uses an id of another stored quarter, even one being replaced', async () => {
    const { doc, fixture } = await storedDocument()
    const other = renamed(doc, '-other')
    await mustRun(saveDocuments('Import page', [other]))
    const before = await snapshot(fixture.db)
    // The replacement reuses a goal id of the other stored quarter: that row must not be overwritten.
    const clash: PlanDocument = {
      ...doc,
      goals: [...doc.goals, { ...doc.goals[0]!, id: other.goals[0]!.id }],
    }

    const result = await runCommand(saveDocuments('Open backup', [clash], [doc]))

    expect(result).toMatchObject({ ok: false, error: { name: 'ConflictError' } })
    expect(!result.ok && result.error.message).toContain('nothing was saved')
    expect(await snapshot(fixture.db)).toEqual(before)
    await expectMemoryAsStored()
  })

  it('refuses documents with records of another quarter, the same quarter twice, bad ranks or statuses', async () => {
    const { doc } = await storedDocument()
    const copy = renamed(doc, '-copy')
    const stray = { ...copy, goals: [{ ...copy.goals[0]!, planId: 'elsewhere' }] }

    expect(() => saveDocuments('x', [stray])).toThrow('belong to another quarter')
    expect(() => saveDocuments('x', [copy, copy])).toThrow('appears twice')
    const unranked = { ...copy, goals: [{ ...copy.goals[0]!, rank: 'A0' }] }
    expect(() => saveDocuments('x', [unranked])).toThrow('invalid order key')
    const unknown = { ...copy, goals: [{ ...copy.goals[0]!, status: 'doing' as 'done' }] }
    expect(() => saveDocuments('x', [unknown])).toThrow('unknown status "doing"')
    expect(() => saveDocuments('x', [unknown])).toThrow(ValidationError)
  })

  it('builds the same command a quarter at a time (saveDocumentsInTurns), with the same refusals', async () => {
    const { doc } = await storedDocument()
    const copy = renamed(doc, '-copy')
    const other = renamed(doc, '-other')
    const replacement = { ...doc, goals: doc.goals.slice(1) }

    expect(await saveDocumentsInTurns('Open', [replacement, copy, other], [doc])).toEqual(
      saveDocuments('Open', [replacement, copy, other], [doc]),
    )
    await expect(saveDocumentsInTurns('x', [copy, other, copy])).rejects.toThrow('appears twice')
    const stray = { ...other, goals: [{ ...other.goals[0]!, planId: 'elsewhere' }] }
    await expect(saveDocumentsInTurns('x', [copy, stray])).rejects.toThrow(ValidationError)
  })

  it('lets the window go every ROWS_PER_TURN rows of one big quarter, and still refuses a bad row past the first turns', async () => {
    const { doc } = await storedDocument()
    const copy = renamed(doc, '-big')
    const [first] = copy.goals
    const goals = Array.from({ length: 3 * ROWS_PER_TURN }, (_, k) => ({
      ...first!,
      id: `big-${k}`,
    }))
    const big = { ...copy, goals }
    const turns = vi.spyOn(globalThis, 'setTimeout')
    try {
      const built = await saveDocumentsInTurns('Import page', [big])
      // Checked (3 turns of goals, ranks and statuses each) and built (3 more), a turn at a time.
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(9)
      expect(built).toEqual(saveDocuments('Import page', [big]))
    } finally {
      turns.mockRestore()
    }
    const late = {
      ...big,
      goals: goals.map((g, k) =>
        k === goals.length - 1 ? { ...g, status: 'doing' as 'done' } : g,
      ),
    }
    await expect(saveDocumentsInTurns('x', [late])).rejects.toThrow('unknown status "doing"')
  })

  it('tells how far a big build in turns has come, rising at each turn to 1, the command unchanged', async () => {
    const { doc } = await storedDocument()
    const copy = renamed(doc, '-big')
    const goals = Array.from({ length: 3 * ROWS_PER_TURN }, (_, k) => ({
      ...copy.goals[0]!,
      id: `big-${k}`,
    }))
    const big = { ...copy, goals }
    const fractions: number[] = []
    const built = await saveDocumentsInTurns('Merge', [big], [doc], (f) => fractions.push(f))
    expect(built).toEqual(saveDocuments('Merge', [big], [doc]))
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBe(1)
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions)
    // A step per turn (five passes over 15,000 goals, 5,000 rows a turn), each one well short of
    // the end until the last: the count of rows to go through is right.
    expect(fractions.length).toBeGreaterThanOrEqual(2 + 12)
    expect(fractions.at(-2)).toBeGreaterThan(0.85)
    expect(fractions.at(-2)).toBeLessThan(1)
  })

  it('stores the example quarter whole, and its goals move like any other', async () => {
    const db = await freshStore()
    const example = buildExampleQuarter({ newId, now: Date.now() })
    await mustRun(saveDocuments('Load example quarter', [example]))
    const doc = await readPlanDocument(example.plan.id)

    expect(doc.plan.department).toBe('Wikimedia Technology')
    expect(doc.teams.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Analytics', 'Core Platform', 'Performance']),
    )
    expect(doc.goals.length).toBeGreaterThan(24)
    await openQuarter(example.plan.id)
    const [first] = doc.goals
    await mustPerform((q) => moveGoal(q, first!.id, 'blocked', null))
    const blocked = (await readPlanDocument(example.plan.id)).goals.filter(
      (g) => g.status === 'blocked',
    )
    expect(blocked.at(-1)).toMatchObject({ id: first!.id })

    const again = buildExampleQuarter({ newId, now: Date.now() })
    await mustRun(saveDocuments('Load example quarter', [again]))
    expect(again.plan.id).not.toBe(example.plan.id)
    expect(await db.plans.count()).toBe(2)
  })
})

describe('startFromPreviousQuarter', () => {
  it('fills the open empty quarter in one command, and undo empties it again', async () => {
    await freshStore()
    const previous = buildExampleQuarter({ newId, now: Date.UTC(2019, 9, 1) })
    await mustRun(saveDocuments('Load example', [previous]))
    const { plan } = await mustRun(
      createPlan({ department: previous.plan.department, fiscalYear: 2019, quarter: 3 }),
    )
    await openQuarter(plan.id)
    const empty = openDoc()
    const previousStored = await readPlanDocument(previous.plan.id)

    const command = await mustRun(startFromPreviousQuarter(empty, previous))
    expect(command.label).toBe(`Start from ${planDisplayName(previous.plan)}`)
    const stored = await readPlanDocument(plan.id)
    expect(stored.plan).toEqual(plan)
    expect(stored.teams).toHaveLength(previous.teams.length)
    expect(stored.goals).toHaveLength(previous.goals.filter((g) => g.status !== 'done').length)
    expect(openDoc().goals).toHaveLength(stored.goals.length)
    // The previous quarter is as it was.
    expect(await readPlanDocument(previous.plan.id)).toEqual(previousStored)

    expect((await undo()).ok).toBe(true)
    expect(await readPlanDocument(plan.id)).toEqual(empty)
    // Once filled, the quarter is refused: nothing the user made is mixed with a copy.
    await mustRun(startFromPreviousQuarter(empty, previous))
    expect(() => startFromPreviousQuarter(openDoc(), previous)).toThrow(ValidationError)
  })
})
