/**
 * fast-check generators of plan documents the app could hold: every goal
 * field follows checkGoalFields, the profile follows checkTemplateProfile,
 * references point inside the plan. Texts mix any characters (control
 * characters, lone surrogates) with the wikitext that could break a page.
 */
import fc from 'fast-check'
import { UNDATED } from '../../../src/shared/dates'
import { validateGoalText } from '../../../src/shared/goals'
import type {
  Goal,
  PlanDocument,
  PriorityGroup,
  StatusChange,
  StatusId,
  StatusUpdate,
  Team,
  TemplateProfile,
} from '../../../src/shared/model'
import { createPlan } from '../../../src/shared/plan'
import { MEDIAWIKI_PROFILE, PLAIN_PROFILE } from '../../../src/shared/profiles'
import { evenRanks } from '../../../src/shared/ranks'
import { STATUS_IDS } from '../../../src/shared/statuses'

/** Pieces of wikitext that could break a page's structure, and some that read as markup. */
export const WIKI_TOKENS = [
  '|',
  '||',
  '!!',
  '{{',
  '}}',
  '[[',
  ']]',
  '{|',
  '|}',
  '|-',
  '==',
  '*',
  '#',
  ':',
  ';',
  '<nowiki>',
  '</nowiki>',
  '<!--',
  '-->',
  '~~~~',
  '&amp;',
  '<br />',
  ' ',
  '\n',
  '----',
  "'''",
  'goal',
  'T123456',
  'T1',
  '(stretch)',
  '(continued from Q1)',
  '{{Done}}',
  "'''Done'''",
  '{{phab|T77}}',
  '[[phab:T8|T8]]',
  'Team Manager:',
  'Dependencies on:',
  "'''Status'''",
  'October 28, 2019 status:',
  ' and ',
  ', ',
]

const wikiText = fc
  .array(fc.constantFrom(...WIKI_TOKENS), { maxLength: 6 })
  .map((parts) => parts.join(''))

/** Any text a person might type or paste, wikitext included. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), wikiText)

const oneLine = anyText.map((text) => text.replace(/[\r\n]/g, ' '))
const status = fc.constantFrom<StatusId>(...STATUS_IDS)
const taskId = fc.integer({ min: 1, max: 9_999_999 }).map((n) => `T${n}`)

const customProfile: fc.Arbitrary<TemplateProfile> = fc
  .record({
    name: anyText,
    markers: fc.uniqueArray(
      fc.oneof(
        oneLine,
        fc.constantFrom('{{Done}}', '{{done}}', "'''Done'''", '{{Not done}}', '[x]', 'Done'),
      ),
      { minLength: 6, maxLength: 6, selector: (marker) => marker.trim() },
    ),
    before: oneLine,
    after: oneLine,
  })
  .filter(({ markers }) => markers.every((marker) => marker.trim() !== ''))
  .map(({ name, markers, before, after }) => ({
    kind: 'custom',
    name,
    statuses: Object.fromEntries(STATUS_IDS.map((s, i) => [s, markers[i]])) as Record<
      StatusId,
      string
    >,
    task: `${before}$1${after}`,
  }))

/** A profile the app can hold: a built-in one or a custom one that follows the rules. */
export const profileArbitrary = fc.oneof(
  fc.constant(MEDIAWIKI_PROFILE),
  fc.constant(PLAIN_PROFILE),
  customProfile,
)

const goalSpec = fc.record({
  text: anyText.filter((text) => validateGoalText(text) === null),
  status,
  tasks: fc.uniqueArray(taskId, { maxLength: 3 }),
  note: anyText,
  stretch: fc.boolean(),
  carriedOverFrom: fc.option(fc.oneof(fc.constantFrom('Q1', 'Q4'), anyText), { nil: null }),
  group: fc.nat(),
  history: fc.array(status, { maxLength: 2 }),
  // Values of a hand-written table's other columns (Goal.columns).
  columns: fc.option(fc.dictionary(fc.constantFrom('ETA', 'Team', 'Dependencies'), anyText), {
    nil: undefined,
  }),
})

const updateSpec = fc.record({
  // Null: an update the page gave no date (UNDATED).
  date: fc.option(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
    { nil: null },
  ),
  summary: anyText,
  grouped: fc.boolean(),
  items: fc.array(
    fc.record({ text: anyText, status: fc.option(status, { nil: null }), note: anyText }),
    {
      maxLength: 3,
    },
  ),
})

