import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import { ValidationError } from '../../../../src/renderer/db/errors'
import { readPlanDocument } from '../../../../src/renderer/db/reads'
import {
  addGoal,
  deleteGoal,
  moveGoal,
  restoreGoal,
  updateGoal,
} from '../../../../src/renderer/commands/goalCommands'
import { perform } from '../../../../src/renderer/commands/perform'
import { undo } from '../../../../src/renderer/commands/runCommand'
import { useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
import type { Goal } from '../../../../src/shared/model'
import { BOARD_STATUSES, type StatusId } from '../../../../src/shared/statuses'
import {
  addGoals,
  addGroup,
  columnTexts,
  expectMemoryAsStored,
  memoryColumn,
  mustPerform,
  mustRun,
  openDoc,
  planFixture,
  recordWrites,
  snapshot,
} from '../db/storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
})

const goalIn = (id: string): Goal | undefined => openDoc().goals.find((goal) => goal.id === id)

describe('addGoal', () => {
  it('adds a goal at the end of its column with a creation history entry', async () => {
    const fixture = await planFixture()
    await addGoals(fixture, 'in-progress', ['First'])
    const command = addGoal(openDoc(), {
      teamId: fixture.analytics.id,
      groupId: fixture.group.id,
      text: "Port '''Event Logging''' to [[EventGate]]",
      status: 'in-progress',
      tasks: ['T223626', 'T1', 'T223626'],
      note: 'this work continues from Q1',
      stretch: true,
    })
    await mustRun(command)
    const goal = command.changes[0]!.after as Goal

    expect(command.label).toBe('Add goal')
    expect(goal).toMatchObject({
      groupId: fixture.group.id,
      tasks: ['T223626', 'T1'],
      stretch: true,
    })
    expect(memoryColumn('in-progress')).toEqual([
      'First',
      "Port '''Event Logging''' to [[EventGate]]",
    ])
    expect(await columnTexts(fixture.plan.id, 'in-progress')).toEqual(memoryColumn('in-progress'))
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.goals.find((g) => g.id === goal.id)).toEqual(goal)
    expect(doc.history.filter((h) => h.goalId === goal.id)).toMatchObject([
      { from: null, to: 'in-progress', at: goal.createdAt },
    ])
    await expectMemoryAsStored()
  })

  it('defaults to To do, no tasks, no note, not a stretch goal', async () => {
    const fixture = await planFixture()
    const command = addGoal(openDoc(), { teamId: fixture.performance.id, text: 'Hi' })
    expect(command.changes[0]!.after).toMatchObject({
      status: 'todo',
      tasks: [],
      note: '',
      stretch: false,
      groupId: null,
      carriedOverFrom: null,
    })
  })

  it.each([
    ['empty text', { text: '   ' }, 'Goal text cannot be empty.'],
    ['a malformed task id', { tasks: ['T12', 'task 5'] }, 'Not a Phabricator task id: "task 5"'],
    ['an unknown team', { teamId: 'nope' }, 'That team does not exist in this quarter'],
    ['an unknown group', { groupId: 'nope' }, 'That priority group does not exist'],
  ])('refuses %s and changes nothing', async (_case, change, message) => {
    const fixture = await planFixture()
    const before = await snapshot(fixture.db)
    const memory = openDoc()

    const result = await perform((quarter) =>
      addGoal(quarter, { teamId: fixture.analytics.id, text: 'A goal', ...change }),
    )

    expect(result).toMatchObject({ ok: false })
    const error = result && !result.ok ? result.error : null
    expect(error).toBeInstanceOf(ValidationError)
    expect(error?.message).toContain(message)
    expect(openDoc()).toBe(memory)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it("refuses a priority group of another team's section", async () => {
    const fixture = await planFixture()
    expect(() =>
      addGoal(openDoc(), {
        teamId: fixture.performance.id,
        groupId: fixture.group.id,
        text: 'Misplaced',
      }),
    ).toThrow('belongs to another team than Performance')
  })

  it('says so when no quarter is open', async () => {
    const fixture = await planFixture()
    useQuarterStore.setState({ quarter: null })
    const result = await perform((quarter) =>
      addGoal(quarter, { teamId: fixture.analytics.id, text: 'A' }),
    )
    expect(result).toMatchObject({ ok: false, error: { message: 'No quarter is open.' } })
  })
})

describe('updateGoal', () => {
  it('edits fields without touching order or history', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    await mustPerform((q) =>
      updateGoal(q, a!.id, { text: 'A, reworded', tasks: ['T5'], note: 'n' }),
    )

    expect(goalIn(a!.id)).toMatchObject({
      text: 'A, reworded',
      tasks: ['T5'],
      note: 'n',
      rank: a!.rank,
    })
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A, reworded', 'B'])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.history.filter((h) => h.goalId === a!.id)).toHaveLength(1)
    expect(doc.goals.find((g) => g.id === b!.id)).toEqual(b)
    expect(goalIn(b!.id)).toBe(b)
    await expectMemoryAsStored()
  })

  it('moves the goal to the end of its new column and records the status change', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
    await addGoals(fixture, 'done', ['X'])

    await mustPerform((q) => updateGoal(q, a!.id, { status: 'done' }))

    expect(memoryColumn('done')).toEqual(['X', 'A'])
    expect(await columnTexts(fixture.plan.id, 'done')).toEqual(['X', 'A'])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.history.filter((h) => h.goalId === a!.id).map((h) => [h.from, h.to])).toEqual([
      [null, 'todo'],
      ['todo', 'done'],
    ])
    await expectMemoryAsStored()
  })

  it("drops the old team's priority group when the team changes", async () => {
    const fixture = await planFixture()
    const [goal] = await addGoals(fixture, 'todo', ['G'], { groupId: fixture.group.id })
    const perfGroup = await addGroup(fixture.performance.id, { title: 'Speed' })

    await mustPerform((q) => updateGoal(q, goal!.id, { teamId: fixture.performance.id }))
    expect(goalIn(goal!.id)).toMatchObject({ teamId: fixture.performance.id, groupId: null })
    await mustPerform((q) => updateGoal(q, goal!.id, { groupId: perfGroup.id }))
    expect(goalIn(goal!.id)).toMatchObject({ groupId: perfGroup.id })
    await expectMemoryAsStored()
  })

  it('refuses bad edits and changes nothing', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const before = await snapshot(fixture.db)
    const q = openDoc()

    expect(() => updateGoal(q, a!.id, { text: '' })).toThrow('Goal text cannot be empty.')
    expect(() => updateGoal(q, a!.id, { tasks: ['T1', '123'] })).toThrow('"123"')
    expect(() => updateGoal(q, a!.id, { teamId: 'gone' })).toThrow(ValidationError)
    // A valid status with an invalid text: the status must not change either.
    expect(() => updateGoal(q, a!.id, { status: 'done', text: ' ' })).toThrow(ValidationError)
    expect(() => updateGoal(q, 'gone', { text: 'x' })).toThrow('That goal no longer exists.')

    expect(openDoc()).toBe(q)
    expect(await snapshot(fixture.db)).toEqual(before)
  })
})

