import { describe, expect, it } from 'vitest'
import { validatePlanDocument } from '../../../src/shared/document'
import { buildExampleQuarter } from '../../../src/shared/example'
import type { PlanDocument } from '../../../src/shared/model'
import { createPlan } from '../../../src/shared/plan'
import {
  isEmptyQuarter,
  previousQuarterPlan,
  startFromPrevious,
} from '../../../src/shared/startFromPrevious'

function sequentialIds(prefix: string): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

const NOW = Date.UTC(2020, 0, 2)

function emptyQuarter(
  quarter: 1 | 2 | 3 | 4,
  fiscalYear = 2019,
  department = 'Wikimedia Technology',
): PlanDocument {
  const plan = createPlan({ department, fiscalYear, quarter }, `plan-${fiscalYear}-${quarter}`, NOW)
  return { plan, teams: [], groups: [], goals: [], history: [], updates: [] }
}

describe('previousQuarterPlan', () => {
  const q2 = emptyQuarter(2).plan
  const q3 = emptyQuarter(3).plan
  const lastYear = emptyQuarter(4, 2018).plan
  const otherDepartment = emptyQuarter(2, 2019, 'Product').plan

  it('is the quarter just before, of the same department', () => {
    expect(previousQuarterPlan([lastYear, q2, otherDepartment, q3], q3)?.id).toBe(q2.id)
  })
  it('falls back to an older quarter when the one just before is missing', () => {
    expect(previousQuarterPlan([lastYear, q3], q3)?.id).toBe(lastYear.id)
  })
  it('is null when the department has no earlier quarter', () => {
    expect(previousQuarterPlan([q3, otherDepartment], q3)).toBeNull()
    expect(previousQuarterPlan([q2, q3], q2)).toBeNull()
  })
})

describe('startFromPrevious', () => {
  const previous = buildExampleQuarter({ newId: sequentialIds('old'), now: NOW - 1000 })
  const target = emptyQuarter(3)

  it('copies the structure and carries every unfinished goal into the empty quarter', () => {
    const filled = startFromPrevious(target, previous, { newId: sequentialIds('new'), now: NOW })
    expect(filled.plan).toBe(target.plan)
    expect(filled.teams.map((t) => t.name)).toEqual(previous.teams.map((t) => t.name))
    expect(filled.groups).toHaveLength(previous.groups.length)
    const unfinished = previous.goals.filter((goal) => goal.status !== 'done')
    expect(filled.goals.map((g) => g.text).sort()).toEqual(unfinished.map((g) => g.text).sort())
    expect(filled.goals.every((goal) => goal.carriedOverFrom === 'Q2')).toBe(true)
    for (const rows of [filled.teams, filled.groups, filled.goals, filled.history]) {
      expect(rows.every((row) => row.planId === target.plan.id)).toBe(true)
    }
    // A whole, valid document: every goal's team and group is one of this quarter's.
    expect(validatePlanDocument(filled)).toMatchObject({ ok: true })
    // The previous quarter is left as it was.
    expect(previous.goals.every((goal) => goal.planId === previous.plan.id)).toBe(true)
  })

  it('refuses a quarter that already has something in it', () => {
    const filled = startFromPrevious(target, previous, { newId: sequentialIds('new'), now: NOW })
    expect(isEmptyQuarter(filled)).toBe(false)
    expect(() =>
      startFromPrevious(filled, previous, { newId: sequentialIds('again'), now: NOW }),
    ).toThrow(/Only an empty quarter/)
  })
})
