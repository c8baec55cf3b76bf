/**
 * Issue 14, items 1 and 2: goals as bullets inside a table cell, and tables
 * of many columns mapped by their header row, kept and written back in the
 * same layout.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../../src/shared/backup'
import { validatePlanDocument } from '../../../../src/shared/document'
import { validateGoalText } from '../../../../src/shared/goals'
import type { PlanDocument } from '../../../../src/shared/model'
import { evenRanks } from '../../../../src/shared/ranks'
import { STATUS_IDS } from '../../../../src/shared/statuses'
import { exportWikitext, importWikitext, type ImportReport } from '../../../../src/shared/wiki'
import { cleanText } from '../../../../src/shared/wiki/syntax/escape'
import { anyText } from '../planArbitrary'
import { columnRoles } from '../../../../src/shared/wiki/syntax/tableColumns'
import { sequentialIds, smallDoc } from './helpers'

const HEADER =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Performance ==\n"

/** Imports a page, insisting that the plan is valid and opens from its own backup. */
function read(body: string): { doc: PlanDocument; report: ImportReport } {
  const outcome = importWikitext(HEADER + body, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  expect(validatePlanDocument(outcome.doc)).toEqual({ ok: true, document: outcome.doc })
  expect(parseBackup(serializeBackup([outcome.doc], 0))).toEqual({ ok: true, docs: [outcome.doc] })
  return outcome
}

function goalsOf(doc: PlanDocument) {
  return doc.goals.map((g) => [g.text, g.status, g.tasks, g.note, g.stretch])
}

function reasons(report: ImportReport): string[] {
  return report.entries.map((e) => `${e.line}: ${e.reason}`)
}

describe('goals as bullets inside a table cell', () => {
  const table = `{| class="wikitable"
|-
! colspan="2" | Core Work
|-
| colspan="2" |
* Ship the dashboard {{Done}} {{phab|T1234}}
* {{In progress}} - Tune the alerts [[phab:T2345|T2345]]
* Write the runbook (stretch) {{To do}}
** with the on-call team
|-
! colspan="2" | Reduce Complexity
|-
|
* Drop the legacy cache {{Not done|Blocked}} waiting on SRE
|}
`

  it('reads each item as a goal of its own under its group, with its status and tasks', () => {
    const { doc } = read(table)
    expect(doc.groups.map((g) => g.title)).toEqual(['Core Work', 'Reduce Complexity'])
    expect(goalsOf(doc)).toEqual([
      ['Ship the dashboard', 'done', ['T1234'], '', false],
      ['Tune the alerts', 'in-progress', ['T2345'], '', false],
      ['Write the runbook', 'todo', [], 'with the on-call team', true],
      ['Drop the legacy cache', 'blocked', [], 'waiting on SRE', false],
    ])
    expect(doc.goals.map((g) => doc.groups.find((x) => x.id === g.groupId)?.title)).toEqual([
      'Core Work',
      'Core Work',
      'Core Work',
      'Reduce Complexity',
    ])
  })

  it('marks only the item that says (stretch)', () => {
    const { doc } = read(table)
    expect(doc.goals.map((g) => g.stretch)).toEqual([false, false, true, false])
  })

  it('reports the nested item it keeps as a note, with its line', () => {
    expect(reasons(read(table).report)).toEqual(['12: Kept in the note of the goal above.'])
  })

  it('exports one row per goal, which reads back as the same goals', () => {
    const { doc } = read(table)
    const again = importWikitext(exportWikitext(doc), { newId: sequentialIds(), now: 0 })
    if (!again.ok) throw new Error(again.error)
    expect(goalsOf(again.doc)).toEqual(goalsOf(doc))
  })

  it('reads a list under a bold group title in the same cell', () => {
    const { doc, report } = read(
      "{| class=\"wikitable\"\n|-\n| '''Core Work'''\n* Ship it {{Done}}\n* Test it {{To do}}\n|}\n",
    )
    expect(doc.groups.map((g) => g.title)).toEqual(['Core Work'])
    expect(doc.goals.map((g) => g.text)).toEqual(['Ship it', 'Test it'])
    expect(reasons(report)).toEqual([
      '6: Text before the list in a table cell read as a priority group heading.',
    ])
  })
})

describe('tables of many columns', () => {
  const table = `{| class="wikitable"
! Team !! Goal !! Dependencies !! ETA !! Status
|-
! colspan="5" | Core Work
|-
| Perf || Ship the dashboard {{phab|T1234}} || SRE for hardware, {{phab|T999}} || November || {{Done}}
|-
| Perf || Tune the alerts (stretch) || || December || {{In progress}} needs data
|}
`

  it('maps the columns by their header: the goal text is the goal column only', () => {
    const { doc } = read(table)
    expect(goalsOf(doc)).toEqual([
      ['Ship the dashboard', 'done', ['T1234', 'T999'], '', false],
      ['Tune the alerts', 'in-progress', [], 'needs data', true],
    ])
  })

  it('keeps the other columns by header, and the layout on the team', () => {
    const { doc, report } = read(table)
    expect(doc.teams[0]?.columns).toEqual(['Team', 'Goal', 'Dependencies', 'ETA', 'Status'])
    expect(doc.goals.map((g) => g.columns)).toEqual([
      { Team: 'Perf', Dependencies: 'SRE for hardware, {{phab|T999}}', ETA: 'November' },
      { Team: 'Perf', ETA: 'December' },
    ])
    expect(report.entries).toEqual([])
  })

  it('never reads the header row as a goal', () => {
    expect(read(table).doc.goals.map((g) => g.text)).not.toContain('Goal')
  })

  it('exports in the same layout, and that page reads back byte for byte', () => {
    const { doc } = read(table)
    const page = exportWikitext(doc)
    expect(page).toContain(`{| class="wikitable" style="width:100%"
! Team !! Goal !! Dependencies !! ETA !! Status
|-
! colspan="5" style="text-align:left" | Core Work
|-
| Perf
| Ship the dashboard {{Phabricator|T1234}}
| SRE for hardware, {{phab|T999}}
| November
| {{Done}}
|-
| Perf
| Tune the alerts (stretch)
|
| December
| {{In progress}} needs data
|}`)
    const again = importWikitext(page, { newId: sequentialIds(), now: 0 })
    if (!again.ok) throw new Error(again.error)
    expect(exportWikitext(again.doc)).toBe(page)
    expect(again.doc.goals.map((g) => [g.tasks, g.columns])).toEqual(
      doc.goals.map((g) => [g.tasks, g.columns]),
    )
  })

  it('reads columns in any order, with a Notes column', () => {
    const { doc } = read(`{| class="wikitable"
! Status !! ETA !! Goal !! Notes
|-
| {{Partially done}} || Q3 || Migrate the job queue T123456 || half the wikis
|}
`)
    expect(goalsOf(doc)).toEqual([
      ['Migrate the job queue', 'partially-done', ['T123456'], 'half the wikis', false],
    ])
    expect(doc.goals[0]?.columns).toEqual({ ETA: 'Q3' })
    expect(exportWikitext(doc)).toContain(
      '! Status !! ETA !! Goal !! Notes\n|-\n| {{Incomplete|Partially done}}\n| Q3\n| Migrate the job queue {{Phabricator|T123456}}\n| half the wikis\n|}',
    )
  })

  it('reads a first row of bold cells as the header', () => {
    const { doc, report } = read(`{| class="wikitable"
| '''Goal''' || '''Status''' || '''Owner'''
|-
| Ship it || {{Done}} || Ann
|}
`)
    expect(goalsOf(doc)).toEqual([['Ship it', 'done', [], '', false]])
    expect(doc.teams[0]?.columns).toEqual(['Goal', 'Status', 'Owner'])
    expect(doc.goals[0]?.columns).toEqual({ Owner: 'Ann' })
    expect(report.entries).toEqual([])
  })

  it('writes the status after the text when the table has no status column', () => {
    const { doc } = read(`{| class="wikitable"
! Goal !! ETA
|-
| Ship it {{Done}} early || Q2
|}
`)
    expect(goalsOf(doc)).toEqual([['Ship it', 'done', [], 'early', false]])
    const page = exportWikitext(doc)
    expect(page).toContain('! Goal !! ETA\n|-\n| Ship it {{Done}} early\n| Q2\n|}')
    const again = importWikitext(page, { newId: sequentialIds(), now: 0 })
    expect(again.ok && exportWikitext(again.doc)).toBe(page)
  })

  it('keeps the note of a goal whose text holds a status, in a table with no status or note column', () => {
    // The status then goes first ("{{To do}} - …"), and the note used to be dropped from the page.
    const { doc } = read(`{| class="wikitable"
! Goal !! ETA
|-
| Ship it || Q2
|}
`)
    const goal = doc.goals[0] as PlanDocument['goals'][number]
    goal.text = 'Replace {{Done}} markers'
    goal.note = 'ask SRE: first\nthen *us*'
    const page = exportWikitext(doc)
    expect(page).toContain(
      '| {{To do}} - Replace {{Done}} markers\n: ask SRE: first<br />then *us*\n| Q2\n|}',
    )
    const again = importWikitext(page, { newId: sequentialIds(), now: 0 })
    if (!again.ok) throw new Error(again.error)
    expect(goalsOf(again.doc)).toEqual([
      ['Replace {{Done}} markers', 'todo', [], 'ask SRE: first\nthen *us*', false],
    ])
    expect(again.doc.goals[0]?.columns).toEqual({ ETA: 'Q2' })
    expect(again.report.entries).toEqual([])
    expect(exportWikitext(again.doc)).toBe(page)
  })

  it("takes task links of the page's own profile from any column of the row", () => {
    // A custom profile's task links ({{Task|T1}}) in a Ticket column were no tasks: only
    // Phabricator templates, phab: links and bare ids of three digits or more were read there.
    const doc = smallDoc()
    doc.plan.profile = {
      kind: 'custom',
      name: 'Wikitech',
      statuses: { ...doc.plan.profile.statuses },
      task: '{{Task|$1}}',
    }
    const team = doc.teams[0] as PlanDocument['teams'][number]
    team.columns = ['Goal', 'Ticket', 'Status']
    doc.goals = doc.goals.filter((g) => g.teamId !== team.id)
    doc.goals.push({
      id: 'c0',
      planId: doc.plan.id,
      teamId: team.id,
      groupId: null,
      text: 'Ship it',
      status: 'done',
      tasks: ['T1', 'T2'],
      note: '',
      stretch: false,
      carriedOverFrom: null,
      rank: 'a',
      createdAt: 0,
      updatedAt: 0,
      columns: { Ticket: 'see {{Task|T1}}' },
    })
    const page = exportWikitext(doc, { layout: 'table' })
    // The task the Ticket column links is not repeated after the text.
    expect(page).toContain('| Ship it {{Task|T2}}\n| see {{Task|T1}}\n| {{Done}}')
    const back = importWikitext(page, { newId: sequentialIds(), now: 0 })
    if (!back.ok) throw new Error(back.error)
    const goal = back.doc.goals.find((g) => g.text === 'Ship it')
    expect([...(goal?.tasks ?? [])].sort()).toEqual(['T1', 'T2'])
    expect(exportWikitext(back.doc, { layout: 'table' })).toBe(page)
  })

  it('reads a list in the goal column as goals of their own, sharing the row and marking only the stretch item', () => {
    const { doc, report } = read(`{| class="wikitable"
! Goal !! ETA !! Status
|-
| Improve search relevance:
* Ship the new ranker {{phab|T1234}}
* Tune it for German (stretch)
* Drop the old ranker {{Done}}
| November || {{In progress}} halfway
|}
`)
    expect(doc.groups.map((g) => g.title)).toEqual(['Improve search relevance:'])
    expect(goalsOf(doc)).toEqual([
      ['Ship the new ranker', 'in-progress', ['T1234'], 'halfway', false],
      ['Tune it for German', 'in-progress', [], 'halfway', true],
      ['Drop the old ranker', 'done', [], 'halfway', false],
    ])
    expect(doc.goals.map((g) => g.columns)).toEqual([
      { ETA: 'November' },
      { ETA: 'November' },
      { ETA: 'November' },
    ])
    expect(reasons(report)).toEqual([
      '7: Text before the list in a table cell read as a priority group heading.',
    ])
  })

  it('gives the items of a list the status of the cell beside it, without a header too', () => {
    const { doc } = read(`{| class="wikitable"
|-
|
* Ship it
* Test it
| {{Done}}
|}
`)
    expect(goalsOf(doc)).toEqual([
      ['Ship it', 'done', [], '', false],
      ['Test it', 'done', [], '', false],
    ])
  })

  it('takes a Task or Project column for the goal when no column is named Goal', () => {
    const { doc } = read(`{| class="wikitable"
! Project !! Owner !! Status
|-
| Ship it || Ann || {{Done}}
|}
`)
    expect(goalsOf(doc)).toEqual([['Ship it', 'done', [], '', false]])
    expect(doc.goals[0]?.columns).toEqual({ Owner: 'Ann' })
  })

  it('reads rows as before, and reports the header, when the header names no goal column', () => {
    const { doc, report } = read(`{| class="wikitable"
! Owner !! State
|-
| Ship it || {{Done}}
|}
`)
    expect(doc.teams[0]?.columns).toBeUndefined()
    expect(goalsOf(doc)).toEqual([['Ship it', 'done', [], '', false]])
    expect(reasons(report)).toEqual(['5: Table header row skipped.'])
  })

  it('keeps the default layout for a Goal / Status / Notes header', () => {
    const { doc, report } = read(`{| class="wikitable"
! Goal !! Status !! Notes
|-
| Ship it || {{Done}} || early
|}
`)
    expect(doc.teams[0]?.columns).toBeUndefined()
    expect(goalsOf(doc)).toEqual([['Ship it', 'done', [], 'early', false]])
    expect(reasons(report)).toEqual(['5: Table header row skipped.'])
  })

  it('writes the other columns into the notes when the list layout is asked for', () => {
    const { doc } = read(table)
    expect(exportWikitext(doc, { layout: 'list' })).toContain(
      '* Ship the dashboard {{Phabricator|T1234}} {{Phabricator|T999}} {{Done}} Team: Perf; Dependencies: SRE for hardware, {{phab|T999}}; ETA: November\n',
    )
  })

  it('writes a value of a column its team does not have into the note', () => {
    const { doc } = read(table)
    const moved = { ...doc, teams: doc.teams.map(({ columns: _c, ...team }) => team) }
    expect(exportWikitext(moved)).toContain(
      '| Tune the alerts (stretch)\n| {{In progress}}\n| needs data; Team: Perf; ETA: December\n',
    )
  })
})

function roundTrips(doc: PlanDocument): boolean {
  const page = exportWikitext(doc, { layout: 'table' })
  const again = importWikitext(page, { newId: sequentialIds(), now: 0 })
  return again.ok && exportWikitext(again.doc, { layout: 'table' }) === page
}

describe('a table of many columns, for any text in it', () => {
  const labelSets = [
    ['Goal', 'ETA', 'Status'],
    ['Team', 'Goal', 'Dependencies', 'ETA', 'Status'],
    ['Status', 'Goal', 'Notes', 'Owner'],
    ['Goal', 'ETA'],
  ]
  const goalSpec = fc.record({
    text: anyText.filter((text) => validateGoalText(text) === null),
    note: anyText,
    status: fc.constantFrom(...STATUS_IDS),
    tasks: fc.uniqueArray(
      fc.integer({ min: 1, max: 99999 }).map((n) => `T${n}`),
      {
        maxLength: 2,
      },
    ),
    stretch: fc.boolean(),
    values: fc.dictionary(fc.constantFrom('ETA', 'Team', 'Dependencies', 'Owner'), anyText),
    // Values of the hostile columns below, by position.
    extraValues: fc.array(anyText, { maxLength: 2 }),
  })
  // A column of an imported page may be named anything (other than a goal, status or note name),
  // "x {{a<b|c}}" and "!!" included: the header row must show it and read back as it.
  const hostileLabel = fc.oneof(
    anyText,
    fc.constantFrom('x {{a<b|c}}', '{{#|z}}', '{{a!!}}', '[[a|b]] {{a>b|c}}', '|', '!'),
  )
  const labelsArbitrary = fc
    .tuple(fc.constantFrom(...labelSets), fc.uniqueArray(hostileLabel, { maxLength: 2 }), fc.nat())
    .map(([base, extra, at]) => {
      const others = extra.filter(
        (label) =>
          cleanText(label) === label &&
          label.trim() !== '' &&
          !base.includes(label.trim()) &&
          columnRoles([...base, label]).at(-1) === 'other',
      )
      const cut = at % (base.length + 1)
      return { labels: [...base.slice(0, cut), ...others, ...base.slice(cut)], others }
    })
    .filter(({ labels }) => new Set(labels.map((l) => l.trim())).size === labels.length)

  it('exports, imports and exports again byte for byte', () => {
    fc.assert(
      fc.property(
        labelsArbitrary,
        fc.array(goalSpec, { maxLength: 4 }),
        ({ labels, others }, goalSpecs) => {
          const specs = goalSpecs.map(({ extraValues, values, ...goal }) => ({
            ...goal,
            values: {
              ...values,
              ...Object.fromEntries(
                others.flatMap((label, k) => {
                  const value = extraValues[k]
                  return value === undefined ? [] : [[label, value]]
                }),
              ),
            },
          }))
          const doc = smallDoc()
          const team = doc.teams[0] as PlanDocument['teams'][number]
          team.columns = labels
          const ranks = evenRanks(specs.length)
          doc.goals = doc.goals.filter((g) => g.teamId !== team.id)
          specs.forEach(({ values, ...fields }, i) => {
            doc.goals.push({
              id: `c${i}`,
              planId: doc.plan.id,
              teamId: team.id,
              groupId: null,
              carriedOverFrom: null,
              rank: ranks[i] as string,
              createdAt: 0,
              updatedAt: 0,
              ...fields,
              columns: values,
            })
          })
          // What the default layout cannot bring back either is the exporter's to fix, not this layout's.
          fc.pre(roundTrips({ ...doc, teams: doc.teams.map(({ columns: _c, ...t }) => t) }))
          const page = exportWikitext(doc, { layout: 'table' })
          const once = importWikitext(page, { newId: sequentialIds(), now: 0 })
          if (!once.ok) throw new Error(once.error)
          expect(once.doc.teams[0]?.columns).toEqual(labels)
          expect(exportWikitext(once.doc)).toBe(page)
          // Not only the same page: the same goals, none of their fields dropped on the way.
          // (Values of a column the table lacks are written into the note, "Owner: Ann".)
          const read = once.doc.goals.filter((g) => g.teamId === once.doc.teams[0]?.id)
          expect(read.map((g) => [g.text, g.status, g.note, g.stretch, g.columns ?? {}])).toEqual(
            specs.map(({ values, ...goal }) => {
              const kept = Object.entries(values).filter(([, v]) => cleanText(v) !== '')
              const hidden = kept.filter(([label]) => !labels.includes(label))
              // A note of control characters only is no note: the page leaves them out.
              const note = [goal.note, ...hidden.map(([label, v]) => `${label}: ${v}`)]
                .filter((part) => cleanText(part) !== '')
                .join('; ')
              const shown = kept.filter(([label]) => labels.includes(label))
              return [
                cleanText(goal.text),
                goal.status,
                cleanText(note),
                goal.stretch,
                Object.fromEntries(shown.map(([label, v]) => [label, cleanText(v)])),
              ]
            }),
          )
        },
      ),
      {
        numRuns: 200,
        // Found by CI runs: a note of one NUL beside a value the table has no column for, and
        // columns named as the properties every object has (the export crashed on "toString").
        examples: [
          [
            { labels: ['toString', 'Goal', 'ETA', 'Status'], others: ['toString'] },
            [
              {
                text: '¡',
                note: '',
                status: 'todo',
                tasks: [],
                stretch: false,
                values: {},
                extraValues: [],
              },
            ],
          ],
          [
            {
              labels: ['Goal', '__proto__', 'constructor', 'Status'],
              others: ['__proto__', 'constructor'],
            },
            [
              {
                text: 'A goal',
                note: '',
                status: 'done',
                tasks: [],
                stretch: false,
                values: {},
                extraValues: ['kept', 'also kept'],
              },
            ],
          ],
          [
            { labels: ['Goal', 'ETA', 'Status'], others: [] },
            [
              {
                text: '|',
                note: '\u0000',
                status: 'todo',
                tasks: [],
                stretch: false,
                values: { Owner: ' ' },
                extraValues: [],
              },
            ],
          ],
        ],
      },
    )
  })
})
