import { describe, expect, it } from 'vitest'
import type { PlanDocument, StatusId } from '../../../../src/shared/model'
import { exportWikitext, importWikitext, PLAIN_PROFILE } from '../../../../src/shared/wiki'
import { sequentialIds, smallDoc } from './helpers'

const HEADER =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Team ==\n"

function read(body: string, pageTitle?: string): PlanDocument {
  const outcome = importWikitext(HEADER + body, { newId: sequentialIds(), now: 0, pageTitle })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.doc
}

function onlyGoal(body: string) {
  const { goals } = read(body)
  expect(goals).toHaveLength(1)
  return goals[0] as PlanDocument['goals'][number]
}

describe('importWikitext statuses', () => {
  const cases: Array<[string, StatusId]> = [
    ['{{done}}', 'done'],
    ['{{Done}}', 'done'],
    ['{{Not done|Postponed}}', 'postponed'],
    ['{{Not done|Blocked}}', 'blocked'],
    ['{{Not done}}', 'blocked'],
    ['{{Partially done}}', 'partially-done'],
    ['{{Incomplete}}', 'partially-done'],
    ['{{Incomplete|Partially done}}', 'partially-done'],
    ['{{To do}}', 'todo'],
    ['{{Todo}}', 'todo'],
    ['{{In progress}}', 'in-progress'],
    ['{{Inprogress}}', 'in-progress'],
    ['{{ in_progress }}', 'in-progress'],
    ['{{Blocked}}', 'blocked'],
    ['{{Postponed}}', 'postponed'],
    ["'''Done'''", 'done'],
    ["'''Partially done'''", 'partially-done'],
  ]
  for (const [markup, status] of cases) {
    it(`reads ${markup} after the text and before it`, () => {
      expect(onlyGoal(`* Ship the thing ${markup} late\n`)).toMatchObject({
        text: 'Ship the thing',
        status,
        note: 'late',
      })
      expect(onlyGoal(`* ${markup} - Ship the thing\n`)).toMatchObject({
        text: 'Ship the thing',
        status,
        note: '',
      })
    })
  }

  it('keeps a status template inside the text when the status comes first', () => {
    expect(
      onlyGoal('* {{In progress}} - Coordinate round 19 by Oct 1st {{Done}}. Then more.\n'),
    ).toMatchObject({
      status: 'in-progress',
      text: 'Coordinate round 19 by Oct 1st {{Done}}. Then more.',
    })
  })

  it('sets a goal without any status to To do and says so', () => {
    const outcome = importWikitext(HEADER + '* Migrate Service - changeprop\n', { now: 0 })
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.doc.goals[0]).toMatchObject({
      text: 'Migrate Service - changeprop',
      status: 'todo',
    })
    expect(outcome.report.entries).toEqual([
      { line: 4, text: '* Migrate Service - changeprop', reason: 'No status found; set to To do.' },
    ])
  })
})

describe('importWikitext tasks and markers', () => {
  const forms = [
    '{{Phabricator|T1234}}',
    '{{phab|T1234}}',
    '[[phab:T1234|T1234]]',
    '[[phab:T1234]]',
    'T1234',
    'task T1234',
  ]
  for (const form of forms) {
    it(`reads ${form}`, () => {
      expect(onlyGoal(`* Fix the cache ${form} {{Done}}\n`)).toMatchObject({
        text: 'Fix the cache',
        tasks: ['T1234'],
      })
    })
  }

  it('reads several tasks in page order and keeps other links in the text', () => {
    expect(
      onlyGoal('* See [[Kubernetes]] {{phab|T111}}, {{Phabricator|T222}} {{Done}}\n'),
    ).toMatchObject({
      text: 'See [[Kubernetes]]',
      tasks: ['T111', 'T222'],
    })
  })

  it('reads stretch and carried-over markers in their spellings', () => {
    expect(onlyGoal('* Do it (stretch) {{Done}}\n')).toMatchObject({ text: 'Do it', stretch: true })
    expect(onlyGoal('* [stretch] Do it {{Done}}\n')).toMatchObject({ text: 'Do it', stretch: true })
    expect(onlyGoal('* (Stretch): Do it {{Done}}\n')).toMatchObject({
      text: 'Do it',
      stretch: true,
    })
    expect(onlyGoal('* Do it (continued from Q4) {{Done}}\n')).toMatchObject({
      text: 'Do it',
      carriedOverFrom: 'Q4',
    })
  })
})

