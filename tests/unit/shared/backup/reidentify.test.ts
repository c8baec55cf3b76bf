import { describe, expect, it } from 'vitest'
import { reidentifyPlan } from '../../../../src/shared/backup/reidentify'
import type { PlanDocument } from '../../../../src/shared/model'
import { MEDIAWIKI_PROFILE } from '../../../../src/shared/wiki/syntax/profiles'

function sampleDocument(): PlanDocument {
  return {
    plan: {
      id: 'p1',
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
      fiscalYearStartMonth: 7,
      titlePattern: '{department}/Goals/{fy} Q{quarter}',
      intro: 'Intro',
      layout: 'table',
      profile: MEDIAWIKI_PROFILE,
      createdAt: 1,
      updatedAt: 2,
    },
    teams: [
      {
        id: 't-sre',
        planId: 'p1',
        name: 'SRE',
        managerLabel: 'Directors',
        managers: ['A', 'B'],
        parentId: null,
        dependencies: '',
        rank: 'a',
      },
      {
        id: 't-traffic',
        planId: 'p1',
        name: 'Traffic',
        managerLabel: 'Team Manager',
        managers: ['C'],
        parentId: 't-sre',
        dependencies: 'Security',
        rank: 'b',
      },
    ],
    groups: [
      { id: 'g1', planId: 'p1', teamId: 't-traffic', title: 'Core', description: '', rank: 'a' },
    ],
    goals: [
      {
        id: 'goal-1',
        planId: 'p1',
        teamId: 't-traffic',
        groupId: 'g1',
        text: 'Deploy ATS',
        status: 'done',
        tasks: ['T1'],
        note: '',
        stretch: false,
        carriedOverFrom: null,
        rank: 'a',
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'goal-2',
        planId: 'p1',
        teamId: 't-sre',
        groupId: null,
        text: 'Outside any group',
        status: 'todo',
        tasks: [],
        note: 'later',
        stretch: true,
        carriedOverFrom: 'Q1',
        rank: 'b',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    history: [
      { id: 'h1', planId: 'p1', goalId: 'goal-1', from: null, to: 'todo', at: 1 },
      { id: 'h2', planId: 'p1', goalId: 'goal-1', from: 'todo', to: 'done', at: 2 },
    ],
    updates: [
      {
        id: 'u1',
        planId: 'p1',
        teamId: 't-traffic',
        date: '2019-10-28',
        summary: '',
        grouped: true,
        items: [{ text: 'Deploy ATS', status: 'done', note: '' }],
        rank: 'a',
      },
    ],
  }
}

function counter(): () => string {
  let next = 0
  return () => `new-${++next}`
}

function allIds(doc: PlanDocument): string[] {
  return [
    doc.plan.id,
    ...doc.teams.map((r) => r.id),
    ...doc.groups.map((r) => r.id),
    ...doc.goals.map((r) => r.id),
    ...doc.history.map((r) => r.id),
    ...doc.updates.map((r) => r.id),
  ]
}

describe('reidentifyPlan', () => {
  it('gives the plan and every row a new id that the original does not use', () => {
    const original = sampleDocument()
    const copy = reidentifyPlan(original, counter())
    const before = new Set(allIds(original))
    const after = allIds(copy)
    expect(new Set(after).size).toBe(after.length)
    for (const id of after) expect(before.has(id)).toBe(false)
  })

  it('keeps every relationship: sub-team, group, goal team and group, history and updates', () => {
    const copy = reidentifyPlan(sampleDocument(), counter())
    const [sre, traffic] = copy.teams
    const [group] = copy.groups
    const [deploy, outside] = copy.goals
    expect(traffic?.parentId).toBe(sre?.id)
    expect(sre?.parentId).toBeNull()
    expect(group?.teamId).toBe(traffic?.id)
    expect(deploy?.teamId).toBe(traffic?.id)
    expect(deploy?.groupId).toBe(group?.id)
    expect(outside?.teamId).toBe(sre?.id)
    expect(outside?.groupId).toBeNull()
    expect(copy.history.map((h) => h.goalId)).toEqual([deploy?.id, deploy?.id])
    expect(copy.updates[0]?.teamId).toBe(traffic?.id)
    const rows = [...copy.teams, ...copy.groups, ...copy.goals, ...copy.history, ...copy.updates]
    for (const row of rows) expect(row.planId).toBe(copy.plan.id)
  })

  it('keeps the content the user sees and leaves the original untouched', () => {
    const original = sampleDocument()
    const snapshot = structuredClone(original)
    const copy = reidentifyPlan(original, counter())
    expect(original).toEqual(snapshot)
    expect(copy.plan).toEqual({ ...original.plan, id: copy.plan.id })
    expect(copy.goals.map((g) => [g.text, g.status, g.tasks, g.note, g.rank, g.stretch])).toEqual(
      original.goals.map((g) => [g.text, g.status, g.tasks, g.note, g.rank, g.stretch]),
    )
    expect(copy.updates[0]?.items).toEqual(original.updates[0]?.items)
  })

  it('refuses a document whose rows point outside it', () => {
    const broken = sampleDocument()
    broken.goals[0] = { ...broken.goals[0]!, teamId: 'missing-team' }
    expect(() => reidentifyPlan(broken, counter())).toThrow(/unknown team id "missing-team"/)
  })
})
