/**
 * Issue 14, items 4 to 6: navigation at the top of a page, manager lines as
 * written, and pages that are not goals pages.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/cli/run'
import type { PlanDocument } from '../../../../src/shared/model'
import { exportWikitext, importWikitext, type ImportReport } from '../../../../src/shared/wiki'
import { memoryIo } from '../../cli/memoryIo'
import { sequentialIds } from './helpers'

const TITLE = "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''"
const BODY = 'Intro of the quarter.\n\n== Search ==\n* Ship the parser {{Done}}\n'

function read(page: string): { doc: PlanDocument; report: ImportReport } {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}

describe('navigation at the top of a page', () => {
  it('reads a navigation template as navigation, not intro, and says it is not kept', () => {
    const { doc, report } = read(`{{Technology Goals navigation}}\n${TITLE}\n${BODY}`)
    expect(doc.plan).toMatchObject({ intro: 'Intro of the quarter.', quarter: 2, fiscalYear: 2019 })
    expect(report.entries).toEqual([
      {
        line: 1,
        text: '{{Technology Goals navigation}}',
        reason: 'Navigation template not kept; the exported page has its own navigation line.',
      },
    ])
  })

  it('knows a template by the neighbouring quarters it is given, whatever its name', () => {
    const call =
      '{{Goals|prev=Wikimedia Technology/Goals/2019-20 Q1|next=Wikimedia Technology/Goals/2019-20 Q3}}'
    expect(read(`${call}\n${TITLE}\n${BODY}`).doc.plan.intro).toBe('Intro of the quarter.')
  })

  it('keeps other templates of the preamble in the intro', () => {
    expect(read(`${TITLE}\n{{TOC right}}\n${BODY}`).doc.plan.intro).toBe(
      '{{TOC right}}\nIntro of the quarter.',
    )
  })

  it('reads a line of previous/next links as navigation and takes the title pattern from it', () => {
    const links =
      '← [[Acme/Goals/2019-20 Q1|Previous quarter]] · [[Acme/Goals/2019-20 Q3|Next quarter]] →'
    const { doc, report } = read(`${links}\n${TITLE}\n${BODY}`)
    expect(doc.plan.intro).toBe('Intro of the quarter.')
    expect(doc.plan.titlePattern).toBe('Acme/Goals/{fy} Q{quarter}')
    expect(report.entries).toEqual([])
  })

  it('reads links around the quarter title as navigation', () => {
    const line = `← [[Acme/Goals/2019-20 Q1|Previous]] | ${TITLE} | [[Acme/Goals/2019-20 Q3|Next]] →`
    const { doc } = read(`${line}\n${BODY}`)
    expect(doc.plan).toMatchObject({
      intro: 'Intro of the quarter.',
      titlePattern: 'Acme/Goals/{fy} Q{quarter}',
    })
  })

  it('never shows navigation twice on the exported page', () => {
    for (const top of [
      `{{Technology Goals navigation}}\n${TITLE}`,
      `[[Wikimedia Technology/Goals/2019-20 Q1|← Q1]] ${TITLE} [[Wikimedia Technology/Goals/2019-20 Q3|Q3 →]]`,
    ]) {
      const page = exportWikitext(read(`${top}\n${BODY}`).doc)
      expect(occurrences(page, 'FY2019–20, Q2')).toBe(1)
      expect(occurrences(page, '2019-20 Q3|')).toBe(1)
      expect(page).not.toContain('navigation')
    }
  })
})

describe('manager lines', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Directors: A, B', 'Directors', ['A', 'B']],
    ['Directors: A, B, and C', 'Directors', ['A', 'B', 'C']],
    [
      'Directors: Mark Bergsma and Faidon Liambotis',
      'Directors',
      ['Mark Bergsma', 'Faidon Liambotis'],
    ],
    ["'''Team Manager:''' Nuria Ruiz", 'Team Manager', ['Nuria Ruiz']],
    ["'''Team Manager''': Nuria Ruiz", 'Team Manager', ['Nuria Ruiz']],
    ["''Product Owner:'' Ann", 'Product Owner', ['Ann']],
    ["''Engineering Managers'': Ann, Bo and Cy", 'Engineering Managers', ['Ann', 'Bo', 'Cy']],
    ['Team Lead: Ann', 'Team Lead', ['Ann']],
  ]
  for (const [line, label, managers] of cases) {
    it(`reads "${line}" with its label as written`, () => {
      const { doc, report } = read(`${TITLE}\n== Search ==\n${line}\n* Ship {{Done}}\n`)
      expect(doc.teams.map((t) => [t.managerLabel, t.managers])).toEqual([[label, managers]])
      expect(report.entries).toEqual([])
    })
  }
})

describe('manager lines written back', () => {
  for (const names of [
    'A, B',
    'A, B, C',
    'A, B and C',
    'A, B, and C',
    'Mark Bergsma and Faidon Liambotis',
    'Nuria Ruiz',
  ]) {
    it(`writes "Directors: ${names}" as the page wrote it`, () => {
      const { doc } = read(`${TITLE}\n== Search ==\nDirectors: ${names}\n* Ship {{Done}}\n`)
      const page = exportWikitext(doc)
      expect(page).toContain(`\nDirectors: ${names}\n`)
      expect(exportWikitext(read(page).doc)).toBe(page)
    })
  }
})

describe('a page that is not a goals page', () => {
  const article = `'''Cats''' are small mammals.\n\n== History ==\nCats were domesticated long ago.\n\n== Behaviour ==\n* They sleep.\n* They purr.\n`
  const talk = `== Why is the parser goal blocked? ==\nIt says {{Done}} above. [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 October 2019 (UTC)\n:It was moved to Q3. ~~~~\n`

  it('gets one sentence for an encyclopedia-style article, not an empty quarter', () => {
    expect(importWikitext(article)).toEqual({
      ok: false,
      error:
        'This is not a quarterly goals page: it has no quarter heading and no goal with a status or task link.',
    })
  })

  it('gets one sentence for a talk page, even one that uses status templates', () => {
    expect(importWikitext(talk)).toEqual({
      ok: false,
      error:
        'This is a talk page, not a quarterly goals page: it has signed comments and no quarter heading.',
    })
  })

  it('makes the command line exit with 1 and that sentence', async () => {
    for (const page of [article, talk]) {
      const io = memoryIo({ 'page.wiki': page })
      expect(await runCli(['import', 'page.wiki', '-o', 'backup.json'], io)).toBe(1)
      expect(io.err).toMatch(
        /^quarterdeck: cannot import "page.wiki": This [^\n]*goals page[^\n]*\n$/,
      )
      expect(io.files.has('backup.json')).toBe(false)
    }
  })

  it('reads goals without statuses or tasks when the page title names the quarter', () => {
    const outcome = importWikitext('== Search ==\n* Ship the parser\n', {
      pageTitle: 'Wikimedia Technology/Goals/2019-20 Q2',
    })
    expect(outcome.ok && outcome.doc.goals.map((g) => [g.text, g.status])).toEqual([
      ['Ship the parser', 'todo'],
    ])
    expect(importWikitext(talk, { pageTitle: 'Talk:Acme/Goals/2019-20 Q2' }).ok).toBe(false)
  })

  it('still reads a goals page without a quarter heading when its goals have statuses or tasks', () => {
    expect(importWikitext('== Search ==\n* Ship the parser {{Done}}\n').ok).toBe(true)
    expect(importWikitext('== Search ==\n* Ship the parser {{phab|T1}}\n').ok).toBe(true)
  })
})
