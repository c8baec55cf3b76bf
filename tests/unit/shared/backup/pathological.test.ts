/**
 * Issue 18: backups and pages of pathological shape get a sentence, never a
 * stack overflow, and huge tables are read whole. (How long they take is
 * measured by bench/pathological.bench.ts, not asserted here.)
 */
import { describe, expect, it } from 'vitest'
import { parseBackup } from '../../../../src/shared/backup'
import { MAX_JSON_DEPTH, tooDeepAt } from '../../../../src/shared/backup/jsonText'
import { importWikitext } from '../../../../src/shared/wiki'

const HEAD = '{"format":"quarterdeck","version":1,"plans":['

describe('a backup nested thousands of levels deep', () => {
  it('is refused with a sentence naming the nesting, whole or cut short', () => {
    const depth = 100_000
    const whole = `${HEAD}${'['.repeat(depth)}${']'.repeat(depth)}]}`
    for (const text of [
      whole,
      whole.slice(0, whole.length / 2),
      `${HEAD}${'{"a":'.repeat(depth)}1`,
    ]) {
      const outcome = parseBackup(text)
      expect(outcome).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^The file nests lists or objects more than 64 levels deep \(at line 1, column \d+\); a Quarterdeck backup never does\.$/,
        ) as unknown,
      })
    }
  })

  it('counts only brackets outside strings', () => {
    const deepString = `{"a":"${'['.repeat(200)}\\"${'{'.repeat(200)}"}`
    expect(tooDeepAt(deepString, MAX_JSON_DEPTH)).toBeNull()
    expect(tooDeepAt('[[[', 2)).toBe(2)
    expect(tooDeepAt('[[]][[]]', 2)).toBeNull()
  })
})

describe('huge wiki tables', () => {
  const head =
    "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Performance ==\n{| class=\"wikitable\"\n|-\n"

  it('reads 200,000 cells on one line as one goal of every cell', () => {
    const cells = Array.from({ length: 200_000 }, (_, k) => `c${k}`)
    const outcome = importWikitext(`${head}| ${cells.join(' || ')}\n|}\n`, { now: 0 })
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.doc.goals).toHaveLength(1)
    expect(outcome.doc.goals[0]?.text.startsWith('c0 c1 c2')).toBe(true)
  })

  it('skips a header row of 100,000 cells on one line with one report entry', () => {
    const cells = Array.from({ length: 100_000 }, (_, k) => `h${k}`)
    const outcome = importWikitext(`${head}! ${cells.join(' !! ')}\n|}\n`, { now: 0 })
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.doc.goals).toHaveLength(0)
    expect(outcome.report.entries.map((e) => e.reason)).toContain('Table header row skipped.')
  })

  it('keeps nowiki pipes and attribute pipes apart on a long line', () => {
    const row = Array.from({ length: 5_000 }, () => 'style="x" | <nowiki>a|b</nowiki>').join(' || ')
    const outcome = importWikitext(`${head}| ${row}\n|}\n`, { now: 0 })
    if (!outcome.ok) throw new Error(outcome.error)
    // The attributes go, the nowiki pipes stay in the text: as in a short row.
    expect(outcome.doc.goals[0]?.text.startsWith('a|b a|b a|b')).toBe(true)
  })
})
