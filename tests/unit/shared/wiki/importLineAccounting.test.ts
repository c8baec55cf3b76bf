/**
 * Issue 14, item 7: nothing is dropped silently. Every line of a page either
 * becomes part of the plan (its words are found in the plan) or appears in
 * the import report with its line number. Checked over every fixture page
 * and over small pages of each hand-written variant.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../../../src/shared/model'
import { quarterHeading } from '../../../../src/shared/plan'
import { importWikitext, type ImportReport } from '../../../../src/shared/wiki'
import { sequentialIds } from './helpers'

const FIXTURES = new URL('../../../fixtures/wiki/', import.meta.url)

// Words the page writes around the data, never data themselves.
const STRUCTURE = new Set(
  (
    'status dependencies team manager managers directors stretch continued from task tasks nowiki ' +
    'january february march april may june july august september october november december ' +
    'goal goals notes previous next quarter'
  ).split(' '),
)

function words(text: string): string[] {
  return (text.match(/[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'-]{2,}/g) ?? []).map((w) =>
    w.toLowerCase().replace(/'+$/, ''),
  )
}

/** The words of a line that carry data: markup, templates and link targets removed. */
function dataWords(line: string): string[] {
  const text = line
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\[\[(?:File|phab):[^\]]*\]\]/gi, ' ')
    .replace(/\{\{[^{}]*\}\}/g, ' ')
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, '$1')
    .replace(/\[https?:[^\s\]]+\s?([^\]]*)\]/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\b(?:colspan|rowspan|class|style)\s*=\s*"[^"]*"/gi, ' ')
  return words(text).filter((w) => !STRUCTURE.has(w))
}

/** Every string a value holds, keys included (a kept column is found by its header too). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)])
}

interface Accounting {
  lines: number
  inPlan: number
  reported: number
  unaccounted: Array<{ line: number; text: string; missing: string[] }>
}

/** Sorts every non-blank line of `page` into read into the plan, reported, or neither. */
function account(page: string, doc: PlanDocument, report: ImportReport): Accounting {
  const planWords = new Set(strings(doc).flatMap(words))
  const heading = quarterHeading(doc.plan)
  const reportedLines = new Set(report.entries.map((e) => e.line))
  const result: Accounting = { lines: 0, inPlan: 0, reported: 0, unaccounted: [] }
  const withoutComments = page.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''))
  withoutComments.split('\n').forEach((text, i) => {
    if (text.trim() === '') return
    result.lines++
    if (reportedLines.has(i + 1)) {
      result.reported++
      return
    }
    const missing = dataWords(text.replace(heading, ' ')).filter((w) => !planWords.has(w))
    if (missing.length === 0) result.inPlan++
    else result.unaccounted.push({ line: i + 1, text, missing })
  })
  return result
}

function importPage(page: string) {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome
}

const HEADER =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Performance ==\n"

const VARIANTS: Record<string, string> = {
  'bullets in a table cell': `{| class="wikitable"
|-
! colspan="2" | Core Work
|-
|
* Ship the dashboard {{Done}} {{phab|T1234}}
** with the on-call team
*: reviewed by Ann
* Write the runbook (stretch) {{To do}}
Trailing words after the list
|}
`,
  'a table of many columns': `{| class="wikitable"
|+ Caption of the table
! Team !! Goal !! Dependencies !! ETA !! Status
|-
| Perf || Ship the dashboard || SRE hardware || November || {{Done}} early || Stray extra cell
|}
`,
  'a list in the goal column of a mapped table': `{| class="wikitable"
! Goal !! ETA !! Status
|-
| Improve search relevance:
* Ship the new ranker {{phab|T1234}}
* Tune it for German (stretch)
| November || {{In progress}} halfway
|}
`,
  'a Status heading': `* Goal one {{Done}}
=== Status ===
* October 28, 2019 status: halfway
** Shipped the parser {{Done}}
* Undated remark about hiring
Loose sentence in the status block
`,
  'navigation and intro': `{{Technology Goals navigation}}
← [[Wikimedia Technology/Goals/2019-20 Q1|Previous quarter]] · [[Wikimedia Technology/Goals/2019-20 Q3|Next quarter]] →
Intro sentence about priorities.
== Search ==
'''Team Manager''': Guillaume Lederrey
* Tune ranking {{In progress}}
`,
  'a goal that is only a task link': '* {{phab|T1}} {{Done}}\n* {{Done}}\n',
}

describe('line accounting', () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.wiki'))

  it('has fixture pages to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6)
  })

  for (const name of fixtures) {
    it(`accounts for every line of ${name}`, () => {
      const page = readFileSync(new URL(name, FIXTURES), 'utf8')
      const { doc, report } = importPage(page)
      const result = account(page, doc, report)
      expect(result.unaccounted).toEqual([])
      expect(result.inPlan + result.reported).toBe(result.lines)
    })
  }

  for (const [name, body] of Object.entries(VARIANTS)) {
    it(`accounts for every line of a page with ${name}`, () => {
      const page = name === 'navigation and intro' ? body : HEADER + body
      const { doc, report } = importPage(page)
      expect(account(page, doc, report).unaccounted).toEqual([])
    })
  }

  it('catches a line whose words are in neither the plan nor the report', () => {
    const page = HEADER + '* Ship it {{Done}}\n'
    const { doc, report } = importPage(page)
    const tampered = { ...doc, goals: doc.goals.map((g) => ({ ...g, text: 'Something else' })) }
    expect(account(page, tampered, report).unaccounted).toEqual([
      { line: 4, text: '* Ship it {{Done}}', missing: ['ship'] },
    ])
  })
})
