import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import { addGoal, createPlan, createTeam, moveGoal } from '../../../src/renderer/db/repository'
import {
  releaseStartupPart,
  startStartupRead,
  startupRows,
  subscribeStartupRows,
} from '../../../src/renderer/db/startupRead'
import { newId } from '../../../src/shared/ids'
import { addGoals, openStoreName, planFixture } from './storeFixture'

afterEach(() => {
  for (const part of ['plans', 'teams', 'groups', 'goals'] as const) releaseStartupPart(part)
  closeStore()
})

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '')
}

describe('the startup read', () => {
  it('reads every quarter, the remembered quarter’s teams and groups, and the first goals and count of each column', async () => {
    const fixture = await planFixture()
    const older = await createPlan({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 1,
    })
    const [a, , c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
    // Ranks, not insertion order, decide: C moves to the top.
    await moveGoal(c!.id, 'todo', a!.id)
    await addGoals(fixture, 'done', ['D'])
    // More than a window's worth: only the first ones are read, all are counted.
    const many = Array.from({ length: 80 }, (_, i) => `Blocked ${String(i).padStart(2, '0')}`)
    await addGoals(fixture, 'blocked', many)
    await addGoals(fixture, 'in-progress', ['E'])
    // Another quarter's goals are not read.
    const olderTeam = await createTeam(older.id, { name: 'Analytics' })
    await addGoal({ planId: older.id, teamId: olderTeam.id, text: 'Q1 goal', status: 'todo' })
    const name = openStoreName()
    closeStore()

    let notified = 0
    const unsubscribe = subscribeStartupRows(() => notified++)
    await startStartupRead(name, fixture.plan.id)
    unsubscribe()

    const rows = startupRows()
    expect(notified).toBe(1)
    expect(rows?.planId).toBe(fixture.plan.id)
    expect(rows?.plans?.map((plan) => plan.id)).toEqual([fixture.plan.id, older.id])
    expect(rows?.teams?.map((team) => team.name)).toEqual(['Analytics', 'Performance'])
    expect(rows?.groups?.map((group) => group.title)).toEqual(['Modern Event Platform'])
    const first = rows?.goals
    expect(first?.counts).toEqual({ todo: 3, 'in-progress': 1, done: 1, blocked: 80 })
    const texts = first?.goals.map((goal) => goal.text) ?? []
    // Column by column in status order, each in board order.
    expect(texts.slice(0, 5)).toEqual(['C', 'A', 'B', 'E', 'D'])
    const blocked = texts.slice(5)
    // No window in Node: a 1080 px window, ceil((1080 - 128) / 64) = 15 cards.
    expect(blocked).toEqual(many.slice(0, 15))
  })

  it('drops each part once its live query has it, and all of it at the end', async () => {
    const fixture = await planFixture()
    const name = openStoreName()
    closeStore()
    await startStartupRead(name, fixture.plan.id)

    releaseStartupPart('goals')
    expect(startupRows()?.goals).toBeNull()
    expect(startupRows()?.teams).toHaveLength(2)
    releaseStartupPart('plans')
    releaseStartupPart('teams')
    releaseStartupPart('groups')
    expect(startupRows()).toBeNull()
  })

  it('finds nothing for a quarter that is not there', async () => {
    const fixture = await planFixture()
    const name = openStoreName()
    closeStore()
    await startStartupRead(name, `not-${fixture.plan.id}`)
    expect(startupRows()).toBeNull()
  })

  it('does not create a database that does not exist', async () => {
    const name = `quarterdeck-test-${newId()}`
    await startStartupRead(name, 'p1')
    expect(startupRows()).toBeNull()
    expect(await databaseNames()).not.toContain(name)
  })

  it('does not read a database written by a newer schema, and leaves it as it was', async () => {
    const name = `quarterdeck-test-${newId()}`
    const future = new Dexie(name)
    future
      .version(2)
      .stores({ plans: 'id', teams: 'id, planId', groups: 'id, planId', goals: 'id, planId' })
    await future.table('plans').add({ id: 'p1', department: 'Future' })
    future.close()

    await startStartupRead(name, 'p1')

    expect(startupRows()).toBeNull()
    const after = new Dexie(name)
    await after.open()
    expect(after.verno).toBe(2)
    expect(await after.table('plans').toArray()).toEqual([{ id: 'p1', department: 'Future' }])
    after.close()
  })
})
