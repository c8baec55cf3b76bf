/**
 * Pages whose data today's rules would refuse: the importer still hands over
 * a plan that is valid (so it can be stored and backed up), and says in its
 * report what it changed.
 */
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../../src/shared/backup'
import { validatePlanDocument } from '../../../../src/shared/document'
import type { PlanDocument } from '../../../../src/shared/model'
import { MEDIAWIKI_PROFILE } from '../../../../src/shared/profiles'
import { exportWikitext, importWikitext, type ImportReport } from '../../../../src/shared/wiki'
import { sequentialIds } from './helpers'

const HEADER =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Team ==\n"

const PROFILE_WITHOUT_$1 = `<!-- Quarterdeck template profile: ${JSON.stringify({
  name: 'Our wiki',
  statuses: {
    todo: '[todo]',
    'in-progress': '[doing]',
    done: '[done]',
    blocked: '[blocked]',
    postponed: '[later]',
    'partially-done': '[partly]',
  },
  task: '[[phab:T]]',
})} -->\n`

/** Imports a page, insisting that it is read, valid, and opens from its own backup. */
function importValid(page: string): { doc: PlanDocument; report: ImportReport } {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  expect(validatePlanDocument(outcome.doc)).toEqual({ ok: true, document: outcome.doc })
  expect(parseBackup(serializeBackup([outcome.doc], 0))).toEqual({
    ok: true,
    docs: [outcome.doc],
  })
  return outcome
}

function reasons(report: ImportReport): string[] {
  return report.entries.map((entry) => entry.reason)
}

describe('a profile comment that breaks a profile rule', () => {
  const page = PROFILE_WITHOUT_$1 + HEADER + '* Ship the thing [done]\n* Plan the next [later]\n'

  it('still reads the statuses it names, keeps the default profile and says why', () => {
    const { doc, report } = importValid(page)
    expect(doc.goals.map((g) => [g.text, g.status])).toEqual([
      ['Ship the thing', 'done'],
      ['Plan the next', 'postponed'],
    ])
    expect(doc.plan.profile).toEqual(MEDIAWIKI_PROFILE)
    expect(report.entries[0]).toEqual({
      line: 1,
      text: expect.stringMatching(/^<!-- Quarterdeck template profile: /),
      reason:
        'Template profile comment not kept (Task link pattern must contain $1, which stands for the task id (T123)); the default profile is used.',
    })
  })

  it('gives a plan whose exported page imports again', () => {
    const { doc } = importValid(page)
    const again = importValid(exportWikitext(doc)).doc
    expect(again.goals.map((g) => [g.text, g.status])).toEqual(
      doc.goals.map((g) => [g.text, g.status]),
    )
  })

  it('is reported, not dropped silently, when it cannot be read at all', () => {
    const { doc, report } = importValid(
      '<!-- Quarterdeck template profile: {"name": -->\n' + HEADER + '* Ship it {{Done}}\n',
    )
    expect(doc.plan.profile).toEqual(MEDIAWIKI_PROFILE)
    expect(reasons(report)).toContain(
      'Template profile comment could not be read; the profile is chosen from the markup the page uses.',
    )
  })

  it('keeps a comment that follows the rules', () => {
    const sound = PROFILE_WITHOUT_$1.replace('[[phab:T]]', '[[phab:$1]]')
    const { doc, report } = importValid(sound + HEADER + '* Ship it [done] [[phab:T12]]\n')
    expect(doc.plan.profile).toMatchObject({ kind: 'custom', task: '[[phab:$1]]' })
    expect(report.entries).toEqual([])
  })
})

describe('a goal with no text of its own', () => {
  it('takes its task id as text, and says so', () => {
    const { doc, report } = importValid(HEADER + '* {{phab|T1}} {{Done}}\n')
    expect(doc.goals.map((g) => [g.text, g.tasks, g.status])).toEqual([['T1', ['T1'], 'done']])
    expect(report.entries).toEqual([
      {
        line: 4,
        text: '* {{phab|T1}} {{Done}}',
        reason: 'Goal has no text; its task id T1 used as its text.',
      },
    ])
  })

  it('takes all its task ids, in a table too', () => {
    const table = '{| class="wikitable"\n|-\n| {{phab|T5}} [[phab:T6|T6]] || {{Done}}\n|}\n'
    const { doc, report } = importValid(HEADER + table)
    expect(doc.goals.map((g) => [g.text, g.tasks])).toEqual([['T5, T6', ['T5', 'T6']]])
    expect(reasons(report)).toEqual(['Goal has no text; its task ids T5, T6 used as its text.'])
  })

  it('is named "Untitled goal" when it has no task either', () => {
    const { doc, report } = importValid(HEADER + '* {{Done}}\n* (stretch) {{To do}}\n')
    expect(doc.goals.map((g) => [g.text, g.status, g.stretch])).toEqual([
      ['Untitled goal', 'done', false],
      ['Untitled goal', 'todo', true],
    ])
    expect(reasons(report)).toEqual([
      'Goal has no text; named "Untitled goal".',
      'Goal has no text; named "Untitled goal".',
    ])
  })

  it('exports and imports again as the same goal', () => {
    const { doc } = importValid(HEADER + '* {{phab|T1}} {{Done}}\n')
    const page = exportWikitext(doc)
    const again = importValid(page)
    expect(again.doc.goals.map((g) => [g.text, g.tasks, g.status])).toEqual([
      ['T1', ['T1'], 'done'],
    ])
    expect(again.report.entries).toEqual([])
    expect(exportWikitext(again.doc)).toBe(page)
  })
})

describe('a status update dated a day the calendar does not have', () => {
  it('is not read as a date: the line is kept as an item, and no date is made up', () => {
    const body = "'''Status'''\n* February 30, 2020 status:\n** {{Done}}\n*** Superset upgrade\n"
    const { doc, report } = importValid(HEADER + body)
    expect(doc.updates.map((u) => [u.date, u.items.map((i) => i.text)])).toEqual([
      ['', ['February 30, 2020 status:', '', 'Superset upgrade']],
    ])
    expect(reasons(report)).toEqual([
      'Nested item kept as an item of the update without a date.',
      'Nested item kept as an item of the update without a date.',
    ])
  })
})

describe('a page that once gave a plan the app could not store', () => {
  it('imports now that a status bullet without a date keeps no date', () => {
    // Q4 of FY9999 ends in the year 10000: a date made up in it could not be stored.
    const page =
      "'''X Goals, FY9999, Q4 (April - June 1234)'''\n== Team ==\n* Goal {{Done}}\n'''Status'''\n* hello\n"
    const { doc } = importValid(page)
    expect(doc.updates.map((u) => [u.date, u.items])).toEqual([
      ['', [{ text: 'hello', status: null, note: '' }]],
    ])
  })
})

describe('a page of more goals than a quarter holds', () => {
  const page = (goals: number) =>
    HEADER + Array.from({ length: goals }, (_, k) => `* Goal ${k} {{Done}}\n`).join('')

  it('is refused in one sentence that gives both counts, and nothing is handed over', () => {
    const outcome = importWikitext(page(50_001), { newId: sequentialIds(), now: 0 })
    expect(outcome).toEqual({
      ok: false,
      error:
        'This page reads into a plan Quarterdeck cannot store (goals: a quarter holds at most 50,000 goals, and this one would hold 50,001); nothing was imported.',
    })
  })

  it('is read when it holds exactly as many as a quarter holds', () => {
    const { report } = importValid(page(50_000))
    expect(report.goals).toBe(50_000)
  })
})