describe('moveGoal', () => {
  it('moves a card to another column: writes only that goal and one history entry, in one transaction', async () => {
    const fixture = await planFixture()
    const [a, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    await addGoals(fixture, 'done', ['X', 'Y'])
    const writes = await recordWrites(fixture.db)

    await mustPerform((q) => moveGoal(q, b!.id, 'done', null))

    expect(writes.map((w) => [w.table, w.type, w.count])).toEqual([
      ['goals', 'put', 1],
      ['history', 'add', 1],
    ])
    expect(writes[0]!.transaction).toBe(writes[1]!.transaction)
    expect(writes[0]!.values[0]).toMatchObject({ id: b!.id, status: 'done' })
    expect(writes[1]!.values[0]).toMatchObject({ goalId: b!.id, from: 'todo', to: 'done' })
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A', 'C'])
    expect(await columnTexts(fixture.plan.id, 'done')).toEqual(['X', 'Y', 'B'])
    expect(memoryColumn('done')).toEqual(['X', 'Y', 'B'])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.goals.find((g) => g.id === a!.id)).toEqual(a)
    expect(doc.goals.find((g) => g.id === c!.id)).toEqual(c)
    // The goals the move did not touch are the very objects memory had.
    expect(goalIn(a!.id)).toBe(a)
    expect(goalIn(c!.id)).toBe(c)
  })

  it('reorders within a column: the card lands between the right neighbours, without a history entry', async () => {
    const fixture = await planFixture()
    const [a, b, c, d] = await addGoals(fixture, 'in-progress', ['A', 'B', 'C', 'D'])
    const writes = await recordWrites(fixture.db)

    await mustPerform((q) => moveGoal(q, d!.id, 'in-progress', b!.id))
    expect(memoryColumn('in-progress')).toEqual(['A', 'D', 'B', 'C'])
    await mustPerform((q) => moveGoal(q, a!.id, 'in-progress', c!.id))
    expect(memoryColumn('in-progress')).toEqual(['D', 'B', 'A', 'C'])
    await mustPerform((q) => moveGoal(q, c!.id, 'in-progress', d!.id))
    expect(memoryColumn('in-progress')).toEqual(['C', 'D', 'B', 'A'])
    expect(await columnTexts(fixture.plan.id, 'in-progress')).toEqual(['C', 'D', 'B', 'A'])

    expect(writes.map((w) => [w.table, w.type, w.count])).toEqual([
      ['goals', 'put', 1],
      ['goals', 'put', 1],
      ['goals', 'put', 1],
    ])
  })

  it('moves to an empty column and to the end of a column', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    await addGoals(fixture, 'done', ['X'])

    await mustPerform((q) => moveGoal(q, a!.id, 'postponed', null))
    expect(memoryColumn('postponed')).toEqual(['A'])
    await mustPerform((q) => moveGoal(q, b!.id, 'done', null))
    expect(memoryColumn('done')).toEqual(['X', 'B'])
    expect(memoryColumn('todo')).toEqual([])

    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.history.filter((h) => h.goalId === a!.id).map((h) => [h.from, h.to])).toEqual([
      [null, 'todo'],
      ['todo', 'postponed'],
    ])
    await expectMemoryAsStored()
  })

  it('is no command when the card is dropped where it already is', async () => {
    const fixture = await planFixture()
    const [a, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    const writes = await recordWrites(fixture.db)
    const q = openDoc()

    expect(moveGoal(q, a!.id, 'todo', b!.id)).toBeNull()
    expect(moveGoal(q, c!.id, 'todo', null)).toBeNull()
    expect(moveGoal(q, b!.id, 'todo', b!.id)).toBeNull()
    expect(await perform((quarter) => moveGoal(quarter, a!.id, 'todo', b!.id))).toBeNull()

    expect(writes).toEqual([])
  })

  it('refuses an unknown goal, status or neighbour and changes nothing', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
    const [x] = await addGoals(fixture, 'done', ['X'])
    const before = await snapshot(fixture.db)
    const q = openDoc()

    expect(() => moveGoal(q, 'no-such-goal', 'done', null)).toThrow(ValidationError)
    expect(() => moveGoal(q, a!.id, 'doing' as StatusId, null)).toThrow('Unknown status')
    // The neighbour is in Done, not in Blocked: a stale drop target.
    expect(() => moveGoal(q, a!.id, 'blocked', x!.id)).toThrow(
      'The card it was dropped next to has moved. Try again.',
    )

    expect(openDoc()).toBe(q)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it('goes just after the previous card when imported ranks tie', async () => {
    const fixture = await planFixture()
    const [a, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    const q = openDoc()
    const tied = {
      ...q,
      goals: q.goals.map((goal) => (goal.id === b!.id ? { ...goal, rank: a!.rank } : goal)),
    }
    const command = moveGoal(tied, c!.id, 'todo', b!.id)
    const moved = command?.changes[0]?.after as Goal
    expect(moved.rank > a!.rank).toBe(true)
  })

  it('keeps every column in the order of the moves over many random moves', async () => {
    const fixture = await planFixture()
    const texts = Array.from({ length: 12 }, (_, i) => `G${i}`)
    const goals = await addGoals(fixture, 'todo', texts)
    const idByText = new Map(goals.map((g) => [g.text, g.id]))
    const model = new Map<StatusId, string[]>(BOARD_STATUSES.map((s) => [s, []]))
    model.set('todo', [...texts])
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }

    for (let step = 0; step < 150; step++) {
      const text = texts[random(texts.length)]!
      const to = BOARD_STATUSES[random(BOARD_STATUSES.length)]!
      for (const column of model.values()) {
        const index = column.indexOf(text)
        if (index >= 0) column.splice(index, 1)
      }
      const destination = model.get(to)!
      const position = random(destination.length + 1)
      const before = destination[position] ?? null
      destination.splice(position, 0, text)

      await mustPerform((q) =>
        moveGoal(q, idByText.get(text)!, to, before === null ? null : idByText.get(before)!),
      )
    }

    for (const status of BOARD_STATUSES) {
      expect(memoryColumn(status)).toEqual(model.get(status))
      expect(await columnTexts(fixture.plan.id, status)).toEqual(model.get(status))
    }
    const doc = await readPlanDocument(fixture.plan.id)
    for (const goal of doc.goals) {
      const entries = doc.history.filter((h) => h.goalId === goal.id)
      // The history chains from creation to the goal's current status.
      expect(entries[0]!.from).toBeNull()
      entries.slice(1).forEach((entry, i) => expect(entry.from).toBe(entries[i]!.to))
      expect(entries.at(-1)!.to).toBe(goal.status)
    }
    await expectMemoryAsStored()
  })
})

