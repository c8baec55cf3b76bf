import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import {
  applyToMemory,
  applyToMemoryInTurns,
  quarterCreatedBy,
  reconcile,
  reconcileInTurns,
  type Memory,
} from '../../../../src/renderer/commands/applyToQuarter'
import { invertChanges, sameValue, type RowChange } from '../../../../src/renderer/commands/changes'
import type { Goal, Plan, PlanDocument, Team } from '../../../../src/shared/model'
import { createPlan } from '../../../../src/shared/plan'
import { byRank } from '../../../../src/renderer/db/rowOrder'

const plan: Plan = createPlan({ department: 'Tech', fiscalYear: 2019, quarter: 2 }, 'p1', 1)
const older: Plan = createPlan({ department: 'Tech', fiscalYear: 2019, quarter: 1 }, 'p0', 1)
const team: Team = {
  id: 't1',
  planId: 'p1',
  name: 'Analytics',
  managerLabel: 'Team Manager',
  managers: [],
  parentId: null,
  dependencies: '',
  rank: 'm',
}

function goal(id: string, rank: string, fields: Partial<Goal> = {}): Goal {
  return {
    id,
    planId: 'p1',
    teamId: 't1',
    groupId: null,
    text: id.toUpperCase(),
    status: 'todo',
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  }
}

const a = goal('a', 'b')
const b = goal('b', 'm')
const c = goal('c', 't')

function memory(): Memory {
  const quarter: PlanDocument = {
    plan,
    teams: [team],
    groups: [],
    goals: [a, b, c],
    history: [{ id: 'h1', planId: 'p1', goalId: 'a', from: null, to: 'todo', at: 5 }],
    updates: [],
  }
  return { plans: [plan, older], quarter }
}

/** A deep copy, as a fresh read of the store gives. */
const copy = <T>(value: T): T => structuredClone(value)

