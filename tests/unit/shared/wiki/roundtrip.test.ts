import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateGoalText } from '../../../../src/shared/goals'
import type {
  PageLayout,
  PlanDocument,
  StatusId,
  StatusUpdateItem,
  TemplateProfile,
} from '../../../../src/shared/model'
import { STATUS_IDS } from '../../../../src/shared/statuses'
import {
  exportWikitext,
  importWikitext,
  MEDIAWIKI_PROFILE,
  PLAIN_PROFILE,
} from '../../../../src/shared/wiki'
import { planFromSpec } from '../../../support/planFromSpec'
import { canonical, sequentialIds } from './helpers'

// Everything that could break a page's structure, plus some ordinary text.
const TOKENS = [
  '|',
  '||',
  '!',
  '!!',
  '{{',
  '}}',
  '[[',
  ']]',
  '{|',
  '|}',
  '==',
  '=',
  '*',
  '#',
  ':',
  ';',
  '<nowiki>',
  '</nowiki>',
  '<nowiki/>',
  '~~~~',
  '&',
  '&amp;',
  '<',
  '>',
  '<br />',
  '<!--',
  '-->',
  ' ',
  '  ',
  '\n',
  '-',
  '----',
  "'''",
  'goal',
  'Done',
  'T123',
  '(stretch)',
  '[[a|b]]',
  '{{x|y}}',
  '{{!}}',
  '{{Done}}',
  "'''Done'''",
  ' and ',
  ', ',
]
const messy = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((parts) => parts.join(''))
const nonEmpty = messy.filter((t) => t !== '')
const status = fc.constantFrom<StatusId>(...STATUS_IDS)
const tasks = fc
  .uniqueArray(fc.integer({ min: 1, max: 999999 }), { maxLength: 3 })
  .map((ns) => ns.map((n) => `T${n}`))

// Goals need a text (see checkGoalFields): a plan with a blank one cannot be stored.
const goalText = messy.filter((t) => validateGoalText(t) === null)
const goalSpec = fc.record({
  text: goalText,
  status,
  tasks,
  note: messy,
  stretch: fc.boolean(),
  carriedOverFrom: fc.option(fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4'), { nil: null }),
})
const groupSpec = fc.record({
  title: messy,
  description: messy,
  goals: fc.array(goalSpec, { maxLength: 4 }),
})
const itemSpec = fc.oneof(
  fc.record({ text: messy, status, note: messy }),
  // A free item (no status) may hold status markup too: it reads back without a status.
  fc.record({ text: messy, status: fc.constant(null), note: messy }),
)
const updateSpec = fc.record({
  date: fc.date({ min: new Date('2019-01-01'), max: new Date('2021-12-31'), noInvalidDate: true }),
  summary: messy,
  grouped: fc.boolean(),
  items: fc.array(itemSpec, { maxLength: 4 }),
})
const teamSpec = fc.record({
  name: messy,
  managerLabel: messy,
  managers: fc.array(nonEmpty, { maxLength: 3 }),
  dependencies: messy,
  child: fc.boolean(),
  loose: fc.array(goalSpec, { maxLength: 3 }),
  groups: fc.array(groupSpec, { maxLength: 3 }),
  updates: fc.array(updateSpec, { maxLength: 2 }),
})
const docSpec = fc.record({
  intro: messy,
  teams: fc.array(teamSpec, { minLength: 1, maxLength: 4 }),
})

type DocSpec = typeof docSpec extends fc.Arbitrary<infer T> ? T : never

/** Builds a document whose arrays are already in page order, so they compare with an import. */
function build(spec: DocSpec): PlanDocument {
  return planFromSpec({
    ...spec,
    teams: spec.teams.map((team) => ({
      ...team,
      updates: team.updates.map((u) => {
        let items: StatusUpdateItem[] = u.items
        let grouped = u.grouped
        if (grouped) {
          // Grouped items are listed status by status, in order of first appearance.
          const order = [...new Set(items.map((item) => item.status))]
          items = order.flatMap((s) => items.filter((item) => item.status === s))
          grouped = items.some((item) => item.status !== null)
        }
        return { date: u.date.toISOString().slice(0, 10), summary: u.summary, grouped, items }
      }),
    })),
  })
}

/** What a page carries, without ids, timestamps or ranks. */
function content(doc: PlanDocument): unknown {
  const teamIndex = new Map(doc.teams.map((t, i) => [t.id, i]))
  return {
    intro: doc.plan.intro,
    teams: doc.teams.map((t) => [
      t.name,
      t.managerLabel,
      t.managers,
      t.dependencies,
      t.parentId && teamIndex.get(t.parentId),
    ]),
    groups: doc.groups.map((g) => [teamIndex.get(g.teamId), g.title, g.description]),
    goals: doc.goals.map((g) => [
      teamIndex.get(g.teamId),
      g.text,
      g.status,
      g.tasks,
      g.note,
      g.stretch,
      g.carriedOverFrom,
    ]),
    updates: doc.updates.map((u) => [
      teamIndex.get(u.teamId),
      u.date,
      u.summary,
      u.grouped,
      u.items,
    ]),
  }
}

const LAYOUTS: PageLayout[] = ['table', 'list']
const PROFILES: TemplateProfile[] = [MEDIAWIKI_PROFILE, PLAIN_PROFILE]
const setting = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  profile: fc.constantFrom(...PROFILES),
})

function importOrThrow(page: string): PlanDocument {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.doc
}

