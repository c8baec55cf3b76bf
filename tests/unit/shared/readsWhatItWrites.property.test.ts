/**
 * "Anything the app or CLI writes, it can read": every backup written of a
 * plan the app can hold opens again, and every document the importer hands
 * over (from exported pages, damaged exported pages or hostile text) is
 * valid and opens from its own backup.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../src/shared/backup'
import { validatePlanDocument } from '../../../src/shared/document'
import type { PlanDocument } from '../../../src/shared/model'
import { exportWikitext, importWikitext } from '../../../src/shared/wiki'
import { anyText, planDocumentArbitrary, WIKI_TOKENS } from './planArbitrary'

// CI draws the same cases every run, so a case no change touched cannot block a landing; other
// runs draw new ones, and PROPERTY_SEED repeats a failure's seed (594876553 found a team named
// '''Status''' whose heading read back as a Status block; tests/unit/shared/wiki/teamNamedStatus.test.ts).
if (process.env.CI || process.env.PROPERTY_SEED)
  fc.configureGlobal({ seed: Number(process.env.PROPERTY_SEED ?? 20261202) })

function sequentialIds(): () => string {
  let next = 0
  return () => `id${++next}`
}

/** The document's validity problems, or none; and its backup must open as written. */
function expectValidAndOpens(doc: PlanDocument): void {
  const checked = validatePlanDocument(doc)
  expect(checked.ok ? [] : checked.problems).toEqual([])
  expect(parseBackup(serializeBackup([doc], 0))).toEqual({ ok: true, docs: [doc] })
}

/** Imports a page; a document handed over must be valid and open from its backup. */
function importChecked(page: string): PlanDocument | null {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) return null
  expectValidAndOpens(outcome.doc)
  return outcome.doc
}

const PROFILE_COMMENTS = [
  '<!-- Quarterdeck template profile: {"name":"x","statuses":{"todo":"a","in-progress":"b","done":"c","blocked":"d","postponed":"e","partially-done":"f"},"task":"[[phab:T]]"} -->',
  '<!-- Quarterdeck template profile: {"name":"x","statuses":{"todo":"a","in-progress":"a","done":"a","blocked":"d","postponed":"e","partially-done":"f"},"task":"$1"} -->',
  '<!-- Quarterdeck template profile: {"name":"x","statuses":{"todo":"a\\nb","in-progress":"","done":"c","blocked":"d","postponed":"e","partially-done":"f"},"task":"$1\\n"} -->',
  '<!-- Quarterdeck template profile: {"name": -->',
  '<!-- Quarterdeck template profile: ',
]

// Lines of the shapes a goals page has, filled with hostile text.
const hostileLine = fc.oneof(
  anyText,
  fc.constantFrom(...WIKI_TOKENS, ...PROFILE_COMMENTS),
  anyText.map((t) => `== ${t} ==`),
  anyText.map((t) => `=== ${t} ===`),
  fc.tuple(fc.constantFrom('*', '**', '***', '*:', '#', ':', ';'), anyText).map(([m, t]) => m + t),
  fc
    .tuple(
      anyText,
      fc.constantFrom('{{Done}}', '{{phab|T1}} {{Done}}', '{{Not done}}', ''),
      anyText,
    )
    .map(([a, s, b]) => `* ${a} ${s} ${b}`),
  anyText.map((t) => `| ${t} || {{In progress}} || ${t}`),
  fc.constantFrom('{| class="wikitable"', '|-', '|}', '! Goal !! Status', "'''Status'''"),
  // The hand-written variants: header rows of many columns, Status headings, navigation.
  fc.constantFrom(
    '! Team !! Goal !! Dependencies !! ETA !! Status',
    '! Status !! Goal !! Goal',
    "| '''Goal''' || '''Status''' || '''ETA'''",
    '=== Status ===',
    '{{Technology Goals navigation}}',
    '← [[A/Goals/2019-20 Q1|Previous]] · [[A/Goals/2019-20 Q3|Next]] →',
    '|',
  ),
  anyText.map((t) => `| ${t} || ${t} || {{Done}} || ${t} || ${t} || ${t}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(([d, m, y]) => `* ${['Jan', 'February', 'Feb.', 'x'][m % 4]} ${d}, ${y} status: ${m}`),
  fc.constantFrom(
    "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''",
    "'''X Goals, FY9999, Q4 (April - June 1234)'''",
    "'''Goals, FY0000, Q1 (July - September 0000)'''",
  ),
)

describe('backups the app writes', () => {
  it('open again, valid and exactly as written', () => {
    fc.assert(fc.property(planDocumentArbitrary, expectValidAndOpens), { numRuns: 200 })
  })
})

describe('documents the importer hands over', () => {
  it('are valid, for every page exported from a plan, and such a page always imports', () => {
    fc.assert(
      fc.property(planDocumentArbitrary, (doc) => {
        fc.pre(doc.teams.length > 0)
        expect(importChecked(exportWikitext(doc))).not.toBeNull()
      }),
      { numRuns: 150 },
    )
  })

  it('are valid, for exported pages with hostile lines put in', () => {
    fc.assert(
      fc.property(
        planDocumentArbitrary,
        fc.array(fc.tuple(fc.nat(), hostileLine), { minLength: 1, maxLength: 6 }),
        (doc, insertions) => {
          const lines = exportWikitext(doc).split('\n')
          for (const [at, line] of insertions) lines.splice(at % (lines.length + 1), 0, line)
          importChecked(lines.join('\n'))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('are valid, for pages of hostile lines', () => {
    fc.assert(
      fc.property(fc.array(hostileLine, { maxLength: 16 }), (lines) => {
        importChecked(lines.join('\n'))
      }),
      { numRuns: 300 },
    )
  })
})
