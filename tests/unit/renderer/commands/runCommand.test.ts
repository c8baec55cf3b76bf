import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import { ConflictError } from '../../../../src/renderer/db/errors'
import { readQuarter } from '../../../../src/renderer/db/reads'
import type { RowChange } from '../../../../src/renderer/commands/changes'
import type { Command } from '../../../../src/renderer/commands/command'
import {
  addGoal,
  deleteGoal,
  moveGoal,
  restoreGoal,
  updateGoal,
} from '../../../../src/renderer/commands/goalCommands'
import { redoWithToast, undoWithToast } from '../../../../src/renderer/commands/perform'
import {
  createGroup,
  createPlan,
  createTeam,
  ROWS_PER_TURN,
  saveDocuments,
  updatePlan,
} from '../../../../src/renderer/commands/planCommands'
import {
  redo,
  runCommand,
  undo,
  useCommandHistory,
} from '../../../../src/renderer/commands/runCommand'
import { currentMemory, useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
import { useUiStore } from '../../../../src/renderer/store/uiStore'
import type { Goal, PlanDocument } from '../../../../src/shared/model'
import {
  addGoals,
  expectMemoryAsStored,
  mustPerform,
  mustRun,
  openDoc,
  planFixture,
  snapshot,
  storedMemory,
  withoutUpdatedAt,
  type Fixture,
} from '../db/storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
  useUiStore.setState({ toasts: [] })
})

