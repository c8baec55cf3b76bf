import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import {
  addGoal,
  createGroup,
  deleteGoal,
  moveGoal,
  readPlanDocument,
  restoreGoal,
  updateGoal,
  ValidationError,
} from '../../../src/renderer/db/repository'
import { addGoals, columnTexts, planFixture, snapshot } from './storeFixture'

afterEach(() => closeStore())

describe('addGoal', () => {
  it('adds a goal at the end of its column with a creation history entry', async () => {
    const fixture = await planFixture()
    await addGoals(fixture, 'in-progress', ['First'])
    const goal = await addGoal({
      planId: fixture.plan.id,
      teamId: fixture.analytics.id,
      groupId: fixture.group.id,
      text: "Port '''Event Logging''' to [[EventGate]]",
      status: 'in-progress',
      tasks: ['T223626', 'T1', 'T223626'],
      note: 'this work continues from Q1',
      stretch: true,
    })

    expect(goal).toMatchObject({
      groupId: fixture.group.id,
      tasks: ['T223626', 'T1'],
      stretch: true,
    })
    expect(await columnTexts(fixture.plan.id, 'in-progress')).toEqual([
      'First',
      "Port '''Event Logging''' to [[EventGate]]",
    ])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.goals.find((g) => g.id === goal.id)).toEqual(goal)
    expect(doc.history.filter((h) => h.goalId === goal.id)).toMatchObject([
      { from: null, to: 'in-progress', at: goal.createdAt },
    ])
  })

  it('defaults to To do, no tasks, no note, not a stretch goal', async () => {
    const fixture = await planFixture()
    const goal = await addGoal({
      planId: fixture.plan.id,
      teamId: fixture.performance.id,
      text: 'Hi',
    })
    expect(goal).toMatchObject({
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
    ['an unknown plan', { planId: 'nope' }, 'That quarter no longer exists.'],
  ])('refuses %s and writes nothing', async (_case, change, message) => {
    const fixture = await planFixture()
    const before = await snapshot(fixture.db)
    const input = {
      planId: fixture.plan.id,
      teamId: fixture.analytics.id,
      text: 'A goal',
      ...change,
    }

    const attempt = addGoal(input)

    await expect(attempt).rejects.toThrow(ValidationError)
    await expect(attempt).rejects.toThrow(message)
    expect(await snapshot(fixture.db)).toEqual(before)
  })

  it("refuses a priority group of another team's section", async () => {
    const fixture = await planFixture()
    const input = {
      planId: fixture.plan.id,
      teamId: fixture.performance.id,
      groupId: fixture.group.id,
      text: 'Misplaced',
    }
    await expect(addGoal(input)).rejects.toThrow('belongs to another team than Performance')
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual([])
  })
})

describe('updateGoal', () => {
  it('edits fields without touching order or history', async () => {
    const fixture = await planFixture()
    const [a, b] = await addGoals(fixture, 'todo', ['A', 'B'])
    const updated = await updateGoal(a!.id, { text: 'A, reworded', tasks: ['T5'], note: 'n' })

    expect(updated).toMatchObject({ text: 'A, reworded', tasks: ['T5'], note: 'n', rank: a!.rank })
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A, reworded', 'B'])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.history.filter((h) => h.goalId === a!.id)).toHaveLength(1)
    expect(doc.goals.find((g) => g.id === b!.id)).toEqual(b)
  })

  it('moves the goal to the end of its new column and records the status change', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
    await addGoals(fixture, 'done', ['X'])

    await updateGoal(a!.id, { status: 'done' })

    expect(await columnTexts(fixture.plan.id, 'done')).toEqual(['X', 'A'])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.history.filter((h) => h.goalId === a!.id).map((h) => [h.from, h.to])).toEqual([
      [null, 'todo'],
      ['todo', 'done'],
    ])
  })

  it("drops the old team's priority group when the team changes", async () => {
    const fixture = await planFixture()
    const goal = await addGoal({
      planId: fixture.plan.id,
      teamId: fixture.analytics.id,
      groupId: fixture.group.id,
      text: 'G',
    })
    const perfGroup = await createGroup(fixture.plan.id, fixture.performance.id, { title: 'Speed' })

    expect(await updateGoal(goal.id, { teamId: fixture.performance.id })).toMatchObject({
      teamId: fixture.performance.id,
      groupId: null,
    })
    expect(await updateGoal(goal.id, { groupId: perfGroup.id })).toMatchObject({
      groupId: perfGroup.id,
    })
  })

  it('refuses bad edits and changes nothing', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const before = await snapshot(fixture.db)

    await expect(updateGoal(a!.id, { text: '' })).rejects.toThrow('Goal text cannot be empty.')
    await expect(updateGoal(a!.id, { tasks: ['T1', '123'] })).rejects.toThrow('"123"')
    await expect(updateGoal(a!.id, { teamId: 'gone' })).rejects.toThrow(ValidationError)
    // A valid status with an invalid text: the status must not change either.
    await expect(updateGoal(a!.id, { status: 'done', text: ' ' })).rejects.toThrow(ValidationError)
    await expect(updateGoal('gone', { text: 'x' })).rejects.toThrow('That goal no longer exists.')

    expect(await snapshot(fixture.db)).toEqual(before)
  })
})

describe('deleteGoal and restoreGoal', () => {
  it('deletes a goal with its history, and Undo brings back exactly the same goal in the same place', async () => {
    const fixture = await planFixture()
    const [, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    await moveGoal(b!.id, 'blocked', null)
    await moveGoal(b!.id, 'todo', c!.id)
    const before = await snapshot(fixture.db)

    const deleted = await deleteGoal(b!.id)

    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A', 'C'])
    const afterDelete = await readPlanDocument(fixture.plan.id)
    expect(afterDelete.history.some((h) => h.goalId === b!.id)).toBe(false)
    expect(deleted.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'todo'],
      ['todo', 'blocked'],
      ['blocked', 'todo'],
    ])

    await restoreGoal(deleted)

    expect(await snapshot(fixture.db)).toEqual(before)
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A', 'B', 'C'])
  })

  it('ignores a second Undo of the same delete', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    const deleted = await deleteGoal(a!.id)
    await restoreGoal(deleted)
    const edited = await updateGoal(a!.id, { text: 'A, edited after undo' })

    await restoreGoal(deleted)

    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.goals).toEqual([edited])
  })

  it('refuses to delete a goal that is already gone', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A'])
    await deleteGoal(a!.id)
    await expect(deleteGoal(a!.id)).rejects.toThrow('That goal no longer exists.')
  })
})
