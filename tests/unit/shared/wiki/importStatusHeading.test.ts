/**
 * Issue 14, item 3: a "Status" heading inside a team section holds the team's
 * dated updates; it is not a sub-team and its lines are not goals. Bullets
 * without a date are kept without a date made up for them.
 */
import { describe, expect, it } from 'vitest'
import { validatePlanDocument } from '../../../../src/shared/document'
import type { PlanDocument } from '../../../../src/shared/model'
import { exportWikitext, importWikitext, type ImportReport } from '../../../../src/shared/wiki'
import { sequentialIds } from './helpers'

const HEADER =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Search ==\n"

function read(page: string): { doc: PlanDocument; report: ImportReport } {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  expect(validatePlanDocument(outcome.doc).ok).toBe(true)
  return outcome
}

const UPDATES = `* October 28, 2019 status:
** Ship the parser {{Done}}
** Tune the ranking {{In progress}} needs data
`

describe('a Status heading inside a team section', () => {
  for (const opener of ['=== Status ===', '==== Status ====', "'''Status'''", '=== Status: ===']) {
    it(`reads "${opener}" as the team's Status block, not a sub-team`, () => {
      const { doc, report } = read(`${HEADER}* Goal one {{Done}}\n${opener}\n${UPDATES}`)
      expect(doc.teams.map((t) => t.name)).toEqual(['Search'])
      expect(doc.goals.map((g) => g.text)).toEqual(['Goal one'])
      expect(
        doc.updates.map((u) => [u.date, u.items.map((i) => [i.text, i.status, i.note])]),
      ).toEqual([
        [
          '2019-10-28',
          [
            ['Ship the parser', 'done', ''],
            ['Tune the ranking', 'in-progress', 'needs data'],
          ],
        ],
      ])
      expect(report.entries).toEqual([])
    })
  }

  it('ends at the next team heading, which is a sub-team as before', () => {
    const { doc } = read(
      `${HEADER}* Goal one {{Done}}\n=== Status ===\n${UPDATES}=== Query service ===\n* Goal two {{To do}}\n`,
    )
    expect(doc.teams.map((t) => [t.name, t.parentId])).toEqual([
      ['Search', null],
      ['Query service', doc.teams[0]?.id],
    ])
    expect(doc.updates.map((u) => u.teamId)).toEqual([doc.teams[0]?.id])
    expect(doc.goals.map((g) => g.text)).toEqual(['Goal one', 'Goal two'])
  })

  it('keeps the updates when the page is exported and read again', () => {
    const { doc } = read(`${HEADER}* Goal one {{Done}}\n==== Status ====\n${UPDATES}`)
    const again = read(exportWikitext(doc)).doc
    expect(again.updates.map((u) => [u.date, u.items])).toEqual(
      doc.updates.map((u) => [u.date, u.items]),
    )
  })
})

describe('a Status heading before any team heading', () => {
  it('opens a Status block, not the intro, and its bullets are not goals', () => {
    const { doc } = read(
      "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n== Status ==\n" +
        UPDATES +
        '== Search ==\n* Goal one {{Done}}\n',
    )
    expect(doc.plan.intro).toBe('')
    expect(doc.goals.map((g) => g.text)).toEqual(['Goal one'])
    expect(doc.updates.map((u) => u.items.length)).toEqual([2])
  })
})

describe('status bullets without a date', () => {
  it('are kept as items of an update without a date, with no date made up', () => {
    const { doc, report } = read(
      `${HEADER}* Goal one {{Done}}\n=== Status ===\n* Hiring is done {{Done}}\n* Waiting on hardware\n`,
    )
    expect(doc.updates.map((u) => [u.date, u.summary, u.items])).toEqual([
      [
        '',
        '',
        [
          { text: 'Hiring is done', status: 'done', note: '' },
          { text: 'Waiting on hardware', status: null, note: '' },
        ],
      ],
    ])
    expect(report.entries).toEqual([])
  })

  it('after a dated update, start an update of their own', () => {
    const { doc } = read(`${HEADER}'''Status'''\n${UPDATES}* Undated remark\n`)
    expect(doc.updates.map((u) => [u.date, u.items.length])).toEqual([
      ['2019-10-28', 2],
      ['', 1],
    ])
  })

  it('come back on export as bullets without a date, and read back the same', () => {
    const page = `${HEADER}'''Status'''\n${UPDATES}* Undated remark {{Blocked}}\n*: blocked on legal\n`
    const { doc } = read(page)
    const exported = exportWikitext(doc)
    expect(exported).toContain('\n* Undated remark {{Not done|Blocked}} blocked on legal\n')
    const again = read(exported).doc
    expect(again.updates.map((u) => [u.date, u.items])).toEqual(
      doc.updates.map((u) => [u.date, u.items]),
    )
    expect(exportWikitext(again)).toBe(exported)
  })

  it('never turn into a dated line on export, whatever their text', () => {
    const { doc } = read(`${HEADER}'''Status'''\n* <nowiki/>October 28, 2019 status: typed\n`)
    expect(doc.updates.map((u) => [u.date, u.items.map((i) => i.text)])).toEqual([
      ['', ['October 28, 2019 status: typed']],
    ])
    const again = read(exportWikitext(doc)).doc
    expect(again.updates.map((u) => [u.date, u.items.map((i) => i.text)])).toEqual([
      ['', ['October 28, 2019 status: typed']],
    ])
  })
})
