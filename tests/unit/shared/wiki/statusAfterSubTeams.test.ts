/**
 * Issue 15: a team's "Dependencies on:" line and Status block come after its
 * last sub-team, as on the reference page; the importer reads that order, the
 * older one (before the sub-teams) and the reference's hand-written style.
 */
import { describe, expect, it } from 'vitest'
import type { PlanDocument, StatusUpdate } from '../../../../src/shared/model'
import { exportWikitext, importWikitext } from '../../../../src/shared/wiki'
import { sequentialIds, smallDoc } from './helpers'

const HEADER = "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n"

function read(page: string): { doc: PlanDocument; reasons: Array<[number, string]> } {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return { doc: outcome.doc, reasons: outcome.report.entries.map((e) => [e.line, e.reason]) }
}

/** Each team's name with its dependencies and the dates of its updates. */
function tails(doc: PlanDocument): Array<[string, string, string[]]> {
  return doc.teams.map((t) => [
    t.name,
    t.dependencies,
    doc.updates.filter((u) => u.teamId === t.id).map((u) => u.date),
  ])
}

function update(id: string, teamId: string, date: string, text: string): StatusUpdate {
  return {
    id,
    planId: 'plan',
    teamId,
    date,
    summary: '',
    grouped: false,
    items: [{ text, status: 'done', note: '' }],
    rank: 'i',
  }
}

/** The small quarter with updates and dependencies for SRE and its sub-team Traffic. */
function withSreUpdates(): PlanDocument {
  const doc = smallDoc()
  return {
    ...doc,
    teams: doc.teams.map((t) => (t.id === 'sre' ? { ...t, dependencies: 'Finance' } : t)),
    updates: [
      ...doc.updates,
      update('u-sre', 'sre', '2019-11-04', 'Hired an engineering manager'),
      update('u-traffic', 'traffic', '2019-11-05', 'Renewed the certificates'),
    ],
  }
}

describe("a team's Status block after its sub-teams", () => {
  it("is written after the last sub-team, after that sub-team's own", () => {
    const page = exportWikitext(withSreUpdates())
    const at = (text: string): number => {
      const index = page.indexOf(text)
      expect(index, text).toBeGreaterThan(-1)
      return index
    }
    const order = [
      at('== Site Reliability Engineering =='),
      at('Deliver 80% of the asks'),
      at('=== Traffic ==='),
      at("'''Dependencies on:''' Service Operations for the CDN"),
      at('Renewed the certificates'),
      at("'''Dependencies on:''' Finance"),
      at('November 4, 2019 status:'),
      at('Hired an engineering manager'),
    ]
    expect(order).toEqual([...order].sort((a, b) => a - b))
    // The parent's own section holds no Dependencies line before its sub-team.
    expect(page.slice(order[0], order[2])).not.toContain('Dependencies on:')
  })

  it('reads back to the team it belongs to, and the page again byte for byte', () => {
    const doc = withSreUpdates()
    const page = exportWikitext(doc)
    const back = read(page)
    expect(back.reasons).toEqual([])
    expect(tails(back.doc)).toEqual([
      ['Analytics', '', ['2019-10-28', '2019-12-12']],
      ['Site Reliability Engineering', 'Finance', ['2019-11-04']],
      ['Traffic', 'Service Operations for the CDN', ['2019-11-05']],
    ])
    expect(exportWikitext(back.doc)).toBe(page)
  })

  it('reads three levels: each extra "Dependencies on:" belongs one team further out', () => {
    const page = `${HEADER}== SRE ==
=== Traffic ===
==== Edge ====
* Cache more {{Done}}

'''Dependencies on:''' Edge's

'''Status'''
* November 1, 2019 status:
** Edge item {{Done}}

'''Dependencies on:''' Traffic's

'''Dependencies on:''' SRE's

'''Status'''
* November 3, 2019 status:
** SRE item {{Done}}
`
    const { doc, reasons } = read(page)
    expect(reasons).toEqual([])
    expect(tails(doc)).toEqual([
      ['SRE', "SRE's", ['2019-11-03']],
      ['Traffic', "Traffic's", []],
      ['Edge', "Edge's", ['2019-11-01']],
    ])
    expect(doc.goals.map((g) => g.text)).toEqual(['Cache more'])
  })

  it('still reads the older order, with the Status block before the sub-teams', () => {
    const page = `${HEADER}== SRE ==
* Hire {{To do}}

'''Dependencies on:''' Finance

'''Status'''
* November 4, 2019 status:
** Hired {{Done}}

=== Traffic ===
* Renew {{Done}}

'''Dependencies on:''' CDN
`
    const { doc, reasons } = read(page)
    expect(reasons).toEqual([])
    expect(tails(doc)).toEqual([
      ['SRE', 'Finance', ['2019-11-04']],
      ['Traffic', 'CDN', []],
    ])
  })

  it("reads the reference's style, where only the last sub-team has a Dependencies line", () => {
    const page = `${HEADER}== Site Reliability Engineering ==
Directors: Mark Bergsma and Faidon Liambotis

=== Service Operations ===
* Cleanup HHVM {{To do}}

=== Data Center Operations ===
* Deliver installs {{To do}}

'''Dependencies on:'''

'''Status'''
* October 28, 2019 status: all goals below are {{In progress}}
** Deliver installs
** Cleanup HHVM
`
    const { doc, reasons } = read(page)
    expect(tails(doc)).toEqual([
      ['Site Reliability Engineering', '', ['2019-10-28']],
      ['Service Operations', '', []],
      ['Data Center Operations', '', []],
    ])
    expect(reasons).toEqual([
      [
        12,
        'Read with the Status block below it as "Site Reliability Engineering"\'s, after its last sub-team.',
      ],
    ])
  })

  it("keeps a single sub-team's own Dependencies line and Status block its own", () => {
    const page = `${HEADER}== SRE ==
* Hire {{To do}}

=== Traffic ===
* Renew {{Done}}

'''Dependencies on:''' CDN

'''Status'''
* November 4, 2019 status:
** Renewed {{Done}}
`
    expect(tails(read(page).doc)).toEqual([
      ['SRE', '', []],
      ['Traffic', 'CDN', ['2019-11-04']],
    ])
  })

  it('reads a second "Dependencies on:" of a top-level team as its own, with a report line', () => {
    const page = `${HEADER}== Search ==
* Ship {{Done}}

'''Dependencies on:''' A

'''Dependencies on:''' B
`
    const { doc, reasons } = read(page)
    expect(tails(doc)).toEqual([['Search', 'A B', []]])
    expect(reasons).toEqual([[8, 'A second "Dependencies on:" line; read as the team\'s.']])
  })
})