describe('applyToMemory', () => {
  it('changes only the rows and tables the changes touch, keeping rank order', () => {
    const before = memory()
    const moved = { ...a, rank: 'x' }
    const after = applyToMemory(before, [{ table: 'goals', id: 'a', before: a, after: moved }])

    expect(after.quarter!.goals).toEqual([b, c, moved])
    expect(after.quarter!.goals[0]).toBe(b)
    expect(after.quarter!.goals[1]).toBe(c)
    expect(after.quarter!.teams).toBe(before.quarter!.teams)
    expect(after.quarter!.history).toBe(before.quarter!.history)
    expect(after.plans).toBe(before.plans)
    // The memory given is left as it was.
    expect(before.quarter!.goals).toEqual([a, b, c])
  })

  it('adds and deletes rows, and keeps history oldest first', () => {
    const d = goal('d', 'c')
    const changes: RowChange[] = [
      { table: 'goals', id: 'd', before: null, after: d },
      { table: 'goals', id: 'b', before: b, after: null },
      {
        table: 'history',
        id: 'h0',
        before: null,
        after: { id: 'h0', planId: 'p1', goalId: 'd', from: null, to: 'todo', at: 2 },
      },
    ]
    const after = applyToMemory(memory(), changes)
    expect(after.quarter!.goals.map((g) => g.id)).toEqual(['a', 'd', 'c'])
    expect(after.quarter!.history.map((h) => h.id)).toEqual(['h0', 'h1'])
  })

  it('leaves rows of quarters that are not open out of the open quarter', () => {
    const before = memory()
    const elsewhere = goal('z', 'a', { planId: 'p0' })
    const after = applyToMemory(before, [
      { table: 'goals', id: 'z', before: null, after: elsewhere },
    ])
    expect(after.quarter).toEqual(before.quarter)
    expect(after.quarter!.goals).toBe(before.quarter!.goals)
  })

  it('keeps the quarters newest first, and the open quarter’s plan with them', () => {
    const before = memory()
    const newer = createPlan({ department: 'Tech', fiscalYear: 2020, quarter: 1 }, 'p2', 1)
    const renamed = { ...plan, intro: 'New intro' }
    const after = applyToMemory(before, [
      { table: 'plans', id: 'p2', before: null, after: newer },
      { table: 'plans', id: 'p1', before: plan, after: renamed },
    ])
    expect(after.plans.map((p) => p.id)).toEqual(['p2', 'p1', 'p0'])
    expect(after.quarter!.plan).toEqual(renamed)
    expect(after.quarter!.goals).toBe(before.quarter!.goals)
  })

  it('puts each changed goal where sorting the whole table would (property)', () => {
    const rank = fc.stringMatching(/^[a-z]{1,3}$/)
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')
    const change = fc.record({ id, rank, remove: fc.boolean() })
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(id, rank), { selector: ([i]) => i }),
        fc.array(change),
        (rows, edits) => {
          const goals = rows.map(([i, r]) => goal(i, r)).sort(byRank)
          const start: Memory = { plans: [plan], quarter: { ...memory().quarter!, goals } }
          // Each edit adds, moves or deletes one goal, as commands do, one after another.
          let current = start
          for (const edit of edits) {
            const before = current.quarter!.goals.find((g) => g.id === edit.id) ?? null
            const after = edit.remove
              ? null
              : { ...(before ?? goal(edit.id, edit.rank)), rank: edit.rank }
            if (!before && !after) continue
            const byId = new Map(current.quarter!.goals.map((g) => [g.id, g]))
            if (after) byId.set(edit.id, after)
            else byId.delete(edit.id)
            const sorted = [...byId.values()].sort(byRank)
            current = applyToMemory(current, [{ table: 'goals', id: edit.id, before, after }])
            expect(current.quarter!.goals).toEqual(sorted)
          }
        },
      ),
      { seed: 13, numRuns: 300 },
    )
  })

  it('applies a command of many changes (a merge) as it would apply them one at a time, at once and in turns of any size (property)', async () => {
    // Ranks from few letters, so that many goals share one and their order among equals shows.
    const rank = fc.stringMatching(/^[a-c]{1,2}$/)
    const id = fc.integer({ min: 0, max: 199 }).map((n) => `g${n}`)
    const edit = fc.record({ id, rank, remove: fc.boolean() })
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(id, rank), { selector: ([i]) => i, maxLength: 120 }),
        // A command changes each row once; over 64 changes take the path for many.
        fc.uniqueArray(edit, { selector: (e) => e.id, minLength: 40, maxLength: 160 }),
        fc.integer({ min: 1, max: 300 }),
        async (rows, edits, perTurn) => {
          const goals = rows.map(([i, r]) => goal(i, r)).sort(byRank)
          const start: Memory = { plans: [plan], quarter: { ...memory().quarter!, goals } }
          const changes: RowChange[] = []
          for (const e of edits) {
            const before = goals.find((g) => g.id === e.id) ?? null
            const after = e.remove ? null : { ...(before ?? goal(e.id, e.rank)), rank: e.rank }
            if (before || after) changes.push({ table: 'goals', id: e.id, before, after })
          }
          const oneAtATime = changes.reduce((m, change) => applyToMemory(m, [change]), start)
          expect(applyToMemory(start, changes).quarter!.goals).toEqual(oneAtATime.quarter!.goals)
          const inTurns = await applyToMemoryInTurns(start, changes, () => true, perTurn)
          expect(inTurns!.quarter!.goals).toEqual(oneAtATime.quarter!.goals)
          // Untouched goals keep their objects, so React redraws nothing for them.
          const touched = new Set(changes.map((change) => change.id))
          for (const kept of inTurns!.quarter!.goals.filter((g) => !touched.has(g.id))) {
            expect(goals).toContain(kept)
          }
        },
      ),
      { seed: 18, numRuns: 150 },
    )
  })

  it('gives up a long application in turns when it is no longer wanted, and gives it up between turns only', async () => {
    const goals = Array.from({ length: 1_000 }, (_, k) => goal(`g${k}`, `r${k}`)).sort(byRank)
    const start: Memory = { plans: [plan], quarter: { ...memory().quarter!, goals } }
    const changes: RowChange[] = goals.map((g) => ({
      table: 'goals',
      id: g.id,
      before: g,
      after: { ...g, note: 'Merged' },
    }))
    let asked = 0
    expect(await applyToMemoryInTurns(start, changes, () => ++asked < 3, 100)).toBeNull()
    expect(asked).toBe(3)
    asked = 0
    const whole = await applyToMemoryInTurns(start, changes, () => (asked++, true), 100)
    expect(whole!.quarter!.goals.every((g) => g.note === 'Merged')).toBe(true)
    // An index of 1,000 rows, 1,000 changes, 1,000 rows kept or not, a sort and a merge: 40 turns or more.
    expect(asked).toBeGreaterThanOrEqual(40)
  })

  it('closes the open quarter when its plan is deleted', () => {
    const after = applyToMemory(memory(), [{ table: 'plans', id: 'p1', before: plan, after: null }])
    expect(after).toEqual({ plans: [older], quarter: null })
  })

  it('is taken back exactly by the inverted changes', () => {
    const before = memory()
    const changes: RowChange[] = [
      { table: 'goals', id: 'a', before: a, after: { ...a, status: 'done', rank: 'z' } },
      { table: 'goals', id: 'c', before: c, after: null },
      { table: 'teams', id: 't2', before: null, after: { ...team, id: 't2', rank: 'n' } },
    ]
    const back = applyToMemory(applyToMemory(before, changes), invertChanges(changes))
    expect(back).toEqual(before)
  })
})

