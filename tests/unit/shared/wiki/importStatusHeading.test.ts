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

describe('status dates without a year', () => {
  const dated = (doc: PlanDocument) =>
    doc.updates.map((u) => [u.date, u.summary, u.items.map((i) => [i.text, i.status])])

  it("are read with the year of the quarter's month, and reported", () => {
    const { doc, report } = read(
      `${HEADER}'''Status'''\n* 15 October: Parser shipped\n** Ship the parser {{Done}}\n`,
    )
    expect(dated(doc)).toEqual([['2019-10-15', 'Parser shipped', [['Ship the parser', 'done']]]])
    expect(report.entries).toEqual([
      {
        line: 5,
        text: '* 15 October: Parser shipped',
        reason: "Date without a year; read as October 15, 2019, in the quarter's months.",
      },
    ])
  })

  it('in the forms pages write them', () => {
    for (const bullet of [
      '* October 15: Parser shipped',
      '* Oct. 15 status: Parser shipped',
      "* '''15 October''': Parser shipped",
      '* 15th October: Parser shipped',
      "* '''Oct 15 status:''' Parser shipped",
    ]) {
      const { doc } = read(`${HEADER}'''Status'''\n${bullet}\n`)
      expect(dated(doc), bullet).toEqual([['2019-10-15', 'Parser shipped', []]])
    }
  })

  it('take the year each month has when the quarter spans a new year', () => {
    const header =
      "'''Wikimedia Technology Goals, FY2019–20, Q2 (November 2019 - January 2020)'''\n\n== Search ==\n"
    const { doc } = read(`${header}'''Status'''\n* 5 November: Early\n* 5 January: Late\n`)
    expect(doc.plan.fiscalYearStartMonth).toBe(8)
    expect(doc.updates.map((u) => u.date)).toEqual(['2019-11-05', '2020-01-05'])
  })

  it("stay without a date, reported, outside the quarter's months or on no day of the calendar", () => {
    const { doc, report } = read(
      `${HEADER}'''Status'''\n* 15 March: Too early\n* 31 November: No such day\n`,
    )
    expect(dated(doc)).toEqual([
      [
        '',
        '',
        [
          ['15 March: Too early', null],
          ['31 November: No such day', null],
        ],
      ],
    ])
    expect(report.entries.map((e) => [e.line, e.reason])).toEqual([
      [
        5,
        'Date without a year; March is not a month of the quarter, so it is kept without a date.',
      ],
      [6, 'Date without a year; November 2019 has no day 31, so it is kept without a date.'],
    ])
  })

  it('stay without a date where the page names no quarter', () => {
    const { doc, report } = read(
      `== Search ==\n* Goal one {{Done}}\n'''Status'''\n* 15 October: Parser shipped\n`,
    )
    expect(dated(doc)).toEqual([['', '', [['15 October: Parser shipped', null]]]])
    expect(report.entries.map((e) => e.reason)).toContain(
      'Date without a year; the page names no quarter, so it is kept without a date.',
    )
  })

  it('are not looked for in texts that only start with a month or a number', () => {
    const { doc } = read(
      `${HEADER}'''Status'''\n* May the parser ship\n* Phase 2: indexing\n* Mar 5 items: done\n`,
    )
    expect(dated(doc)).toEqual([
      [
        '',
        '',
        [
          ['May the parser ship', null],
          ['Phase 2: indexing', null],
          ['Mar 5 items: done', null],
        ],
      ],
    ])
  })

  it('come back the same through export: dated with the year, or kept as typed', () => {
    const { doc } = read(
      `${HEADER}'''Status'''\n* 15 October: Parser shipped\n* 15 March: Too early\n`,
    )
    const page = exportWikitext(doc)
    expect(page).toContain('\n* October 15, 2019 status: Parser shipped\n')
    expect(page).toContain('\n* <nowiki/>15 March: Too early\n')
    const again = read(page)
    expect(dated(again.doc)).toEqual(dated(doc))
    expect(again.report.entries).toEqual([])
    expect(exportWikitext(again.doc)).toBe(page)
  })
})
