/**
 * Hostile plans for rendering tests: every text a person can type (team
 * names, manager labels and names, group titles and descriptions, goal texts
 * and notes, dependencies, the intro, status-update items) drawn from three
 * kinds of text:
 *
 * - plain: characters and sequences that are markup somewhere (`|`, `{|`, `*`,
 *   `==`, `__NOTOC__`, `~~~~`, `<div>`, unclosed `<big>`, `&hearts;`, carriage
 *   returns, U+2028, NUL…) but that a person typed as text: the page must show
 *   them exactly as typed;
 * - markup: inline wikitext typed on purpose (`[[links]]`, `'''bold'''`,
 *   `{{Done}}`, `<big>…</big>`, external links) between plain words: it must
 *   keep working, and the page shows its visible text;
 * - mixed: anything at all, checked for structure only.
 */
import fc from 'fast-check'
import type { PlanDocument, StatusId } from '../../src/shared/model'
import { planFromSpec } from '../support/planFromSpec'
import { STATUS_IDS } from '../../src/shared/statuses'
import { columnRoles, isOwnLayout } from '../../src/shared/wiki/syntax/tableColumns'

export const PLAIN_TOKENS = [
  '|',
  '||',
  '!',
  '!!',
  '{|',
  '|}',
  '|-',
  '|+',
  '=',
  '==',
  '*',
  '#',
  ':',
  ';',
  '-',
  '----',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\0',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u009b',
  '&',
  '&amp;',
  '&lt;',
  '&#124;',
  '&#13;',
  '&nbsp;',
  '&hearts;',
  '&#x41;',
  '&bogus;',
  '<',
  '>',
  '<div>',
  '</div>',
  '<div style="color:red">',
  '<nowiki>',
  '</nowiki>',
  '<nowiki/>',
  '<!--',
  '-->',
  '<pre>',
  '<ref>',
  '<br',
  '<big>',
  '</big>',
  '<b>',
  '</small>',
  '<span style="font-size:300%">',
  '</span>',
  '<i>',
  '__NOTOC__',
  '__TOC__',
  '__NOEDITSECTION__',
  '__FORCETOC__',
  '__',
  '~~~',
  '~~~~',
  '~~~~~',
  '[',
  ']',
  '{',
  '}',
  '[[',
  ']]',
  '{{',
  '}}',
  '{{{',
  // What saving a page rewrites (pre-save transform): subst: calls and pipe tricks.
  'subst:',
  '|]]',
  '[[|',
  "'",
  "'''",
  'goal',
  'Done',
  'T123',
  'T1234',
  '(stretch)',
  '(continued from Q1)',
  'é',
  '😀',
  '中文',
  'x',
  'a b',
]

/** Inline wikitext typed on purpose, each with the text a reader sees. */
export const MARKUP_PIECES: ReadonlyArray<readonly [string, string]> = [
  ['[[Main Page]]', 'Main Page'],
  ['[[Quarterdeck goals|our goals]]', 'our goals'],
  ["'''bold'''", 'bold'],
  ["''italic''", 'italic'],
  ["'''''both'''''", 'both'],
  ['{{Done}}', 'Done'],
  ['<big>big</big>', 'big'],
  ['<small>small</small>', 'small'],
  ['<span style="color:#c00">red</span>', 'red'],
  ['<s>old</s>', 'old'],
  ['<code>a|b</code>', 'a|b'],
  ['[https://example.org/a example]', 'example'],
  ['https://example.org/b', 'https://example.org/b'],
]
const MARKUP_WORDS = ['goal', 'x|y', 'a || b', '50%', '&', 'T123', '=', '!', 'Q2', '{|']

const plainText = fc
  .array(fc.constantFrom(...PLAIN_TOKENS), { maxLength: 8 })
  .map((parts) => parts.join(''))
const markupText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...MARKUP_PIECES.map(([markup]) => markup)),
      fc.constantFrom(...MARKUP_WORDS),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(' '))
const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PLAIN_TOKENS),
      fc.constantFrom(...MARKUP_PIECES.map(([markup]) => markup)),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''))

/** Any typed text: mostly plain, some markup, some mixed. */
export const hostileText = fc.oneof(
  { weight: 5, arbitrary: plainText },
  { weight: 2, arbitrary: markupText },
  { weight: 2, arbitrary: mixedText },
)
const nonBlank = hostileText.filter((t) => cleaned(t).trim() !== '')

/** A text as a reader should see it: line breaks made one kind, control characters gone. */
export function cleaned(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\u2028\u2029\u0085\v\f]/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/g, '')
  )
}

const status = fc.constantFrom<StatusId>(...STATUS_IDS)
const tasks = fc
  .uniqueArray(fc.integer({ min: 1, max: 999999 }), { maxLength: 3 })
  .map((ns) => ns.map((n) => `T${n}`))