describe('quarterCreatedBy', () => {
  /** The changes that create `doc` whole, in the shuffled order a command may hold them. */
  function creating(doc: PlanDocument): RowChange[] {
    const rows = (table: RowChange['table'], list: readonly { id: string }[]) =>
      list.map((row) => ({ table, id: row.id, before: null, after: row }) as RowChange)
    return [
      ...rows('goals', [...doc.goals].reverse()),
      ...rows('history', [...doc.history].reverse()),
      ...rows('plans', [doc.plan]),
      ...rows('teams', doc.teams),
    ]
  }

  const created = (): PlanDocument => {
    const goals = Array.from({ length: 300 }, (_, k) => goal(`g${k}`, `r${k % 7}`)).sort(byRank)
    const history = goals.map((g, k) => ({
      id: `h${k}`,
      planId: 'p1',
      goalId: g.id,
      from: null,
      to: g.status,
      at: 1_000 - k,
    }))
    return { ...memory().quarter!, goals, history: history.sort((x, y) => x.at - y.at) }
  }

  it('is the quarter its changes create, each table in the order a read gives, the rows themselves', async () => {
    const doc = created()
    const made = await quarterCreatedBy('p1', creating(doc), () => true, 50)
    expect(made).toEqual(doc)
    // The very rows of the changes: the undo stack and the board share them.
    expect(made!.goals[0]).toBe(doc.goals[0])
  })

  it('is null for changes that do not create that quarter', async () => {
    const doc = created()
    const changes = creating(doc)
    expect(await quarterCreatedBy('p2', changes, () => true)).toBeNull()
    const noPlan = changes.filter((change) => change.table !== 'plans')
    expect(await quarterCreatedBy('p1', noPlan, () => true)).toBeNull()
    const renamed: RowChange = { table: 'plans', id: 'p1', before: plan, after: plan }
    expect(await quarterCreatedBy('p1', [...noPlan, renamed], () => true)).toBeNull()
  })

  it('gives the thread up between turns, and gives nothing once it is no longer wanted', async () => {
    let asked = 0
    expect(await quarterCreatedBy('p1', creating(created()), () => ++asked < 2, 50)).toBeNull()
    expect(asked).toBe(2)
  })
})

