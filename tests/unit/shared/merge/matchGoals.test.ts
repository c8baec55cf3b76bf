import { describe, expect, it } from 'vitest'
import { matchGoals, type MatchSide } from '../../../../src/shared/merge'
import type { Goal } from '../../../../src/shared/model'
import { normaliseText, bigrams, similarity } from '../../../../src/shared/merge/similarity'

let n = 0
function g(fields: Partial<Goal> & { text: string }): Goal {
  return {
    id: `g${++n}`,
    planId: 'p',
    teamId: 'search',
    groupId: null,
    status: 'todo',
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank: 'i',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  }
}

// Team ids are their own keys: the same team has the same id in both lists here.
const side = (rows: Goal[]): MatchSide<Goal> => ({ rows, teamKey: (id) => id })
const loose = { idsOnly: false, fuzzy: true }
const exact = { idsOnly: false, fuzzy: false }

function texts(a: Goal[], b: Goal[], options = loose): string[] {
  return matchGoals(side(a), side(b), options).map(([i, j]) => `${a[i]!.text} = ${b[j]!.text}`)
}

describe('matchGoals', () => {
  it('pairs goals with the same id whatever else changed', () => {
    const a = [g({ id: 'same', text: 'Old text', teamId: 'search' })]
    const b = [g({ id: 'same', text: 'Entirely different', teamId: 'sre' })]
    expect(texts(a, b)).toEqual(['Old text = Entirely different'])
  })

  it('with shared ids, pairs by id only: a new id is a new goal, however alike', () => {
    const a = [g({ id: 'a1', text: 'Ship the ranking model' }), g({ id: 'keep', text: 'Other' })]
    const b = [g({ id: 'b1', text: 'Ship the ranking model' }), g({ id: 'keep', text: 'Other' })]
    expect(texts(a, b, { idsOnly: true, fuzzy: true })).toEqual(['Other = Other'])
  })

  it('pairs goals with the same task ids even when the text was rewritten', () => {
    const a = [
      g({ text: 'Upgrade Elasticsearch', tasks: ['T2', 'T1'] }),
      g({ text: 'Other', tasks: ['T3'] }),
    ]
    const b = [
      g({ text: 'Other', tasks: ['T3'] }),
      g({ text: 'Move search to ES 7', tasks: ['T1', 'T2'] }),
    ]
    expect(texts(a, b)).toEqual(['Upgrade Elasticsearch = Move search to ES 7', 'Other = Other'])
  })

  it('pairs the same text in the same team, ignoring case, markup and spacing', () => {
    const a = [g({ text: "'''Ship''' the [[API]]  now" })]
    const b = [g({ text: 'ship the API now', status: 'done', groupId: 'other-group' })]
    expect(texts(a, b)).toHaveLength(1)
  })

  it('pairs a tweaked text in the same team, the most alike first, only when guessing is allowed', () => {
    const a = [
      g({ text: 'Improve search relevance for Wikidata' }),
      g({ text: 'Improve search relevance for Commons' }),
    ]
    const b = [
      g({ text: 'Improve search relevance for Commons (phase 2)' }),
      g({ text: 'Improve search relevance for Wikidata lexemes' }),
    ]
    expect(texts(a, b)).toEqual([
      'Improve search relevance for Wikidata = Improve search relevance for Wikidata lexemes',
      'Improve search relevance for Commons = Improve search relevance for Commons (phase 2)',
    ])
    expect(texts(a, b, exact)).toEqual([])
  })

  it('does not pair alike goals of different teams, nor unlike goals but by place', () => {
    const a = [
      g({ text: 'Migrate eventlogging to python3' }),
      g({ text: 'Tune the cache', teamId: 'traffic' }),
    ]
    const b = [
      g({ text: 'Hire a data engineer' }),
      g({ text: 'Tune the cache servers', teamId: 'sre' }),
    ]
    expect(texts(a, b, exact)).toEqual([])
    // The team's only goal, rewritten in place.
    expect(texts(a, b)).toEqual(['Migrate eventlogging to python3 = Hire a data engineer'])
  })

  it('pairs the same text in another team: the goal moved', () => {
    const a = [g({ text: 'Run the failover test', teamId: 'sre' })]
    const b = [g({ text: 'Run the failover test', teamId: 'traffic' })]
    expect(texts(a, b)).toEqual(['Run the failover test = Run the failover test'])
  })

  it('pairs a goal rewritten in place, between the same neighbours, only when guessing is allowed', () => {
    const a = [
      g({ text: 'Alpha', rank: 'a' }),
      g({ text: 'Bravo', rank: 'b' }),
      g({ text: 'Charlie', rank: 'c' }),
    ]
    const b = [
      g({ text: 'Charlie', rank: 'c' }),
      g({ text: 'Zulu', rank: 'b' }),
      g({ text: 'Alpha', rank: 'a' }),
    ]
    expect(texts(a, b, exact)).toEqual(['Alpha = Alpha', 'Charlie = Charlie'])
    expect(texts(a, b, loose)).toEqual(['Alpha = Alpha', 'Bravo = Zulu', 'Charlie = Charlie'])
  })

  it('does not pair a goal deleted in one place with one added in another', () => {
    const a = [
      g({ text: 'Alpha', rank: 'a' }),
      g({ text: 'Bravo', rank: 'b' }),
      g({ text: 'Charlie', rank: 'c' }),
    ]
    const b = [
      g({ text: 'Alpha', rank: 'a' }),
      g({ text: 'Charlie', rank: 'c' }),
      g({ text: 'Zulu', rank: 'd' }),
    ]
    expect(texts(a, b, loose)).toEqual(['Alpha = Alpha', 'Charlie = Charlie'])
  })
})

describe('text similarity', () => {
  it('reads markup, case and spacing as nothing', () => {
    expect(normaliseText("  '''Ship''' the [[API]]\n now ")).toBe('ship the api now')
  })

  it('is 1 for the same text and lower the more it differs', () => {
    const of = (text: string) => bigrams(normaliseText(text))
    expect(similarity(of('Ship the API'), of('ship the api'))).toBe(1)
    const tweak = similarity(of('Ship the API'), of('Ship the new API'))
    const other = similarity(of('Ship the API'), of('Hire two engineers'))
    expect(tweak).toBeGreaterThan(0.6)
    expect(other).toBeLessThan(0.3)
  })
})
