import { describe, expect, it } from 'vitest'
import { neighbourFocus } from '../../../../../src/renderer/features/editor/neighbourFocus'
import type { Goal, PlanDocument } from '../../../../../src/shared/model'
import { createPlan } from '../../../../../src/shared/plan'
import type { StatusId } from '../../../../../src/shared/statuses'

function goal(id: string, status: StatusId, rank: string): Goal {
  return {
    id,
    planId: 'p1',
    teamId: 't1',
    groupId: null,
    text: id,
    status,
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank,
    createdAt: 1,
    updatedAt: 1,
  }
}

const [a, b, c, x] = [
  goal('a', 'todo', 'b'),
  goal('b', 'todo', 'm'),
  goal('c', 'todo', 't'),
  goal('x', 'done', 'c'),
]
const quarter: PlanDocument = {
  plan: createPlan({ department: 'Tech', fiscalYear: 2019, quarter: 2 }, 'p1', 1),
  teams: [],
  groups: [],
  goals: [a!, x!, b!, c!],
  history: [],
  updates: [],
}

describe('neighbourFocus', () => {
  it('asks for the card that takes a deleted card’s place, then the one above', () => {
    expect(neighbourFocus(quarter, b!)).toEqual({ goalIds: ['c', 'a'], status: 'todo' })
  })

  it('asks for the card above when the last card goes, and for quick add when none is left', () => {
    expect(neighbourFocus(quarter, c!)).toEqual({ goalIds: ['b'], status: 'todo' })
    expect(neighbourFocus(quarter, a!)).toEqual({ goalIds: ['b'], status: 'todo' })
    expect(neighbourFocus(quarter, x!)).toEqual({ goalIds: [], status: 'done' })
  })
})
