import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import { moveGoal, readPlanDocument, ValidationError } from '../../../src/renderer/db/repository'
import { BOARD_STATUSES, type StatusId } from '../../../src/shared/statuses'
import { addGoals, columnTexts, planFixture, recordWrites, snapshot } from './storeFixture'

afterEach(() => closeStore())

describe('moveGoal', () => {
  it('moves a card to another column: writes only that goal and one history entry, in one transaction', async () => {
    const fixture = await planFixture()
    const [a, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    await addGoals(fixture, 'done', ['X', 'Y'])
    const writes = await recordWrites(fixture.db)

    await moveGoal(b!.id, 'done', null)

    expect(writes.map((w) => [w.table, w.type, w.count])).toEqual([
      ['goals', 'put', 1],
      ['history', 'add', 1],
    ])
    expect(writes[0]!.transaction).toBe(writes[1]!.transaction)
    expect(writes[0]!.values[0]).toMatchObject({ id: b!.id, status: 'done' })
    expect(writes[1]!.values[0]).toMatchObject({ goalId: b!.id, from: 'todo', to: 'done' })
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A', 'C'])
    expect(await columnTexts(fixture.plan.id, 'done')).toEqual(['X', 'Y', 'B'])
    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.goals.find((g) => g.id === a!.id)).toEqual(a)
    expect(doc.goals.find((g) => g.id === c!.id)).toEqual(c)
  })

  it('leaves the goal unchanged when the history entry cannot be written', async () => {
    const fixture = await planFixture()
    const [, b] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    const before = await snapshot(fixture.db)
    const failHistory = () => {
      throw new Error('disk full')
    }
    fixture.db.history.hook('creating', failHistory)

    await expect(moveGoal(b!.id, 'blocked', null)).rejects.toThrow('disk full')

    fixture.db.history.hook('creating').unsubscribe(failHistory)
    expect(await snapshot(fixture.db)).toEqual(before)
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual(['A', 'B', 'C'])
  })

  it('reorders within a column: the card lands between the right neighbours, without a history entry', async () => {
    const fixture = await planFixture()
    const [a, b, c, d] = await addGoals(fixture, 'in-progress', ['A', 'B', 'C', 'D'])
    const writes = await recordWrites(fixture.db)

    await moveGoal(d!.id, 'in-progress', b!.id)
    expect(await columnTexts(fixture.plan.id, 'in-progress')).toEqual(['A', 'D', 'B', 'C'])
    await moveGoal(a!.id, 'in-progress', c!.id)
    expect(await columnTexts(fixture.plan.id, 'in-progress')).toEqual(['D', 'B', 'A', 'C'])
    await moveGoal(c!.id, 'in-progress', d!.id)
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

    await moveGoal(a!.id, 'postponed', null)
    expect(await columnTexts(fixture.plan.id, 'postponed')).toEqual(['A'])
    await moveGoal(b!.id, 'done', null)
    expect(await columnTexts(fixture.plan.id, 'done')).toEqual(['X', 'B'])
    expect(await columnTexts(fixture.plan.id, 'todo')).toEqual([])

    const doc = await readPlanDocument(fixture.plan.id)
    expect(doc.history.filter((h) => h.goalId === a!.id).map((h) => [h.from, h.to])).toEqual([
      [null, 'todo'],
      ['todo', 'postponed'],
    ])
  })

  it('writes nothing when the card is dropped where it already is', async () => {
    const fixture = await planFixture()
    const [a, b, c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    const writes = await recordWrites(fixture.db)

    await moveGoal(a!.id, 'todo', b!.id)
    await moveGoal(c!.id, 'todo', null)
    await moveGoal(b!.id, 'todo', b!.id)

    expect(writes).toEqual([])
  })

  it('refuses an unknown goal, status or neighbour and changes nothing', async () => {
    const fixture = await planFixture()
    const [a] = await addGoals(fixture, 'todo', ['A', 'B'])
    const [x] = await addGoals(fixture, 'done', ['X'])
    const before = await snapshot(fixture.db)

    await expect(moveGoal('no-such-goal', 'done', null)).rejects.toThrow(ValidationError)
    await expect(moveGoal(a!.id, 'doing' as StatusId, null)).rejects.toThrow('Unknown status')
    // The neighbour is in Done, not in Blocked: a stale drop target.
    await expect(moveGoal(a!.id, 'blocked', x!.id)).rejects.toThrow(ValidationError)

    expect(await snapshot(fixture.db)).toEqual(before)
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

      await moveGoal(idByText.get(text)!, to, before === null ? null : idByText.get(before)!)
    }

    for (const status of BOARD_STATUSES) {
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
  })
})