describe('reconcile', () => {
  it('returns the same memory when a fresh read shows nothing new', () => {
    const before = memory()
    expect(reconcile(before, copy(before))).toBe(before)
  })

  it('takes in what changed and keeps the old object of every row that did not', () => {
    const before = memory()
    const fresh = copy(before)
    fresh.quarter!.goals[1] = { ...fresh.quarter!.goals[1]!, text: 'Changed elsewhere' }

    const after = reconcile(before, fresh)

    expect(after).not.toBe(before)
    expect(after.quarter!.goals[0]).toBe(a)
    expect(after.quarter!.goals[1]).toEqual({ ...b, text: 'Changed elsewhere' })
    expect(after.quarter!.goals[2]).toBe(c)
    expect(after.quarter!.teams).toBe(before.quarter!.teams)
    expect(after.quarter!.plan).toBe(before.quarter!.plan)
    expect(after.plans).toBe(before.plans)
  })

  it('notices rows added, removed and reordered', () => {
    const before = memory()
    const added = copy(before)
    added.quarter!.goals.push(goal('d', 'z'))
    expect(reconcile(before, added).quarter!.goals.map((g) => g.id)).toEqual(['a', 'b', 'c', 'd'])

    const removed = copy(before)
    removed.quarter!.goals.pop()
    expect(reconcile(before, removed).quarter!.goals).toEqual([a, b])

    const reordered = copy(before)
    reordered.quarter!.goals.reverse()
    const after = reconcile(before, reordered)
    expect(after.quarter!.goals).toEqual([c, b, a])
    expect(after.quarter!.goals[0]).toBe(c)
  })

  it('takes another quarter, or none, as it is read', () => {
    const before = memory()
    const other: PlanDocument = { ...copy(before.quarter!), plan: older }
    expect(reconcile(before, { plans: before.plans, quarter: other }).quarter).toBe(other)
    expect(reconcile(before, { plans: before.plans, quarter: null }).quarter).toBeNull()
  })

  it('keeps the plans list when only the open quarter changed', () => {
    const before = memory()
    const fresh = copy(before)
    fresh.quarter!.teams[0] = { ...team, name: 'Renamed' }
    const after = reconcile(before, fresh)
    expect(after.plans).toBe(before.plans)
    expect(after.quarter!.goals).toBe(before.quarter!.goals)
    expect(after.quarter!.teams[0]!.name).toBe('Renamed')
  })
})

describe('reconcile with a new quarter listed', () => {
  it('keeps the open quarter’s object when only the list of quarters changed', () => {
    const before = memory()
    const newer = createPlan({ department: 'Tech', fiscalYear: 2020, quarter: 1 }, 'p2', 1)
    const fresh = copy(before)
    fresh.plans.unshift(newer)

    const after = reconcile(before, fresh)

    expect(after.plans.map((p) => p.id)).toEqual(['p2', 'p1', 'p0'])
    expect(after.plans[1]).toBe(plan)
    expect(after.quarter).toBe(before.quarter)
  })
})

/** A quarter of `count` goals, each with its history row, as memory holds it. */
function longMemory(count: number): Memory {
  const goals = Array.from({ length: count }, (_, k) =>
    goal(`g${String(k).padStart(4, '0')}`, `r${String(k).padStart(4, '0')}`),
  )
  const history = goals.map((g, k) => ({
    id: `h${g.id}`,
    planId: 'p1',
    goalId: g.id,
    from: null,
    to: 'todo' as const,
    at: k,
  }))
  return { plans: [plan, older], quarter: { ...memory().quarter!, goals, history } }
}

/**
 * What taking in `fresh` rows must give, said plainly: each fresh row, or the
 * old row of its id when that is equal; the old list itself when that is the
 * very list the old one was.
 */
function keptRows<R extends { id: string }>(old: readonly R[], fresh: readonly R[]): readonly R[] {
  const rows = fresh.map((row) => {
    const previous = old.find((o) => o.id === row.id)
    return previous && sameValue(previous, row) ? previous : row
  })
  return rows.length === old.length && rows.every((row, k) => row === old[k]) ? old : rows
}

