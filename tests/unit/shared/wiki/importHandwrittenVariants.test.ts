/**
 * The hand-written variants of issue 14 together on one fixture page
 * (handwritten-variants.wiki): what the plan holds, what the report says,
 * and that the exported page reads back to itself.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validatePlanDocument } from '../../../../src/shared/document'
import { exportWikitext, importWikitext } from '../../../../src/shared/wiki'
import { canonical, sequentialIds } from './helpers'

const page = readFileSync(
  new URL('../../../fixtures/wiki/handwritten-variants.wiki', import.meta.url),
  'utf8',
)

function load() {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome
}

describe('a page of hand-written variants', () => {
  it('reads navigation as navigation and the intro alone', () => {
    const { plan } = load().doc
    expect(plan).toMatchObject({
      intro: 'Goals of the department for the second quarter, team by team.',
      titlePattern: '{department}/Goals/{fy} Q{quarter}',
      quarter: 2,
    })
  })

  it('reads the teams, their manager lines as written and their own table columns', () => {
    const { teams } = load().doc
    expect(
      teams.map((t) => [t.name, t.managerLabel, t.managers, t.managerJoin, t.columns]),
    ).toEqual([
      [
        'Release Engineering',
        'Directors',
        ['Tyler Cipriani', 'JR Branaa'],
        'commas',
        ['Goal', 'Dependencies', 'ETA', 'Status'],
      ],
      ['Performance', 'Team Manager', ['Gilles Dubuc'], undefined, undefined],
      [
        'Search Platform',
        'Team Manager',
        ['Guillaume Lederrey'],
        undefined,
        ['Goal', 'Owner', 'Status'],
      ],
    ])
  })

  it('reads every goal once, from table rows and from a list in a cell', () => {
    const { goals } = load().doc
    expect(goals.map((g) => [g.text, g.status, g.tasks, g.stretch])).toEqual([
      ['Move the deployment pipeline to Kubernetes', 'in-progress', ['T220111', 'T220222'], false],
      ['Publish the train blockers dashboard', 'done', [], false],
      ['Support Python 3 in Scap', 'todo', [], true],
      ['Provide performance expertise to the FAWG outcome', 'in-progress', ['T230001'], false],
      ['Hold 3 or more workshops', 'todo', [], true],
      ['Publish 2 blog posts about performance', 'done', [], false],
      ['New query parser used in production', 'in-progress', [], false],
      ['T240001', 'done', ['T240001'], false],
    ])
    expect(goals[0]?.columns).toEqual({
      Dependencies: 'SRE Service Operations, {{phab|T220222}}',
      ETA: 'November',
    })
  })

  it('reads Status headings as Status blocks, keeping a bullet without a date undated', () => {
    const { doc } = load()
    expect(doc.teams.map((t) => t.name)).not.toContain('Status')
    expect(doc.updates.map((u) => [u.date, u.items.map((i) => i.text)])).toEqual([
      ['2019-10-28', ['Kubernetes pipeline in staging', 'Train blockers dashboard published']],
      ['', ['Hiring for the QTE role is paused']],
      ['2019-12-12', ['Blog posts published']],
    ])
  })

  it('says in the report what it did not keep as written, with line numbers', () => {
    expect(load().report.entries.map((e) => [e.line, e.reason])).toEqual([
      [2, 'Navigation template not kept; the exported page has its own navigation line.'],
      [41, 'Kept in the note of the goal above.'],
      [58, 'Goal has no text; its task id T240001 used as its text.'],
    ])
  })

  it('gives a valid plan whose export reads back to the same plan and the same page', () => {
    const { doc } = load()
    expect(validatePlanDocument(doc).ok).toBe(true)
    const exported = exportWikitext(doc)
    const again = importWikitext(exported, { newId: sequentialIds(), now: 0 })
    if (!again.ok) throw new Error(again.error)
    expect(canonical(again.doc)).toEqual(canonical(doc))
    expect(exportWikitext(again.doc)).toBe(exported)
  })
})