describe('round trips over generated plans', () => {
  it('export then import returns every text unchanged', () => {
    fc.assert(
      fc.property(docSpec, setting, (spec, options) => {
        const doc = build(spec)
        expect(content(importOrThrow(exportWikitext(doc, options)))).toEqual(content(doc))
      }),
      { numRuns: 150 },
    )
  })

  it('export → import → export is byte-identical, and import → export → import gives the same plan', () => {
    fc.assert(
      fc.property(docSpec, setting, (spec, options) => {
        const page = exportWikitext(build(spec), options)
        const first = importOrThrow(page)
        expect(first.plan.layout).toBe(
          spec.teams.some((t) => t.loose.length + t.groups.length > 0) ? options.layout : 'table',
        )
        const again = exportWikitext(first, options)
        expect(again).toBe(page)
        expect(canonical(importOrThrow(again))).toEqual(canonical(first))
      }),
      { numRuns: 150 },
    )
  })
})

describe('structure safety over generated texts', () => {
  const teamOf = (texts: string[]): DocSpec =>
    ({
      intro: texts[0] ?? '',
      teams: [
        {
          name: texts[1] ?? '',
          managerLabel: 'Team Manager',
          managers: ['A'],
          dependencies: texts[2] ?? '',
          child: false,
          loose: texts.map((text, i) => ({
            text,
            status: STATUS_IDS[i % 6] as StatusId,
            tasks: ['T1'],
            note: text,
            stretch: i % 2 === 0,
            carriedOverFrom: null,
          })),
          groups: [{ title: texts[3] ?? '', description: texts[4] ?? '', goals: [] }],
          updates: [],
        },
      ],
    }) as DocSpec

  it('keeps every goal in its own table row', () => {
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 12 }), (texts) => {
        const page = exportWikitext(build(teamOf(texts)), { layout: 'table' })
        const table = page.slice(page.indexOf('\n{|'), page.indexOf('\n|}'))
        const lines = table.split('\n').slice(2)
        // Only row separators, cells and the group header row; one separator per goal, one or two per group.
        for (const line of lines)
          expect(line).toMatch(/^(\|-|\| .*|\||! colspan="3" style="text-align:left" \| .*)$/)
        const description = (texts[4] ?? '') === '' ? 0 : 1
        expect(lines.filter((l) => l === '|-')).toHaveLength(texts.length + 1 + description)
        expect(lines.filter((l) => l !== '|-' && !l.startsWith('!'))).toHaveLength(
          texts.length * 3 + description,
        )
        // No cell separator survives outside links and templates (`!!` splits header lines only).
        for (const line of lines) {
          const outside = line.slice(2).replace(/\[\[[^[\]]*\]\]|\{\{[^{}]*\}\}/g, 'X')
          expect(outside).not.toMatch(line.startsWith('!') ? /\|\||!!/ : /\|\|/)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('keeps every goal in its own list item', () => {
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 12 }), (texts) => {
        const page = exportWikitext(build(teamOf(texts)), { layout: 'list' })
        const body = page.slice(page.indexOf('\n== '))
        const items = body.split('\n').filter((l) => /^[*#:;]/.test(l))
        expect(items.filter((l) => /^\*(?![*:])/.test(l))).toHaveLength(texts.length)
        for (const item of items) expect(item).toMatch(/^(\* |\*: |: )/)
        expect(page).not.toMatch(/~~~|<!--(?! Quarterdeck)|<nowiki>|<\/nowiki>/)
      }),
      { numRuns: 200 },
    )
  })
})

describe("the department's name through the navigation line", () => {
  // Apostrophes alone, in pairs and runs (which the page writes as references), at either end.
  const DEPARTMENTS = [
    "O'Brien's Technology",
    "Rock 'n' Roll",
    "'''Ops''' ''team",
    "''Quoted''",
    "'Ops",
    "Ops'",
    "Ops''",
    "A ''''' B",
    "'''",
  ]
  const apostrophes = fc
    .array(fc.constantFrom("'", "''", "'''", "'''''", 'Ops', ' ', 'team', '&', 'é'), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => parts.join('').trim())
    .filter((name) => /[^' ]/.test(name))

  function roundTrip(
    department: string,
    options: { layout: PageLayout; profile: TemplateProfile },
  ) {
    const goal = { text: 'Goal', status: 'todo', tasks: [], note: '', stretch: false }
    const doc = build({
      intro: 'Intro',
      teams: [
        {
          ...{ name: 'Team', managerLabel: '', managers: [], dependencies: '', child: false },
          loose: [{ ...goal, status: 'todo', carriedOverFrom: null }],
          groups: [],
          updates: [],
        },
      ],
    })
    doc.plan.department = department
    const page = exportWikitext(doc, options)
    const back = importOrThrow(page)
    return { page, back, again: exportWikitext(back, options) }
  }

  it.each(DEPARTMENTS)('reads %j back unchanged, and exports it again byte for byte', (name) => {
    for (const layout of LAYOUTS) {
      const { page, back, again } = roundTrip(name, { layout, profile: MEDIAWIKI_PROFILE })
      expect(back.plan.department).toBe(name)
      expect(again).toBe(page)
    }
  })

  it('reads generated names with apostrophes back unchanged', () => {
    fc.assert(
      fc.property(apostrophes, setting, (name, options) => {
        const { page, back, again } = roundTrip(name, options)
        expect(back.plan.department).toBe(name)
        expect(again).toBe(page)
      }),
      { numRuns: 200 },
    )
  })
})
