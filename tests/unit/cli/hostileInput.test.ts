/**
 * Hostile inputs: whatever a file holds, the command line answers with an
 * exit code and its own words, never a stack trace (the real entry point's
 * last-resort handler is tested in built.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { memoryIo } from './memoryIo'

const N = 100_000

// Pages built to hit the reader's worst cases: runs of openers and closers, deep nesting,
// long lines of separators, many headings and list levels.
const PAGES: Record<string, string> = {
  'unclosed brackets on a goal line': `== T ==\n* ${'['.repeat(10_000)} {{Done}}\n`,
  'a page of nothing but brackets': '['.repeat(N),
  'unclosed link openers': `== T ==\n* ${'[[a|'.repeat(N / 4)} {{Done}}\n`,
  'unclosed external links': `== T ==\n* ${'[http://x '.repeat(N / 10)} {{Done}}\n`,
  'unclosed template openers': `== T ==\n* ${'{{'.repeat(N / 2)} {{Done}}\n`,
  'nested templates': `== T ==\n* {{Done|${'{{a|'.repeat(N / 4)}${'}}'.repeat(N / 4)}}}\n`,
  'stray closers': `== T ==\n* ${']]}}'.repeat(N / 4)} {{Done}}\n`,
  'unclosed comments': `${'<!--'.repeat(N / 4)}\n== T ==\n* a {{Done}}`,
  'unclosed nowiki': `== T ==\n* ${'<nowiki>'.repeat(N / 8)} {{Done}}`,
  'unclosed tags': `== T ==\n* ${'<div>'.repeat(N / 5)} {{Done}}`,
  'a run of apostrophes': `== T ==\n* ${"'".repeat(N)} {{Done}}`,
  'a table row of pipes': `== T ==\n{|\n${'|'.repeat(N)}\n|}`,
  'a table row of mixed separators': `== T ==\n{|\n| ${'|| a | '.repeat(N / 7)}\n|}`,
  'a header row of bangs': `== T ==\n{|\n! ${'!! a '.repeat(N / 5)}\n|}`,
  'unclosed tables': `== T ==\n${'{|\n|\n'.repeat(N / 5)}`,
  'deeply nested lists': `== T ==\n${Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} goal {{Done}}`).join('\n')}`,
  'deep definition lists': `== T ==\n* goal {{Done}}\n${':'.repeat(N)} x\n`,
  'many headings of every depth': Array.from(
    { length: 20_000 },
    (_, i) => `${'='.repeat(i % 7)} T${i} ${'='.repeat(i % 7)}`,
  ).join('\n'),
  'a long heading line': `${'='.repeat(N / 2)} T ${'='.repeat(N / 2)}\n* a {{Done}}`,
  'a long line with Goals in it': `${'x '.repeat(N / 2)}Goals, FY2019 Q2 (${'('.repeat(N / 10)}\n== T ==\n* a {{Done}}`,
  'many status lines': '== T ==\n' + '* October 1, 2019 status:\n'.repeat(N / 20),
  'carriage returns only': `== T ==\r${'* a {{Done}}\r'.repeat(1000)}`,
  'a five-megabyte line': `== T ==\n* ${'a'.repeat(5_000_000)} {{Done}}\n`,
  'control characters': `== T ==\n* a\0b\u0001\u001b {{Done}}\n`,
  'lone surrogates': `== T ==\n* \ud800 goal \udc00 {{Done}}\n`,
  'an empty file': '',
  'only whitespace': ' \n\t\n'.repeat(1000),
}

// Backup files built to hit JSON's and the backup reader's worst cases.
const BACKUPS: Record<string, string> = {
  'deeply nested arrays': '['.repeat(N) + ']'.repeat(N),
  'deeply nested objects': '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
  'unclosed arrays': '['.repeat(N),
  'a backup with null plans': JSON.stringify({ format: 'quarterdeck', version: 1, plans: [null] }),
  'a backup from the future': JSON.stringify({ format: 'quarterdeck', version: 999, plans: [] }),
  'not JSON': '{"format": "quarterdeck", ',
  'an empty file': '',
}

/** An answer of the command's own: a known exit code and no stack frames in what it printed. */
function expectOwnAnswer(result: { code: number; out: string; err: string }): void {
  expect([0, 1]).toContain(result.code)
  expect(result.err).toMatch(/^(quarterdeck: [^\n]+\n|Imported ")/)
  expect(result.err).not.toMatch(/\n\s+at \S|TypeError|RangeError|Maximum call stack/)
}

describe('hostile pages for quarterdeck import', () => {
  it.each(Object.entries(PAGES))('answers %s with its own words', async (_, page) => {
    const io = memoryIo({ 'page.wiki': page })
    const code = await runCli(['import', 'page.wiki', '-o', 'out.json'], io)
    expectOwnAnswer({ code, out: io.out, err: io.err })
    if (code === 1) expect(io.files.has('out.json')).toBe(false)
  })
})

describe('hostile backups for quarterdeck export', () => {
  it.each(Object.entries(BACKUPS))('answers %s with one line', async (_, backup) => {
    const io = memoryIo({ 'b.json': backup })
    const code = await runCli(['export', 'b.json', '-o', 'out.wiki'], io)
    expect(code).toBe(1)
    expect(io.err).toMatch(/^quarterdeck: [^\n]+\n$/)
    expect(io.files.has('out.wiki')).toBe(false)
  })
})
