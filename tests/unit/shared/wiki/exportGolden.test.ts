import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildExampleQuarter } from '../../../../src/shared/example'
import type { PlanDocument } from '../../../../src/shared/model'
import { exportWikitext, importWikitext, PLAIN_PROFILE } from '../../../../src/shared/wiki'
import { canonical, sequentialIds, smallDoc, CUSTOM } from './helpers'

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/wiki/${name}`, import.meta.url), 'utf8')

const example = (): PlanDocument => buildExampleQuarter({ newId: sequentialIds(), now: 0 })

const GOLDEN: Array<[string, () => PlanDocument, Parameters<typeof exportWikitext>[1]]> = [
  ['example-table.wiki', example, { layout: 'table' }],
  ['example-list.wiki', example, { layout: 'list' }],
  ['small-table.wiki', smallDoc, { layout: 'table' }],
  ['small-list-plain.wiki', smallDoc, { layout: 'list', profile: PLAIN_PROFILE }],
  ['small-list-custom.wiki', smallDoc, { layout: 'list', profile: CUSTOM }],
]

describe('exportWikitext golden pages', () => {
  for (const [name, build, options] of GOLDEN) {
    it(`writes ${name}`, () => {
      expect(exportWikitext(build(), options)).toBe(fixture(name))
    })

    it(`reads ${name} back and writes it byte for byte`, () => {
      const outcome = importWikitext(fixture(name), { newId: sequentialIds('r'), now: 5 })
      if (!outcome.ok) throw new Error(outcome.error)
      expect(outcome.report.entries).toEqual([])
      expect(exportWikitext(outcome.doc)).toBe(fixture(name))
    })
  }

  it('reads the example quarter back with every team, group, goal and update', () => {
    const doc = example()
    for (const layout of ['table', 'list'] as const) {
      const outcome = importWikitext(exportWikitext(doc, { layout }))
      if (!outcome.ok) throw new Error(outcome.error)
      expect(outcome.report).toMatchObject({
        teams: doc.teams.length,
        groups: doc.groups.length,
        goals: doc.goals.length,
        statusUpdates: doc.updates.length,
      })
      const texts = (d: PlanDocument): string[] =>
        d.goals.map((g) => `${g.text}|${g.status}|${g.tasks.join()}|${g.note}`).sort()
      expect(texts(outcome.doc)).toEqual(texts(doc))
    }
  })
})

describe('exportWikitext', () => {
  it('ends with exactly one newline', () => {
    const page = exportWikitext(smallDoc())
    expect(page.endsWith('\n')).toBe(true)
    expect(page.endsWith('\n\n')).toBe(false)
  })

  it('does not depend on the order of the records it is given', () => {
    const doc = smallDoc()
    const reversed: PlanDocument = {
      ...doc,
      teams: [...doc.teams].reverse(),
      groups: [...doc.groups].reverse(),
      goals: [...doc.goals].reverse(),
      updates: [...doc.updates].reverse(),
    }
    expect(exportWikitext(reversed)).toBe(exportWikitext(doc))
  })

  it('uses the plan layout and profile unless told otherwise', () => {
    const doc = smallDoc()
    doc.plan.layout = 'list'
    doc.plan.profile = PLAIN_PROFILE
    expect(exportWikitext(doc)).toBe(fixture('small-list-plain.wiki'))
    expect(exportWikitext(doc, { layout: 'table', profile: doc.plan.profile })).toContain(
      "| '''Done'''",
    )
  })

  it('orders goals within a group by rank, whatever their status', () => {
    const doc = smallDoc()
    const [kafka, stream] = doc.goals.filter((g) => g.groupId === 'g1')
    if (!kafka || !stream) throw new Error('fixture changed')
    ;[kafka.rank, stream.rank] = [stream.rank, kafka.rank]
    const page = exportWikitext(doc)
    expect(page.indexOf('Initial Stream Config Service')).toBeLessThan(
      page.indexOf('Resolve Kafka'),
    )
  })

  it('writes sub-teams one level deeper, right after their parent', () => {
    const page = exportWikitext(smallDoc())
    expect(page).toMatch(/== Site Reliability Engineering ==[\s\S]*=== Traffic ===/)
    expect(page).toContain('Directors: Mark Bergsma and Faidon Liambotis')
  })

  it('round-trips the hand-built quarter to the same plan', () => {
    const doc = smallDoc()
    for (const layout of ['table', 'list'] as const) {
      const first = importWikitext(exportWikitext(doc, { layout }), {
        newId: sequentialIds(),
        now: 1,
      })
      if (!first.ok) throw new Error(first.error)
      const second = importWikitext(exportWikitext(first.doc), { newId: sequentialIds(), now: 1 })
      if (!second.ok) throw new Error(second.error)
      expect(canonical(second.doc)).toEqual(canonical(first.doc))
    }
  })
})
