/**
 * The first screen's key: the snapshot is painted only when the key of what
 * the startup read finds equals the key stored with it, so the key must come
 * out the same from the live rows and from the store, and change with
 * anything the first screen shows.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import {
  createPlan,
  createTeam,
  moveGoal,
  readPlanDocument,
  updateGoal,
} from '../../../src/renderer/db/repository'
import {
  firstCardsPerColumn,
  releaseStartupPart,
  startStartupRead,
  startupRows,
} from '../../../src/renderer/db/startupRead'
import { firstScreenKey, type FirstScreenRows } from '../../../src/renderer/snapshot/firstScreenKey'
import { firstScreenOf } from '../../../src/renderer/snapshot/firstScreenOf'
import { addGoals, openStoreName, planFixture, type Fixture } from '../db/storeFixture'

afterEach(() => {
  for (const part of ['plans', 'teams', 'groups', 'goals'] as const) releaseStartupPart(part)
  closeStore()
})

/** The key of what the startup read finds for the fixture's quarter now. */
async function keyInStore(fixture: Fixture): Promise<string> {
  const name = openStoreName()
  for (const part of ['plans', 'teams', 'groups', 'goals'] as const) releaseStartupPart(part)
  await startStartupRead(name, fixture.plan.id)
  const rows = startupRows()
  if (!rows?.plans || !rows.teams || !rows.groups || !rows.goals) throw new Error('nothing read')
  const { plans, planId, teams, groups, goals } = rows
  return firstScreenKey({ plans, planId, teams, groups, goals })
}

/** The key of the live rows (what the board shows), computed from every row of the quarter. */
async function keyOfLiveRows(fixture: Fixture): Promise<string> {
  const document = await readPlanDocument(fixture.plan.id)
  const plans = await fixture.db.plans.toArray()
  return firstScreenKey(
    firstScreenOf(
      {
        plans,
        planId: fixture.plan.id,
        teams: document.teams,
        groups: document.groups,
        goals: document.goals,
      },
      firstCardsPerColumn(),
    ),
  )
}

async function busyQuarter(): Promise<Fixture> {
  const fixture = await planFixture()
  await createPlan({ department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 1 })
  const [a, , c] = await addGoals(fixture, 'todo', ['A', 'B', 'C'])
  await moveGoal(c!.id, 'todo', a!.id)
  await addGoals(fixture, 'done', ['D'])
  // More than a first screen: only the first ones count, and how many there are.
  await addGoals(
    fixture,
    'blocked',
    Array.from({ length: 40 }, (_, i) => `Blocked ${i}`),
  )
  return fixture
}

describe('the first screen’s key', () => {
  it('is the same from the live rows as from the startup read', async () => {
    const fixture = await busyQuarter()
    expect(await keyOfLiveRows(fixture)).toBe(await keyInStore(fixture))
  })

  it('changes with each thing the first screen shows', async () => {
    const fixture = await busyQuarter()
    const keys = [await keyInStore(fixture)]
    const changes: Array<[string, () => Promise<unknown>]> = [
      [
        'a first card’s text',
        async () => {
          const [first] = (await fixture.db.goals.toArray()).filter((g) => g.text === 'A')
          await updateGoal(first!.id, { text: 'A, reworded' })
        },
      ],
      [
        'a card moved to another column',
        async () => {
          const [d] = (await fixture.db.goals.toArray()).filter((g) => g.text === 'D')
          await moveGoal(d!.id, 'in-progress', null)
        },
      ],
      [
        'a goal added below the first screen (the count)',
        () => addGoals(fixture, 'blocked', ['Blocked, last']),
      ],
      ['a new team', () => createTeam(fixture.plan.id, { name: 'Release Engineering' })],
      [
        'a new quarter',
        () => createPlan({ department: 'Wikimedia Technology', fiscalYear: 2020, quarter: 1 }),
      ],
    ]
    for (const [what, change] of changes) {
      await change()
      const key = await keyInStore(fixture)
      expect(keys, what).not.toContain(key)
      expect(await keyOfLiveRows(fixture), what).toBe(key)
      keys.push(key)
    }
  })

  it('does not change with a goal below the first screen, which it does not show', async () => {
    const fixture = await busyQuarter()
    const before = await keyInStore(fixture)
    const last = (await fixture.db.goals.toArray()).find((g) => g.text === 'Blocked 39')
    await updateGoal(last!.id, { note: 'seen only after scrolling' })
    expect(await keyInStore(fixture)).toBe(before)
  })

  it('tells apart rows that differ only in what they are', () => {
    const rows: FirstScreenRows = {
      plans: [],
      planId: 'p',
      teams: [],
      groups: [],
      goals: { goals: [], counts: { todo: 1 } },
    }
    expect(firstScreenKey(rows)).not.toBe(
      firstScreenKey({ ...rows, goals: { goals: [], counts: { done: 1 } } }),
    )
    expect(firstScreenKey(rows)).toBe(firstScreenKey({ ...rows }))
  })
})
