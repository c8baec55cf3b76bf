/**
 * Properties of the merge over arbitrary plans and arbitrary edits, with a
 * fixed seed so CI checks the same cases every run.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reidentifyPlan } from '../../../../src/shared/backup'
import { applyMergeDecisions, mergePlans } from '../../../../src/shared/merge'
import type { MergeChoice, MergeResult } from '../../../../src/shared/merge'
import type { PlanDocument, StatusId } from '../../../../src/shared/model'
import { rankBetween } from '../../../../src/shared/ranks'
import { STATUS_IDS } from '../../../../src/shared/statuses'
import { anyText, planDocumentArbitrary } from '../planArbitrary'
import { expectValid } from './helpers'

const SEED = 1717
const RUNS = 120

const goalText = anyText.filter((text) => text.trim() !== '')
const status = fc.constantFrom<StatusId>(...STATUS_IDS)

/** One edit a person can make in the app. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: goalText }),
  fc.record({ kind: fc.constant('status' as const), at: fc.nat(), status }),
  fc.record({ kind: fc.constant('note' as const), at: fc.nat(), text: anyText }),
  fc.record({ kind: fc.constant('stretch' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('group' as const), at: fc.nat(), group: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), text: goalText, status }),
  fc.record({ kind: fc.constant('team' as const), at: fc.nat(), text: anyText }),
  fc.record({ kind: fc.constant('dropGroup' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('intro' as const), text: anyText }),
)
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

/** `doc` with `edits` applied as the app applies them; new rows get ids starting with `tag`. */
function edited(doc: PlanDocument, edits: readonly Edit[], tag: string): PlanDocument {
  const out = structuredClone(doc)
  let clock = 10_000
  edits.forEach((e, n) => {
    clock++
    if (e.kind === 'intro') {
      out.plan.intro = e.text
      return
    }
    if (e.kind === 'team' || e.kind === 'add') {
      const team = out.teams[e.at % Math.max(1, out.teams.length)]
      if (!team) return
      if (e.kind === 'team') {
        team.name = e.text
        return
      }
      const id = `${tag}-goal-${n}`
      const last = [...out.goals].sort((a, b) => (a.rank < b.rank ? -1 : 1)).at(-1)?.rank ?? null
      out.goals.push({
        id,
        planId: out.plan.id,
        teamId: team.id,
        groupId: null,
        text: e.text,
        status: e.status,
        tasks: [],
        note: '',
        stretch: false,
        carriedOverFrom: null,
        rank: rankBetween(last, null),
        createdAt: clock,
        updatedAt: clock,
      })
      out.history.push({
        id: `${id}-h`,
        planId: out.plan.id,
        goalId: id,
        from: null,
        to: e.status,
        at: clock,
      })
      return
    }
    if (e.kind === 'dropGroup') {
      const group = out.groups[e.at % Math.max(1, out.groups.length)]
      if (!group) return
      out.groups = out.groups.filter((g) => g !== group)
      for (const goal of out.goals) if (goal.groupId === group.id) goal.groupId = null
      return
    }
    const goal = out.goals[e.at % Math.max(1, out.goals.length)]
    if (!goal) return
    const before = JSON.stringify(goal)
    switch (e.kind) {
      case 'text':
        goal.text = e.text
        break
      case 'note':
        goal.note = e.text
        break
      case 'stretch':
        goal.stretch = !goal.stretch
        break
      case 'status':
        if (goal.status === e.status) break
        out.history.push({
          id: `${tag}-h-${n}`,
          planId: out.plan.id,
          goalId: goal.id,
          from: goal.status,
          to: e.status,
          at: clock,
        })
        goal.status = e.status
        break
      case 'group': {
        const groups = out.groups.filter((g) => g.teamId === goal.teamId)
        goal.groupId =
          e.group % (groups.length + 1) === 0
            ? null
            : groups[(e.group % (groups.length + 1)) - 1]!.id
        break
      }
      case 'delete':
        out.goals = out.goals.filter((g) => g !== goal)
        out.history = out.history.filter((h) => h.goalId !== goal.id)
        break
    }
    if (JSON.stringify(goal) !== before) goal.updatedAt = clock
  })
  return out
}

/** A document with its rows in id order: the merge may list rows in another order. */
function sorted(doc: PlanDocument): PlanDocument {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    plan: doc.plan,
    teams: byId(doc.teams),
    groups: byId(doc.groups),
    goals: byId(doc.goals),
    history: byId(doc.history),
    updates: byId(doc.updates),
  }
}

