import { describe, expect, it } from 'vitest'
import {
  summariseProblems,
  validatePlanDocument,
  validatePlanDocuments,
} from '../../../src/shared/document'
import { buildExampleQuarter } from '../../../src/shared/example'
import type { PlanDocument } from '../../../src/shared/model'

function example(prefix = 'a'): PlanDocument {
  let next = 0
  return buildExampleQuarter({ newId: () => `${prefix}-${++next}`, now: 1 })
}

function problemsOf(doc: unknown): string[] {
  const result = validatePlanDocument(doc)
  return result.ok ? [] : result.problems
}

describe('validatePlanDocument', () => {
  it('accepts the example quarter as it is', () => {
    const doc = example()
    expect(validatePlanDocument(doc)).toEqual({ ok: true, document: doc })
  })

  it('gives back a document without fields the model does not have', () => {
    const doc = example()
    const noisy = { ...doc, extra: 1, plan: { ...doc.plan, colour: 'red' } }
    expect(validatePlanDocument(noisy)).toEqual({ ok: true, document: doc })
  })

  it('names the field of each broken goal rule, from the document root', () => {
    const doc = example()
    doc.goals[3]!.text = ' '
    doc.goals[4]!.tasks = ['T12', '12']
    expect(problemsOf(doc)).toEqual([
      'goals[3].text: Goal text cannot be empty.',
      'goals[4].tasks: Not a Phabricator task id: "12". Use T followed by digits, such as T223626.',
    ])
  })

  it('applies the template-profile rules', () => {
    const doc = example()
    doc.plan.profile = { ...doc.plan.profile, kind: 'custom', task: '{{phab}}' }
    expect(problemsOf(doc)).toEqual([
      'plan.profile.task: Task link pattern must contain $1, which stands for the task id (T123).',
    ])
  })

  it('checks references and repeated ids', () => {
    const doc = example()
    doc.goals[0]!.teamId = 'gone'
    doc.goals[2]!.id = doc.goals[1]!.id
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        `goals[2].id: duplicate id "${doc.goals[1]!.id}" (also used by goals[1].id)`,
        'goals[0].teamId: no team with id "gone" in this plan',
      ]),
    )
  })

  it('accepts a status update without a date, and no other date that is not one', () => {
    const doc = example()
    doc.updates[0]!.date = ''
    expect(problemsOf(doc)).toEqual([])
    doc.updates[0]!.date = '2019-02-30'
    expect(problemsOf(doc)).toEqual([
      'updates[0].date: expected a date such as 2019-10-28, or empty for an update without a date (found "2019-02-30")',
    ])
  })

  it("keeps a team's own table columns and a goal's values in them, and checks their types", () => {
    const doc = example()
    doc.teams[0]!.columns = ['Goal', 'ETA', 'Status']
    doc.goals[0]!.columns = { ETA: 'November' }
    expect(validatePlanDocument(doc)).toEqual({ ok: true, document: doc })
    doc.teams[0]!.columns = ['Goal', 'Goal']
    doc.goals[0]!.columns = { ETA: 3 } as unknown as Record<string, string>
    expect(problemsOf(doc)).toEqual([
      'teams[0].columns: expected column headers that are not empty and not repeated (found a list)',
      'goals[0].columns.ETA: expected string, got 3',
    ])
  })

  it('keeps how a team joins its managers, and only the known ways', () => {
    const doc = example()
    doc.teams[0]!.managerJoin = 'oxford'
    expect(validatePlanDocument(doc)).toEqual({ ok: true, document: doc })
    doc.teams[0]!.managerJoin = 'semicolons' as 'commas'
    expect(problemsOf(doc)).toEqual([
      'teams[0].managerJoin: expected commas or oxford, or nothing (found "semicolons")',
    ])
  })

  it('words type errors and refuses what is not a document at all', () => {
    const doc = example() as unknown as Record<string, unknown>
    delete doc.updates
    expect(problemsOf(doc)).toEqual(['updates: missing (expected array)'])
    expect(problemsOf(null)).toEqual(['expected object, got null'])
  })
})

describe('validatePlanDocuments', () => {
  it('refuses ids repeated across plans, naming both places', () => {
    const result = validatePlanDocuments([example('a'), example('a')])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems[0]).toBe(
        'plans[1].plan.id: duplicate id "a-1" (also used by plans[0].plan.id)',
      )
    }
    expect(validatePlanDocuments([example('a'), example('b')]).ok).toBe(true)
  })
})

/** `doc` with copies of its goals, under new ids, added until it holds `count`. */
function withGoals(doc: PlanDocument, count: number): PlanDocument {
  const copies = Array.from({ length: count - doc.goals.length }, (_, k) => ({
    ...doc.goals[k % doc.goals.length]!,
    id: `copy-${k}`,
  }))
  return { ...doc, goals: [...doc.goals, ...copies] }
}

describe('the size of a quarter', () => {
  it('accepts a quarter of 50,000 goals', () => {
    expect(validatePlanDocument(withGoals(example(), 50_000)).ok).toBe(true)
  })

  it('refuses one goal more in one problem, before any goal is checked', () => {
    const doc = withGoals(example(), 50_001)
    // A broken goal is not reported: the size alone refuses the document.
    doc.goals[7] = { ...doc.goals[7]!, text: ' ' }
    expect(problemsOf(doc)).toEqual([
      'goals: a quarter holds at most 50,000 goals, and this one would hold 50,001',
    ])
  })

  it('names the plan of a backup that is too big', () => {
    const result = validatePlanDocuments([example('a'), withGoals(example('b'), 60_000)])
    expect(result).toEqual({
      ok: false,
      problems: [
        'plans[1].goals: a quarter holds at most 50,000 goals, and this one would hold 60,000',
      ],
    })
  })
})

describe('summariseProblems', () => {
  it('gives the first problem and counts the rest, without a final period', () => {
    expect(summariseProblems(['text: Goal text cannot be empty.'])).toBe(
      'text: Goal text cannot be empty',
    )
    expect(summariseProblems(['a', 'b', 'c'])).toBe('a (and 2 more problems)')
    expect(summariseProblems(['a', 'b'])).toBe('a (and 1 more problem)')
  })
})