describe('deleteGoal and restoreGoal', () => {
  it('deletes a goal with its history, and Undo brings back exactly the same goal in the same place', async () => {
    const fixture = await planFixture()
    const [, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    await mustPerform((q) => moveGoal(q, b!.id, 'blocked', null))
    await mustPerform((q) => moveGoal(q, b!.id, 'todo', c!.id))
    const before = await snapshot(fixture.db)
    const deleted = goalIn(b!.id)!

    await mustPerform((q) => deleteGoal(q, b!.id))

    expect(memoryColumn('todo')).toEqual(['A', 'C'])
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A', 'C'])
    const afterDelete = await readPlanDocument(fixture.plan.id)
    expect(afterDelete.history.some((h) => h.goalId === b!.id)).toBe(false)
    expect(openDoc().history.some((h) => h.goalId === b!.id)).toBe(false)

    expect(await undo()).toEqual({ ok: true, label: 'Delete goal' })

    expect(await snapshot(fixture.db)).toEqual(before)
    expect(memoryColumn('todo')).toEqual(['A', 'B', 'C'])
    expect(goalIn(b!.id)).toEqual(deleted)
    expect(
      openDoc()
        .history.filter((h) => h.goalId === b!.id)
        .map((h) => [h.from, h.to]),
    ).toEqual([
      [null, 'todo'],
      ['todo', 'blocked'],
      ['blocked', 'todo'],
    ])
    await expectMemoryAsStored()
  })

  it('restores a goal deleted elsewhere under its id and rank, without a group that is gone', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'], { groupId: fixture.group.id })
    await mustPerform((q) => deleteGoal(q, a!.id))

    await mustPerform((q) => restoreGoal(q, { ...a!, groupId: 'gone-group' }))

    expect(memoryColumn('todo')).toEqual(['A', 'B'])
    expect(goalIn(a!.id)).toMatchObject({ id: a!.id, rank: a!.rank, groupId: null })
    expect(goalIn(b!.id)).toBe(b)
    expect(() => restoreGoal(openDoc(), a!)).toThrow('That goal is already back.')
    await expectMemoryAsStored()
  })

  it('refuses to delete a goal that is already gone', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    await mustPerform((q) => deleteGoal(q, a!.id))
    expect(() => deleteGoal(openDoc(), a!.id)).toThrow('That goal no longer exists.')
  })
})