const teamSpec = fc.record({
  name: anyText,
  managerLabel: anyText,
  managers: fc.array(anyText, { maxLength: 2 }),
  dependencies: anyText,
  parent: fc.option(fc.nat(), { nil: null }),
  groups: fc.array(fc.record({ title: anyText, description: anyText }), { maxLength: 2 }),
  goals: fc.array(goalSpec, { maxLength: 4 }),
  updates: fc.array(updateSpec, { maxLength: 2 }),
  // The headers of a hand-written table of many columns (Team.columns).
  columns: fc.option(
    fc.constantFrom(['Goal', 'ETA', 'Status'], ['Team', 'Goal', 'Dependencies', 'ETA', 'Status']),
    { nil: undefined },
  ),
})

const planSpec = fc.record({
  department: anyText,
  fiscalYear: fc.integer({ min: 1900, max: 2999 }),
  quarter: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  intro: anyText,
  layout: fc.constantFrom<'table' | 'list'>('table', 'list'),
  profile: profileArbitrary,
  teams: fc.array(teamSpec, { maxLength: 4 }),
})

type PlanSpec = typeof planSpec extends fc.Arbitrary<infer T> ? T : never

function ranked<T extends { rank: string }>(rows: T[]): T[] {
  const ranks = evenRanks(rows.length)
  rows.forEach((row, i) => (row.rank = ranks[i] as string))
  return rows
}

function build(spec: PlanSpec): PlanDocument {
  const planId = 'plan'
  const plan = {
    ...createPlan(
      {
        department: spec.department,
        fiscalYear: spec.fiscalYear,
        quarter: spec.quarter,
        fiscalYearStartMonth: spec.fiscalYearStartMonth,
      },
      planId,
      1_570_000_000_000,
    ),
    department: spec.department,
    intro: spec.intro,
    layout: spec.layout,
    profile: spec.profile,
  }
  const teams: Team[] = []
  const groups: PriorityGroup[] = []
  const goals: Goal[] = []
  const history: StatusChange[] = []
  const updates: StatusUpdate[] = []
  spec.teams.forEach((t, i) => {
    const id = `team${i}`
    // A parent among the teams before this one: never a cycle.
    const parentId = t.parent === null || i === 0 ? null : `team${t.parent % i}`
    const {
      parent: _parent,
      groups: groupSpecs,
      goals: goalSpecs,
      updates: updateSpecs,
      columns,
      ...rest
    } = t
    teams.push({
      id,
      planId,
      ...rest,
      parentId,
      rank: '',
      ...(columns ? { columns: [...columns] } : {}),
    })
    const groupIds = groupSpecs.map((g, k) => {
      groups.push({ id: `${id}-group${k}`, planId, teamId: id, ...g, rank: '' })
      return `${id}-group${k}`
    })
    goalSpecs.forEach(({ group, history: changes, columns, ...fields }, k) => {
      const goalId = `${id}-goal${k}`
      const groupId =
        groupIds.length === 0 || group % 3 === 0
          ? null
          : (groupIds[group % groupIds.length] as string)
      goals.push({
        id: goalId,
        planId,
        teamId: id,
        groupId,
        ...fields,
        ...(columns === undefined ? {} : { columns }),
        rank: '',
        createdAt: 0,
        updatedAt: 0,
      })
      let from: StatusId | null = null
      for (const [n, to] of [...changes, fields.status].entries()) {
        history.push({ id: `${goalId}-h${n}`, planId, goalId, from, to, at: n })
        from = to
      }
    })
    updateSpecs.forEach((u, k) => {
      updates.push({
        id: `${id}-update${k}`,
        planId,
        teamId: id,
        ...u,
        date: u.date === null ? UNDATED : u.date.toISOString().slice(0, 10),
        rank: '',
      })
    })
  })
  return {
    plan,
    teams: ranked(teams),
    groups: ranked(groups),
    goals: ranked(goals),
    history,
    updates: ranked(updates),
  }
}

/** A plan document the app could hold, with up to four teams. */
export const planDocumentArbitrary: fc.Arbitrary<PlanDocument> = planSpec.map(build)