/** A copy of a document under new ids, as a backup of another machine would be. */
function renamed(doc: PlanDocument, suffix: string): PlanDocument {
  const planId = doc.plan.id + suffix
  const id = (value: string) => value + suffix
  return {
    plan: { ...doc.plan, id: planId },
    teams: doc.teams.map((t) => ({ ...t, id: id(t.id), planId })),
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

/** A quarter with goals in two columns, one of them with a moved history. */
async function boardFixture(): Promise<{ fixture: Fixture; goals: Goal[] }> {
  const fixture = await planFixture()
  const goals = await addGoals(fixture, 'todo', ['A', 'B', 'C'], { groupId: fixture.group.id })
  goals.push(...(await addGoals(fixture, 'done', ['X'])))
  await mustPerform((q) => moveGoal(q, goals[1]!.id, 'in-progress', null))
  useCommandHistory.setState({ undo: [], redo: [] })
  return { fixture, goals }
}

/** Each command the app has, built from the board fixture's open quarter. */
const COMMANDS: [string, (f: Fixture, goals: Goal[], q: PlanDocument) => Command][] = [
  ['addGoal', (f, _g, q) => addGoal(q, { teamId: f.performance.id, text: 'New', status: 'done' })],
  ['updateGoal (text)', (_f, g, q) => updateGoal(q, g[0]!.id, { text: 'A2', tasks: ['T7'] })],
  ['updateGoal (status)', (_f, g, q) => updateGoal(q, g[0]!.id, { status: 'blocked' })],
  ['updateGoal (team)', (f, g, q) => updateGoal(q, g[0]!.id, { teamId: f.performance.id })],
  ['moveGoal (column)', (_f, g, q) => moveGoal(q, g[2]!.id, 'done', g[3]!.id)!],
  ['moveGoal (reorder)', (_f, g, q) => moveGoal(q, g[2]!.id, 'todo', g[0]!.id)!],
  ['deleteGoal', (_f, g, q) => deleteGoal(q, g[1]!.id)],
  [
    'restoreGoal',
    (_f, g, q) => restoreGoal(q, { ...g[0]!, id: 'restored-goal', text: 'Back again' }),
  ],
  ['createPlan', () => createPlan({ department: 'Other', fiscalYear: 2020, quarter: 1 })],
  ['updatePlan', (_f, _g, q) => updatePlan(q.plan, { intro: 'Changed', layout: 'list' })],
  ['createTeam', (f, _g, q) => createTeam(q, { name: 'SRE', parentId: f.analytics.id })],
  ['createGroup', (f, _g, q) => createGroup(q, f.performance.id, { title: 'Speed' })],
  ['saveDocuments (new)', (_f, _g, q) => saveDocuments('Import page', [renamed(q, '-copy')])],
  [
    'saveDocuments (replace)',
    (_f, g, q) =>
      saveDocuments(
        'Open backup',
        [
          {
            ...q,
            plan: { ...q.plan, intro: 'From the backup' },
            goals: q.goals.filter((goal) => goal.id !== g[0]!.id),
            history: q.history.filter((entry) => entry.goalId !== g[0]!.id),
          },
        ],
        [q],
      ),
  ],
]

describe('every command', () => {
  it.each(COMMANDS)('%s applies, undoes exactly and redoes', async (_name, build) => {
    const { fixture, goals } = await boardFixture()
    const memoryBefore = withoutUpdatedAt(currentMemory())
    const storeBefore = withoutUpdatedAt(await snapshot(fixture.db))
    const command = build(fixture, goals, openDoc())

    const result = await runCommand(command)
    expect(result.ok).toBe(true)
    const memoryAfter = withoutUpdatedAt(currentMemory())
    const storeAfter = withoutUpdatedAt(await snapshot(fixture.db))
    expect(memoryAfter).not.toEqual(memoryBefore)
    expect(storeAfter).not.toEqual(storeBefore)
    await expectMemoryAsStored()
    expect(useCommandHistory.getState().undo.map((e) => e.command)).toEqual([command])

    expect(await undo()).toEqual({ ok: true, label: command.label })
    expect(withoutUpdatedAt(currentMemory())).toEqual(memoryBefore)
    expect(withoutUpdatedAt(await snapshot(fixture.db))).toEqual(storeBefore)
    expect(useCommandHistory.getState()).toMatchObject({ undo: [], redo: [{ command }] })

    expect(await redo()).toEqual({ ok: true, label: command.label })
    expect(withoutUpdatedAt(currentMemory())).toEqual(memoryAfter)
    expect(withoutUpdatedAt(await snapshot(fixture.db))).toEqual(storeAfter)
    expect(useCommandHistory.getState()).toMatchObject({ undo: [{ command }], redo: [] })
    await expectMemoryAsStored()
  })
})

/** `count` goals in To do of Analytics, ids `<prefix>-0`…, in rank order. */
function rankedGoals(
  fixture: Awaited<ReturnType<typeof planFixture>>,
  count: number,
  prefix: string,
): Goal[] {
  // Fixed-width base-36 counts ending in 1 sort as their numbers do; rankBetween after the
  // last one each time made 50,000 ranks in 8 s.
  const rankOf = (k: number) => `${k.toString(36).padStart(4, '0')}1`
  return Array.from({ length: count }, (_, k) => ({
    id: `${prefix}-${k}`,
    planId: fixture.plan.id,
    teamId: fixture.analytics.id,
    groupId: null,
    text: `Goal ${k}`,
    status: 'todo',
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank: rankOf(k),
    createdAt: 1,
    updatedAt: 1,
  }))
}

describe('runCommand', () => {
  it('shows a change in memory before it is written, and says when it is saved', async () => {
    const { goals } = await boardFixture()
    const landed = runCommand(moveGoal(openDoc(), goals[0]!.id, 'blocked', null)!)

    // Memory first: the board shows the move in the same frame.
    expect(openDoc().goals.find((g) => g.id === goals[0]!.id)?.status).toBe('blocked')
    expect(useQuarterStore.getState().saving).toBe(true)
    expect(
      (await readQuarter(goals[0]!.planId))?.goals.find((g) => g.id === goals[0]!.id),
    ).toMatchObject({ status: 'todo' })

    expect(await landed).toMatchObject({ ok: true })
    expect(useQuarterStore.getState().saving).toBe(false)
    await expectMemoryAsStored()
  })

  it('stamps updated rows with the time of the write', async () => {
    const { goals } = await boardFixture()
    const command = updateGoal(openDoc(), goals[0]!.id, { note: 'n' })
    await mustRun(command)
    const stored = (await readQuarter(goals[0]!.planId))!.goals.find((g) => g.id === goals[0]!.id)
    expect(stored!.updatedAt).toBeGreaterThan(goals[0]!.updatedAt)
    expect(openDoc().goals.find((g) => g.id === goals[0]!.id)).toEqual(stored)
  })

  it('takes a failed write back out of memory, reports the error and writes nothing', async () => {
    const { fixture, goals } = await boardFixture()
    const before = await snapshot(fixture.db)
    const memory = currentMemory()
    const failHistory = () => {
      throw new Error('disk full')
    }
    fixture.db.history.hook('creating', failHistory)

    const result = await runCommand(moveGoal(openDoc(), goals[0]!.id, 'blocked', null)!)

    fixture.db.history.hook('creating').unsubscribe(failHistory)
    expect(result).toMatchObject({ ok: false, error: { message: 'disk full' } })
    // The goal row was written before the history entry failed: the transaction took it back.
    expect(await snapshot(fixture.db)).toEqual(before)
    expect(withoutUpdatedAt(currentMemory())).toEqual(withoutUpdatedAt(memory))
    expect(useCommandHistory.getState().undo).toEqual([])
    expect(useQuarterStore.getState().saving).toBe(false)
  })

  it('refuses a write over a row changed behind memory’s back, and memory then shows the store', async () => {
    const { fixture, goals } = await boardFixture()
    const [a, , c] = goals
    // Another window changed the goal; this window has not heard of it yet.
    await fixture.db.goals.update(a!.id, { status: 'postponed', text: 'A elsewhere' })
    const before = await snapshot(fixture.db)

    // A move of A and of C in one command: C's row must not be written either.
    const moveA = moveGoal(openDoc(), a!.id, 'done', null)!
    const moveC = moveGoal(openDoc(), c!.id, 'blocked', null)!
    const result = await runCommand({
      label: 'Move goals',
      changes: [...moveC.changes, ...moveA.changes],
    })

    expect(result.ok).toBe(false)
    const error = !result.ok ? result.error : null
    expect(error).toBeInstanceOf(ConflictError)
    expect(error?.message).toBe(
      'This goal was changed in another window meanwhile, so nothing was changed here.',
    )
    expect(await snapshot(fixture.db)).toEqual(before)
    expect(useCommandHistory.getState().undo).toEqual([])
    // The failed write asks for a fresh read: memory shows what the store holds.
    await vi.waitFor(() =>
      expect(openDoc().goals.find((g) => g.id === a!.id)).toMatchObject({
        status: 'postponed',
        text: 'A elsewhere',
      }),
    )
    expect(openDoc().goals.find((g) => g.id === c!.id)).toMatchObject({ status: 'todo' })
    await expectMemoryAsStored()
  })

  it('refuses, changing nothing, a command memory already shows to be out of date', async () => {
    const { fixture, goals } = await boardFixture()
    const stale = openDoc()
    await mustPerform((q) => updateGoal(q, goals[0]!.id, { text: 'Edited first' }))
    const memory = openDoc()
    const before = await snapshot(fixture.db)

    const result = await runCommand(updateGoal(stale, goals[0]!.id, { text: 'Edited from stale' }))

    expect(result).toMatchObject({ ok: false, error: { name: 'ConflictError' } })
    expect(openDoc()).toBe(memory)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('checks a command of many changes a turn at a time, and still refuses one that a change made meanwhile made out of date', async () => {
    const fixture = await planFixture()
    const doc = openDoc()
    const many = 2 * ROWS_PER_TURN + 1
    const goals = rankedGoals(fixture, many, 'goal')
    await mustRun(saveDocuments('Load', [{ ...doc, goals }], [doc]))
    await allWritten()
    const edited = (quarter: PlanDocument) =>
      saveDocuments(
        'Merge',
        [{ ...quarter, goals: quarter.goals.map((g) => ({ ...g, note: 'Checked again.' })) }],
        [quarter],
      )

    // A change to the last goal's note lands while the big command's check is in its first turns.
    const big = edited(openDoc())
    const turns = vi.spyOn(globalThis, 'setTimeout')
    const running = runCommand(big)
    await mustPerform((q) => updateGoal(q, `goal-${many - 1}`, { note: 'Edited meanwhile' }))
    const result = await running
    expect(turns.mock.calls.length).toBeGreaterThanOrEqual(2)
    turns.mockRestore()
    expect(result).toMatchObject({ ok: false, error: { name: 'ConflictError' } })
    expect(
      openDoc()
        .goals.filter((g) => g.note !== '')
        .map((g) => g.note),
    ).toEqual(['Edited meanwhile'])

    // Built from memory as it is now, it lands whole, and one Undo takes it back.
    expect(await runCommand(edited(openDoc()))).toMatchObject({ ok: true })
    expect(openDoc().goals.every((g) => g.note === 'Checked again.')).toBe(true)
    expect(await undo()).toEqual({ ok: true, label: 'Merge' })
    expect(openDoc().goals.at(-1)?.note).toBe('Edited meanwhile')
    expect(openDoc().goals.filter((g) => g.note === '')).toHaveLength(many - 1)
    await expectMemoryAsStored()
  }, 60_000)

  it('applies a command of many changes to memory a turn at a time and shows it whole at once; a change made meanwhile is kept', async () => {
    const fixture = await planFixture()
    const doc = openDoc()
    const many = 2 * ROWS_PER_TURN + 1
    const goals = rankedGoals(fixture, many + 1, 'goal')
    await mustRun(saveDocuments('Load', [{ ...doc, goals }], [doc]))
    await allWritten()
    // Every goal but the last one gets a note.
    const merge = () => {
      const quarter = openDoc()
      const merged = quarter.goals.map((g, k) => (k < many ? { ...g, note: 'Merged.' } : g))
      return saveDocuments('Merge', [{ ...quarter, goals: merged }], [quarter])
    }
    const notesSeen: number[] = []
    const watching = useQuarterStore.subscribe((state) => {
      notesSeen.push(state.quarter?.goals.filter((g) => g.note === 'Merged.').length ?? -1)
    })
    const turns = vi.spyOn(globalThis, 'setTimeout')
    expect(await runCommand(merge())).toMatchObject({ ok: true })
    const turnsTaken = turns.mock.calls.length
    turns.mockRestore()
    watching()
    // The check takes three turns; the application (an index, the changes, a sort, a merge) more.
    expect(turnsTaken).toBeGreaterThan(6)
    // Memory never showed part of the merge: none of it, then all of it.
    expect(notesSeen.filter((n) => n !== 0 && n !== many)).toEqual([])
    expect(notesSeen.at(-1)).toBe(many)
    await expectMemoryAsStored()
    expect(await undo()).toEqual({ ok: true, label: 'Merge' })
    expect(openDoc().goals.filter((g) => g.note === 'Merged.')).toHaveLength(0)
    await expectMemoryAsStored()

    // A change to another goal lands while the merge is made ready: memory moved, so the
    // merge is checked and applied again at once, and both changes are kept.
    const running = runCommand(merge())
    await mustPerform((q) => updateGoal(q, `goal-${many}`, { note: 'Edited meanwhile' }))
    expect(await running).toMatchObject({ ok: true })
    expect(openDoc().goals.filter((g) => g.note === 'Merged.')).toHaveLength(many)
    expect(openDoc().goals.at(-1)?.note).toBe('Edited meanwhile')
    await expectMemoryAsStored()
  }, 60_000)

  it('applies a command of many changes made in turns without a change meanwhile as it was made', async () => {
    const fixture = await planFixture()
    const doc = openDoc()
    const goals = rankedGoals(fixture, ROWS_PER_TURN + 1, 'goal')
    expect(await runCommand(saveDocuments('Load', [{ ...doc, goals }], [doc]))).toMatchObject({
      ok: true,
    })
    const before = openDoc()
    expect(before.goals).toHaveLength(ROWS_PER_TURN + 1)
    expect(
      await runCommand(saveDocuments('Clear', [{ ...before, goals: [] }], [before])),
    ).toMatchObject({ ok: true })
    expect(openDoc().goals).toEqual([])
    await expectMemoryAsStored()
  }, 60_000)

  it('refuses, changing nothing, a goal more than a quarter holds; one up to it lands', async () => {
    const fixture = await planFixture()
    // Memory is given the goals without a write: the check is memory's, before any write.
    const doc = openDoc()
    useQuarterStore.setState({
      quarter: { ...doc, goals: rankedGoals(fixture, 49_999, 'held') },
    })
    const add = (q: PlanDocument) =>
      addGoal(q, { teamId: fixture.analytics.id, text: 'One more', status: 'todo' })
    expect(await runCommand(add(openDoc()))).toMatchObject({ ok: true })
    expect(openDoc().goals).toHaveLength(50_000)
    const full = openDoc()
    const stored = await snapshot(fixture.db)
    const history = useCommandHistory.getState()

    const result = await runCommand(add(openDoc()))

    expect(result).toMatchObject({
      ok: false,
      error: { message: 'A quarter holds at most 50,000 goals, and this one would hold 50,001.' },
    })
    expect(openDoc()).toBe(full)
    expect(await snapshot(fixture.db)).toEqual(stored)
    expect(useCommandHistory.getState()).toBe(history)
    // An edit does not grow it: it is not refused for size.
    expect(
      await runCommand(updateGoal(openDoc(), full.goals.at(-1)!.id, { note: 'Still here' })),
    ).toMatchObject({ ok: true })
  })

  it('tells how far its write has come when asked, to the end once it is stored', async () => {
    const fixture = await planFixture()
    const doc = openDoc()
    const goals = rankedGoals(fixture, 250, 'told')
    const heard: number[] = []
    const result = await runCommand(saveDocuments('Load', [{ ...doc, goals }], [doc]), {
      onWriteProgress: (fraction) => heard.push(fraction),
    })
    expect(result).toMatchObject({ ok: true })
    expect(heard.length).toBeGreaterThan(3)
    expect([...heard].sort((a, b) => a - b)).toEqual(heard)
    expect(heard.at(-1)).toBe(1)
    await expectMemoryAsStored()
  })

  it('keeps the newest commands for undo and forgets what was undone when a new command runs', async () => {
    const { goals } = await boardFixture()
    await mustPerform((q) => updateGoal(q, goals[0]!.id, { note: 'one' }))
    await mustPerform((q) => updateGoal(q, goals[0]!.id, { note: 'two' }))
    expect(useCommandHistory.getState().undo).toHaveLength(2)

    await undo()
    expect(useCommandHistory.getState().redo).toHaveLength(1)
    await mustPerform((q) => updateGoal(q, goals[0]!.id, { note: 'three' }))

    expect(useCommandHistory.getState().redo).toEqual([])
    expect(await redo()).toEqual({ ok: false, reason: 'empty' })
    expect(useCommandHistory.getState().undo).toHaveLength(2)
  })

  it('undoes the newest command first, once; a command by id; nothing when empty', async () => {
    const { goals } = await boardFixture()
    const first = await runCommand(updateGoal(openDoc(), goals[0]!.id, { note: 'first' }))
    await mustPerform((q) => updateGoal(q, goals[2]!.id, { note: 'second' }))
    const noteOf = (i: number) => openDoc().goals.find((g) => g.id === goals[i]!.id)?.note

    expect(await undo()).toMatchObject({ ok: true })
    expect([noteOf(0), noteOf(2)]).toEqual(['first', ''])
    expect(await undo(first.ok ? first.id : -1)).toMatchObject({ ok: true })
    expect(noteOf(0)).toBe('')
    expect(await undo(first.ok ? first.id : -1)).toEqual({ ok: false, reason: 'empty' })
    expect(await undo()).toEqual({ ok: false, reason: 'empty' })
    await expectMemoryAsStored()
  })

  it('takes a burst of undos and redos, each pressed before the last one is written, in turn', async () => {
    const { goals } = await boardFixture()
    const notes = ['one', 'two', 'three', 'four']
    for (const [i, note] of notes.entries()) {
      await mustPerform((q) => updateGoal(q, goals[i]!.id, { note }))
    }
    const noteOf = (i: number) => openDoc().goals.find((g) => g.id === goals[i]!.id)?.note
    const allNotes = () => notes.map((_n, i) => noteOf(i))

    // Four Ctrl+Z then four Ctrl+Shift+Z, none waiting for the store.
    const undos = notes.map(() => undo())
    expect(allNotes()).toEqual(['', '', '', ''])
    const redos = notes.map(() => redo())
    expect(allNotes()).toEqual(notes)

    const results = await Promise.all([...undos, ...redos])
    expect(results.map((r) => r.ok)).toEqual(Array(8).fill(true))
    expect(results.map((r) => (r.ok ? r.label : r.reason))).toEqual(Array(8).fill('Edit goal'))
    expect(useCommandHistory.getState().undo).toHaveLength(4)
    expect(useCommandHistory.getState().redo).toEqual([])
    await expectMemoryAsStored()
  })

  it('puts a command whose write failed back off the undo stack, and keeps what was undone', async () => {
    const { fixture, goals } = await boardFixture()
    await mustPerform((q) => updateGoal(q, goals[0]!.id, { note: 'kept' }))
    await undo()
    expect(useCommandHistory.getState().redo).toHaveLength(1)
    const put = vi.spyOn(fixture.db.goals, 'bulkPut').mockRejectedValueOnce(new Error('disk'))

    const result = await runCommand(updateGoal(openDoc(), goals[1]!.id, { note: 'lost' }))

    put.mockRestore()
    expect(result).toMatchObject({ ok: false })
    expect(useCommandHistory.getState().undo).toEqual([])
    expect(useCommandHistory.getState().redo).toHaveLength(1)
    expect(await redo()).toMatchObject({ ok: true })
    await expectMemoryAsStored()
  })

  it('never undoes over a later change to the same row, and drops that undo', async () => {
    const { fixture, goals } = await boardFixture()
    await mustPerform((q) => moveGoal(q, goals[0]!.id, 'done', null))
    // Another window moved it again; this window has not heard of it yet.
    await fixture.db.goals.update(goals[0]!.id, { status: 'postponed' })
    const before = await snapshot(fixture.db)

    const result = await undo()

    expect(result).toMatchObject({ ok: false, reason: 'failed', label: 'Move goal' })
    expect(result.ok === false && result.reason === 'failed' && result.error).toBeInstanceOf(
      ConflictError,
    )
    expect(await snapshot(fixture.db)).toEqual(before)
    expect(useCommandHistory.getState()).toMatchObject({ undo: [], redo: [] })
    await vi.waitFor(() =>
      expect(openDoc().goals.find((g) => g.id === goals[0]!.id)?.status).toBe('postponed'),
    )
    expect(withoutUpdatedAt(currentMemory())).toEqual(withoutUpdatedAt(await storedMemory()))
  })
})

describe('undo and redo with toasts', () => {
  it('says what was undone and redone, and when there is nothing to do', async () => {
    const { goals } = await boardFixture()
    await undoWithToast()
    await mustPerform((q) => deleteGoal(q, goals[0]!.id))
    await undoWithToast()
    await redoWithToast()
    await redoWithToast()
    expect(useUiStore.getState().toasts.map((t) => [t.message, t.tone])).toEqual([
      ['Nothing to undo.', 'info'],
      ['Delete goal: undone.', 'info'],
      ['Delete goal: done again.', 'info'],
      ['Nothing to redo.', 'info'],
    ])
  })

  it('reports a failed undo as an error toast', async () => {
    const { fixture, goals } = await boardFixture()
    await mustPerform((q) => updateGoal(q, goals[0]!.id, { text: 'Mine' }))
    await fixture.db.goals.update(goals[0]!.id, { text: 'Theirs' })

    await undoWithToast()

    expect(useUiStore.getState().toasts).toMatchObject([
      {
        message:
          'Edit goal: not undone. This goal was changed in another window meanwhile, so nothing was changed here.',
        tone: 'error',
      },
    ])
    const stored = await readQuarter(goals[0]!.planId)
    expect(stored?.goals.find((g) => g.id === goals[0]!.id)?.text).toBe('Theirs')
    await vi.waitFor(() =>
      expect(openDoc().goals.find((g) => g.id === goals[0]!.id)?.text).toBe('Theirs'),
    )
  })
})

describe('a command that left out typed control characters', () => {
  it('says so once it lands, and not again on undo or redo', async () => {
    const fixture = await planFixture()
    const messages = () => useUiStore.getState().toasts.map((toast) => toast.message)
    await mustRun(addGoal(openDoc(), { teamId: fixture.analytics.id, text: 'Ship\0 it' }))
    const said =
      'Left out 1 invisible control character from the goal text (the wiki cannot show them).'
    expect(messages()).toEqual([said])
    expect(openDoc().goals.map((goal) => goal.text)).toContain('Ship it')
    useUiStore.setState({ toasts: [] })
    expect((await undo()).ok).toBe(true)
    expect((await redo()).ok).toBe(true)
    expect(messages()).toEqual([])
  })

  it('says nothing when it was refused', async () => {
    const fixture = await planFixture()
    const command = addGoal(openDoc(), { teamId: fixture.analytics.id, text: 'Late\0' })
    // A change expecting a row memory does not hold (as after another window's edit) is refused.
    const added = command.changes[0] as RowChange
    const result = await runCommand({
      ...command,
      changes: [{ ...added, before: added.after } as RowChange],
    })
    expect(result.ok).toBe(false)
    expect(useUiStore.getState().toasts).toEqual([])
  })
})