/** What a person sees of a plan, without ids, ranks or history. */
function content(doc: PlanDocument): unknown {
  const team = new Map(doc.teams.map((t) => [t.id, t]))
  const group = new Map(doc.groups.map((g) => [g.id, g]))
  const name = (id: string | null) => (id === null ? null : (team.get(id)?.name ?? '?'))
  const strip = (row: object) => {
    const {
      id: _i,
      planId: _p,
      rank: _r,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = row as Record<string, unknown>
    return rest
  }
  const { id: _id, createdAt: _c, updatedAt: _u, ...plan } = doc.plan
  const list = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort()
  return {
    plan,
    teams: list(doc.teams.map((t) => ({ ...strip(t), parentId: name(t.parentId) }))),
    groups: list(doc.groups.map((g) => ({ ...strip(g), teamId: name(g.teamId) }))),
    goals: list(
      doc.goals.map((g) => ({
        ...strip(g),
        teamId: name(g.teamId),
        groupId:
          g.groupId === null
            ? null
            : [group.get(g.groupId)?.title, name(group.get(g.groupId)?.teamId ?? null)],
      })),
    ),
    updates: list(doc.updates.map((u) => ({ ...strip(u), teamId: name(u.teamId) }))),
  }
}

const options = () => {
  let n = 0
  return { now: 99_000, newId: () => `merge-${++n}` }
}
const edits = fc.array(edit, { maxLength: 6 })
const settings = { numRuns: RUNS, seed: SEED }

/** Decisions for every conflict, drawn by fast-check. */
function decided(result: MergeResult, choices: readonly boolean[]): Record<string, MergeChoice> {
  return Object.fromEntries(
    result.conflicts.map((c, i) => [
      c.id,
      choices[i % Math.max(1, choices.length)] ? 'remote' : 'local',
    ]),
  )
}

describe('merge properties', () => {
  it('merging a change with itself changes nothing', () => {
    fc.assert(
      fc.property(planDocumentArbitrary, edits, (base, changes) => {
        const changed = edited(base, changes, 'x')
        const result = mergePlans(
          { base, local: changed, remote: structuredClone(changed) },
          options(),
        )
        expect(result.conflicts).toEqual([])
        expect(sorted(result.merged)).toEqual(sorted(changed))
      }),
      settings,
    )
  })

  it('merging with an unchanged side gives the other side', () => {
    fc.assert(
      fc.property(planDocumentArbitrary, edits, (base, changes) => {
        const changed = edited(base, changes, 'x')
        const keptHere = mergePlans(
          { base, local: changed, remote: structuredClone(base) },
          options(),
        )
        expect(keptHere.conflicts).toEqual([])
        expect(sorted(keptHere.merged)).toEqual(sorted(changed))
        const takenThere = mergePlans(
          { base, local: structuredClone(base), remote: changed },
          options(),
        )
        expect(takenThere.conflicts).toEqual([])
        expect(sorted(takenThere.merged)).toEqual(sorted(changed))
      }),
      settings,
    )
  })

  it('merging with an unchanged side gives the other side when the other copy has fresh ids (a pulled page)', () => {
    fc.assert(
      fc.property(planDocumentArbitrary, edits, (base, changes) => {
        let n = 0
        const remote = reidentifyPlan(edited(base, changes, 'x'), () => `wiki-${++n}`)
        const result = mergePlans({ base, local: structuredClone(base), remote }, options())
        expect(result.conflicts).toEqual([])
        expect(content(result.merged)).toEqual(content(remote))
        expectValid(result.merged)
      }),
      settings,
    )
  })

  it('never loses a goal of either side without a recorded decision, whatever is decided', () => {
    fc.assert(
      fc.property(
        planDocumentArbitrary,
        edits,
        edits,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (base, localEdits, remoteEdits, twoWay, choices) => {
          const local = edited(base, localEdits, 'l')
          const remote = edited(base, remoteEdits, 'r')
          const result = mergePlans({ base: twoWay ? null : base, local, remote }, options())
          const decisions = decided(result, choices)
          const merged = applyMergeDecisions(result, decisions)
          expectValid(merged)
          const kept = new Set(merged.goals.map((g) => g.id))
          const droppedByDecision = new Set(
            result.conflicts
              .filter((c) => c.field === null && decisions[c.id] !== undefined)
              .map((c) => c.rowId),
          )
          const baseGoals = new Map(base.goals.map((g) => [g.id, g]))
          for (const [side, other] of [
            [local, remote],
            [remote, local],
          ] as const) {
            const otherIds = new Set(other.goals.map((g) => g.id))
            for (const goal of side.goals) {
              if (kept.has(goal.id) || droppedByDecision.has(goal.id)) continue
              // Else the other side deleted it, and this side left it as it was in the base.
              const before = baseGoals.get(goal.id)
              expect(twoWay).toBe(false)
              expect(otherIds.has(goal.id)).toBe(false)
              expect(before).toEqual(goal)
            }
          }
        },
      ),
      settings,
    )
  })
})