const goalSpec = fc.record({
  // Values of the team's other columns when it has a layout of its own, in column order.
  values: fc.array(hostileText, { maxLength: 3 }),
  text: nonBlank,
  status,
  tasks,
  note: hostileText,
  stretch: fc.boolean(),
  carriedOverFrom: fc.option(fc.constantFrom('Q1', 'Q4', 'Q1 (a|b)', 'Q1 || x'), { nil: null }),
})
const itemSpec = fc.record({
  text: hostileText,
  status: fc.option(status, { nil: null }),
  note: hostileText,
})
// A team's own table layout, as an imported page gives it: the goal, status and note columns of
// one of the page shapes the importer knows, and columns named anything typed (one holding a call
// the wiki leaves as typed, `x {{a<b|c}}`, among them), at any place.
const columnLabels = fc
  .tuple(
    fc.constantFrom<string[]>(
      ['Goal', 'ETA', 'Status'],
      ['Team', 'Goal', 'Dependencies', 'ETA', 'Status'],
      ['Status', 'Goal', 'Notes', 'Owner'],
      ['Goal', 'ETA'],
      ['Goal', 'Notes', 'ETA'],
    ),
    fc.uniqueArray(
      fc.oneof(nonBlank, fc.constantFrom('x {{a<b|c}}', '{{#|z}}', '[[a|b]] {{a>b|c}}')),
      { maxLength: 2 },
    ),
    fc.nat(),
  )
  .map(([base, extra, at]) => {
    const others = extra.filter(
      (label) => !base.includes(label.trim()) && columnRoles([...base, label]).at(-1) === 'other',
    )
    const cut = at % (base.length + 1)
    return [...base.slice(0, cut), ...others, ...base.slice(cut)]
  })
  .filter(isOwnLayout)

const teamSpec = fc.record({
  columns: fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: columnLabels },
  ),
  name: hostileText,
  managerLabel: hostileText,
  managers: fc.array(nonBlank, { maxLength: 2 }),
  dependencies: hostileText,
  child: fc.boolean(),
  loose: fc.array(goalSpec, { maxLength: 3 }),
  groups: fc.array(
    fc.record({
      title: hostileText,
      description: hostileText,
      goals: fc.array(goalSpec, { maxLength: 4 }),
    }),
    { maxLength: 3 },
  ),
  updates: fc.array(
    fc.record({
      summary: hostileText,
      grouped: fc.boolean(),
      items: fc.array(itemSpec, { maxLength: 3 }),
    }),
    { maxLength: 2 },
  ),
})
export const hostileDocSpec = fc.record({
  // The department is part of page titles; characters no title may hold are a plan rule's business.
  department: fc.oneof(
    fc.constant('Wikimedia Technology'),
    nonBlank
      .map((t) => t.trim())
      .filter(
        (t) => t !== '' && cleaned(t) === t && !/[#<>[\]{}|]|~~~|%[0-9a-f]{2}|&\S*;/i.test(t),
      ),
  ),
  intro: hostileText,
  teams: fc.array(teamSpec, { minLength: 1, maxLength: 5 }),
})
export type HostileDocSpec = typeof hostileDocSpec extends fc.Arbitrary<infer T> ? T : never

/** The plan of a spec, its arrays in page order (sub-teams right after their parent). */
export function buildHostileDoc(spec: HostileDocSpec): PlanDocument {
  return planFromSpec({
    ...spec,
    teams: spec.teams.map(({ columns, ...team }) => ({
      ...team,
      ...(columns ? { columns } : {}),
      // A goal's values sit under its team's other columns (none without a layout of its own).
      loose: team.loose.map((goal) => goalWithValues(goal, columns)),
      groups: team.groups.map((group) => ({
        ...group,
        goals: group.goals.map((goal) => goalWithValues(goal, columns)),
      })),
      updates: team.updates.map((u, k) => ({
        date: `2019-10-${String(10 + k).padStart(2, '0')}`,
        summary: u.summary,
        grouped: u.grouped && u.items.some((item) => item.status !== null),
        items: u.items,
      })),
    })),
  })
}

type HostileGoal = HostileDocSpec['teams'][number]['loose'][number]

function goalWithValues(
  { values, ...goal }: HostileGoal,
  labels: string[] | undefined,
): Omit<HostileGoal, 'values'> & { columns?: Record<string, string> } {
  const others = labels?.filter((_, k) => columnRoles(labels)[k] === 'other') ?? []
  const columns = Object.fromEntries(
    others.flatMap((label, k) => (values[k] === undefined ? [] : [[label, values[k] as string]])),
  )
  return Object.keys(columns).length === 0 ? goal : { ...goal, columns }
}