describe('importWikitext page structure', () => {
  it('reads "Directors:" and bold manager lines, and dependencies with or without text', () => {
    const doc = read(
      "Directors: A B, C D and E F\n\n'''Dependencies on:''' Search\n\n== Other ==\n'''Team Manager:''' X\nDependencies on:\n",
    )
    expect(doc.teams.map((t) => [t.managerLabel, t.managers, t.dependencies])).toEqual([
      ['Directors', ['A B', 'C D', 'E F'], 'Search'],
      ['Team Manager', ['X'], ''],
    ])
  })

  it('reads ungrouped and grouped status updates', () => {
    const doc = read(
      "'''Status'''\n* 28 October 2019 status:\n** Item one {{Done}} shipped\n** (no updates available)\n* 2019-12-12:\n** {{done}}\n*** Item two\n***: with a note\n** {{Not done|Blocked}}\n*** Item three\n",
    )
    expect(doc.updates.map((u) => [u.date, u.grouped, u.items])).toEqual([
      [
        '2019-10-28',
        false,
        [
          { text: 'Item one', status: 'done', note: 'shipped' },
          { text: '(no updates available)', status: null, note: '' },
        ],
      ],
      [
        '2019-12-12',
        true,
        [
          { text: 'Item two', status: 'done', note: 'with a note' },
          { text: 'Item three', status: 'blocked', note: '' },
        ],
      ],
    ])
  })

  it('takes department and quarter from the page title when there is no heading', () => {
    const outcome = importWikitext('== Team ==\n* Goal {{Done}}\n', {
      pageTitle: 'Wikimedia Technology/Goals/2020-21 Q3',
      now: 0,
    })
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.doc.plan).toMatchObject({
      department: 'Wikimedia Technology',
      fiscalYear: 2020,
      quarter: 3,
      fiscalYearStartMonth: 7,
      titlePattern: '{department}/Goals/{fy} Q{quarter}',
    })
    expect(outcome.report.entries[0]?.reason).toMatch(/page title/)
  })

  it('derives the fiscal-year start month from the period months', () => {
    const outcome = importWikitext(
      "'''Acme Goals, FY2020, Q1 (January - March 2020)'''\n== T ==\n* x {{Done}}\n",
      { now: 0 },
    )
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.doc.plan).toMatchObject({
      department: 'Acme',
      fiscalYear: 2020,
      quarter: 1,
      fiscalYearStartMonth: 1,
    })
  })

  it('refuses what is not a goals page, with one clear sentence', () => {
    for (const text of ['', '   \n\n', 'Just some prose about nothing.\n\nAnd more.']) {
      const outcome = importWikitext(text)
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.error).toMatch(/^[A-Z][^\n]*\.$/)
    }
  })

  it('recognises the plain profile and reads a custom profile from its comment', () => {
    const plain = importWikitext(exportWikitext(smallDoc(), { profile: PLAIN_PROFILE }))
    expect(plain.ok && plain.doc.plan.profile).toEqual(PLAIN_PROFILE)
    const custom = {
      kind: 'custom' as const,
      name: 'Ours',
      statuses: { ...PLAIN_PROFILE.statuses, done: '<span>✔ --> done</span>' },
      task: '[https://tasks.example/$1 $1]',
    }
    const page = exportWikitext(smallDoc(), { profile: custom })
    const outcome = importWikitext(page)
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.doc.plan.profile).toEqual(custom)
    expect(outcome.doc.goals.find((g) => g.text === 'Initial Stream Config Service')).toMatchObject(
      {
        status: 'done',
        tasks: ['T233634', 'T1'],
      },
    )
    expect(exportWikitext(outcome.doc)).toBe(page)
  })
})