/** `rows` are `expected`, the very objects: the old list itself exactly when `expected` is. */
function expectSameRows(
  rows: readonly object[],
  expected: readonly object[],
  old: readonly object[],
) {
  expect(rows === old).toBe(expected === old)
  expect(rows).toHaveLength(expected.length)
  rows.forEach((row, k) => expect(row).toBe(expected[k]))
}

/** Runs a reconcile in turns to its end with the timers faked, so its turns cost no time. */
async function inTurns(before: Memory, fresh: Memory, perTurn: number): Promise<Memory | null> {
  const result = reconcileInTurns(before, fresh, () => true, perTurn)
  await vi.runAllTimersAsync()
  return result
}

describe('reconcile in turns', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps the same rows, the very objects, as reconcile at once, for any turn size (property)', async () => {
    vi.useFakeTimers()
    const edit = fc.record({
      kind: fc.constantFrom('edit', 'remove', 'add', 'same'),
      at: fc.nat(),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 40 }),
        fc.array(edit, { maxLength: 6 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        async (count, edits, reversed, perTurn) => {
          const before = longMemory(count)
          const fresh = copy(before)
          const goals = fresh.quarter!.goals
          edits.forEach(({ kind, at }, k) => {
            const index = goals.length === 0 ? 0 : at % goals.length
            if (kind === 'edit' && goals[index])
              goals[index] = { ...goals[index], text: `Changed ${k}` }
            if (kind === 'remove') goals.splice(index, 1)
            if (kind === 'add') goals.splice(index, 0, goal(`new${k}`, 'n'))
          })
          if (reversed) fresh.quarter!.history.reverse()

          const atOnce = reconcile(before, fresh)
          const turned = await inTurns(before, fresh, perTurn)

          expect(turned).not.toBeNull()
          const old = before.quarter!
          expectSameRows(
            atOnce.quarter!.goals,
            keptRows(old.goals, fresh.quarter!.goals),
            old.goals,
          )
          const history = keptRows(old.history, fresh.quarter!.history)
          expectSameRows(atOnce.quarter!.history, history, old.history)
          for (const key of ['teams', 'groups', 'goals', 'history', 'updates'] as const)
            expectSameRows(turned!.quarter![key], atOnce.quarter![key], old[key])
          expect(turned!.quarter!.plan).toBe(atOnce.quarter!.plan)
          expect(turned!.quarter === old).toBe(atOnce.quarter === old)
          expect(turned === before).toBe(atOnce === before)
        },
      ),
      { seed: 18, numRuns: 150 },
    )
  })

  it('gives the thread up between turns of a long quarter, and none for one that fits a turn', async () => {
    vi.useFakeTimers()
    const long = longMemory(50)
    let done = false
    const turned = reconcileInTurns(long, copy(long), () => true, 20).then((m) => {
      done = true
      return m
    })
    await Promise.resolve()
    expect(done).toBe(false)
    await vi.runAllTimersAsync()
    expect(await turned).toBe(long)

    const short = longMemory(5)
    let shortDone = false
    const atOnce = reconcileInTurns(short, copy(short), () => true, 20).then(
      () => (shortDone = true),
    )
    await Promise.resolve()
    await Promise.resolve()
    expect(shortDone).toBe(true)
    await atOnce
  })

  it('stops at the first turn after it is no longer wanted, and gives nothing', async () => {
    vi.useFakeTimers()
    const before = longMemory(100)
    const fresh = copy(before)
    fresh.quarter!.goals[90] = { ...fresh.quarter!.goals[90]!, text: 'Changed elsewhere' }
    let asked = 0
    const wanted = () => ++asked < 3
    const turned = reconcileInTurns(before, fresh, wanted, 10)
    await vi.runAllTimersAsync()
    expect(await turned).toBeNull()
    // 200 rows (goals and history) of 10 a turn: it stopped at the third turn's question.
    expect(asked).toBe(3)
  })
})
