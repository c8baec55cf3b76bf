import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { parseBackup, serializeBackup } from '../../../src/shared/backup'
import { buildExampleQuarter } from '../../../src/shared/example'
import type { PlanDocument } from '../../../src/shared/model'
import { exportWikitext } from '../../../src/shared/wiki'
import { memoryIo } from './memoryIo'

const NOW = Date.UTC(2019, 9, 1)

function example(prefix: string): PlanDocument {
  let next = 0
  return buildExampleQuarter({ newId: () => `${prefix}-${++next}`, now: NOW })
}

const doc = example('a')
const q3 = example('b')
q3.plan.quarter = 3
const single = serializeBackup([doc], NOW)
const double = serializeBackup([doc, q3], NOW)

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files)
  const code = await runCli(argv, io)
  return { code, out: io.out, err: io.err, files: io.files }
}

/** A bad-input failure: exit 1, nothing on stdout, one line on stderr. */
function expectBadInput(result: Awaited<ReturnType<typeof run>>, message: RegExp): void {
  expect(result.code).toBe(1)
  expect(result.out).toBe('')
  expect(result.err).toMatch(/^quarterdeck: [^\n]+\n$/)
  expect(result.err).toMatch(message)
}

describe('quarterdeck --help', () => {
  it('documents both commands, their options and the exit codes', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const result = await run([flag])
      expect(result.code).toBe(0)
      expect(result.err).toBe('')
      expect(result.out).toMatch(/export FILE\.json/)
      expect(result.out).toMatch(/import PAGE\.wiki/)
      expect(result.out).toMatch(/0 on success, 1 on bad input/)
    }
  })

  it('documents each command on its own', async () => {
    const exportHelp = await run(['export', '--help'])
    expect(exportHelp.code).toBe(0)
    expect(exportHelp.out).toMatch(/--plan KEY/)
    expect(exportHelp.out).toMatch(/--layout LAYOUT/)
    expect(exportHelp.out).toMatch(/-o, --output FILE/)
    const importHelp = await run(['import', '-h'])
    expect(importHelp.code).toBe(0)
    expect(importHelp.out).toMatch(/^Usage: quarterdeck import PAGE\.wiki/)
  })
})

describe('the wiki commands without a wiki', () => {
  it('publish with no password anywhere says where it goes, and exits with 2', async () => {
    const io = memoryIo({ 'a.json': single }, { stdin: null })
    const code = await runCli(
      [
        'publish',
        'a.json',
        '--wiki',
        'http://127.0.0.1:9/api.php',
        '--title',
        'T',
        '--user',
        'U@a',
      ],
      io,
    )
    expect(code).toBe(2)
    expect(io.err).toBe(
      'quarterdeck: no password: set QUARTERDECK_WIKI_PASSWORD or pipe the bot password on standard input\n',
    )
    expect(io.files.get('a.json')).toBe(single)
  })

  it('publish to a wiki nobody serves says it cannot be reached, and exits with 1', async () => {
    const io = memoryIo({ 'a.json': single }, { env: { QUARTERDECK_WIKI_PASSWORD: 'secret' } })
    const code = await runCli(
      [
        'publish',
        'a.json',
        '--wiki',
        'http://127.0.0.1:9/api.php',
        '--title',
        'T',
        '--user',
        'U@a',
      ],
      io,
    )
    expect(code).toBe(1)
    expect(io.err).toBe(
      'quarterdeck: The wiki at 127.0.0.1:9 cannot be reached; check the address and the network connection\n',
    )
    expect(io.files.get('a.json')).toBe(single)
  })
})

describe('wrong usage exits with 2 and shows the help', () => {
  it.each([
    [[], /no command given/],
    [['frobnicate', 'x.json'], /unknown command "frobnicate"/],
    [['publish'], /publish needs a backup file/],
    [['publish', 'a.json', '--title', 'T', '--user', 'U@a'], /publish needs --wiki/],
    [['publish', 'a.json', '--wiki', 'http://w/api.php', '--user', 'U@a'], /needs --title/],
    [['publish', 'a.json', '--wiki', 'http://w/api.php', '--title', 'T'], /needs --user/],
    [
      ['publish', 'a.json', '--wiki', 'w', '--title', 'T', '--user', 'U@a', '--password', 'x'],
      /the password is never an argument: set QUARTERDECK_WIKI_PASSWORD/,
    ],
    [['pull', 'a.json', '--title', 'T'], /pull needs --wiki/],
    [
      ['pull', 'a.json', '--wiki', 'w', '--title', 'T', '--prefer', 'mine'],
      /--prefer must be local or remote, not "mine"/,
    ],
    [['--verbose'], /unknown option "--verbose"/],
    [['export'], /export needs a backup file/],
    [['import'], /import needs a wiki page file/],
    [['export', 'a.json', '--bogus'], /Unknown option '--bogus'/],
    [['export', 'a.json', '--plan'], /--plan/],
    [['export', 'a.json', '--layout', 'grid'], /--layout must be table or list, not "grid"/],
    [['import', 'a.wiki', 'b.wiki'], /unexpected argument "b.wiki"/],
  ])('%j', async (argv, message) => {
    const result = await run(argv, { 'a.json': single })
    expect(result.code).toBe(2)
    expect(result.out).toBe('')
    expect(result.err).toMatch(message)
    expect(result.err).toMatch(/Usage: quarterdeck/)
  })

  it('asks for --plan when the file holds several plans, listing their keys', async () => {
    const result = await run(['export', 'two.json'], { 'two.json': double })
    expect(result.code).toBe(2)
    expect(result.err).toBe(
      'quarterdeck: "two.json" holds 2 plans (2019-20Q2, 2019-20Q3); choose one with --plan\n',
    )
  })
})

describe('quarterdeck export', () => {
  it('writes the page of the only plan to stdout, as the app exports it', async () => {
    const result = await run(['export', 'a.json'], { 'a.json': single })
    expect(result.code).toBe(0)
    expect(result.err).toBe('')
    expect(result.out).toBe(exportWikitext(doc))
    expect(result.out).toMatch(/== Analytics ==/)
  })

  it('honours --layout and -o', async () => {
    const result = await run(['export', 'a.json', '--layout', 'list', '-o', 'page.wiki'], {
      'a.json': single,
    })
    expect(result.code).toBe(0)
    expect(result.out).toBe('')
    expect(result.files.get('page.wiki')).toBe(exportWikitext(doc, { layout: 'list' }))
    expect(result.files.get('page.wiki')).not.toBe(exportWikitext(doc, { layout: 'table' }))
  })

  it('picks the plan named by --plan', async () => {
    const result = await run(['export', 'two.json', '--plan', '2019-20Q3'], { 'two.json': double })
    expect(result.code).toBe(0)
    expect(result.out).toBe(exportWikitext(q3))
  })

  it('tells apart two plans of the same quarter by plan id', async () => {
    const other = example('c')
    other.plan.department = 'Wikimedia Product'
    const files = { 'same.json': serializeBackup([doc, other], NOW) }
    expectBadInput(
      await run(['export', 'same.json', '--plan', '2019-20Q2'], files),
      /several plans in "same.json" are 2019-20Q2; choose one by id with --plan: a-1 \(Wikimedia Technology\), c-1 \(Wikimedia Product\)/,
    )
    const byId = await run(['export', 'same.json', '--plan', 'c-1'], files)
    expect(byId.code).toBe(0)
    expect(byId.out).toBe(exportWikitext(other))
  })

  it('exits with 1 naming the problem for bad input', async () => {
    expectBadInput(
      await run(['export', 'missing.json']),
      /cannot read "missing.json": no such file/,
    )
    expectBadInput(
      await run(['export', 'two.json', '--plan', '2020-21Q1'], { 'two.json': double }),
      /no plan "2020-21Q1" in "two.json"; it holds 2019-20Q2, 2019-20Q3/,
    )
    expectBadInput(
      await run(['export', 'cut.json'], { 'cut.json': single.slice(0, 5000) }),
      /"cut.json" cannot be used: The file is truncated/,
    )
    const newer = single.replace('"version": 1', '"version": 3')
    expectBadInput(
      await run(['export', 'new.json'], { 'new.json': newer }),
      /written by a newer Quarterdeck \(version 3\); this version reads up to 2/,
    )
    const badStatus = single.replace('"status": "postponed"', '"status": "finished"')
    expectBadInput(
      await run(['export', 'bad.json'], { 'bad.json': badStatus }),
      /plans\[0\]\.goals\[0\]\.status: Unknown status "finished"; use one of todo, in-progress/,
    )
    expectBadInput(
      await run(['export', 'a.json', '-o', '/readonly/page.wiki'], { 'a.json': single }),
      /cannot write "\/readonly\/page.wiki": permission denied/,
    )
    expectBadInput(
      await run(['export', 'a.wiki'], { 'a.wiki': '== Analytics ==\n' }),
      /"a.wiki" cannot be used: This is not a Quarterdeck backup file: it is not JSON \(it starts with "== Analytics =="\)$/m,
    )
  })
})

describe('quarterdeck import', () => {
  const page = exportWikitext(doc)

  it('writes a backup of the page to stdout and the report to stderr', async () => {
    const result = await run(['import', 'page.wiki'], { 'page.wiki': page })
    expect(result.code).toBe(0)
    const backup = parseBackup(result.out)
    if (!backup.ok) throw new Error(backup.error)
    const [imported] = backup.docs
    expect(imported?.goals.map((g) => [g.text, g.status, g.tasks])).toEqual(
      doc.goals.map((g) => [g.text, g.status, g.tasks]),
    )
    expect(imported && exportWikitext(imported)).toBe(page)
    expect(result.err).toMatch(/^Imported "page.wiki": /)
  })

  it('writes the backup to -o', async () => {
    const result = await run(['import', 'page.wiki', '-o', 'out.json'], { 'page.wiki': page })
    expect(result.code).toBe(0)
    expect(result.out).toBe('')
    expect(parseBackup(result.files.get('out.json') ?? '').ok).toBe(true)
  })

  it('lists in the report what it could not place exactly, with line numbers', async () => {
    const handWritten = [
      '== Analytics ==',
      'Team Manager: Nuria Ruiz',
      '{| class="wikitable"',
      '|+ Our goals',
      '|-',
      '| Ship the thing || {{Done}}',
      '|}',
    ].join('\n')
    const result = await run(['import', 'hand.wiki'], { 'hand.wiki': handWritten })
    expect(result.code).toBe(0)
    expect(result.err).toMatch(
      /^Imported "hand.wiki": 1 team, \d+ priority groups?, 1 goal, 0 status updates\.\n/,
    )
    expect(result.err).toMatch(/\n {2}line 4: [^\n]*[^.]: \|\+ Our goals\n/)
    // The reasons say what became of each line; the heading does not call them all kept as text.
    expect(result.err).toMatch(/\n\d+ lines? to check:\n/)
    expect(result.err).not.toMatch(/kept as text/i)
  })

  it('exits with 1 for a missing file or a page that is not a goals page', async () => {
    expectBadInput(
      await run(['import', 'nowhere.wiki']),
      /cannot read "nowhere.wiki": no such file/,
    )
    expectBadInput(
      await run(['import', 'recipe.wiki'], { 'recipe.wiki': 'Mix the flour and the eggs.\n' }),
      /cannot import "recipe.wiki": /,
    )
  })
})

describe('an output over its own input', () => {
  it.each([
    ['export', 'b.json', 'b.json'],
    ['export', 'b.json', './b.json'],
    ['export', 'b.json', 'x/../b.json'],
    ['import', 'page.wiki', 'page.wiki'],
  ])('is refused: %s %s -o %s, and the file is unchanged', async (command, input, output) => {
    const page = exportWikitext(doc)
    const files = { 'b.json': single, 'page.wiki': page }
    const result = await run([command, input, '-o', output], files)
    expect(result.code).toBe(2)
    expect(result.err).toBe(
      `quarterdeck: the output "${output}" is the input file; write to another file (-o) or to stdout.\n`,
    )
    expect(result.files.get('b.json')).toBe(single)
    expect(result.files.get('page.wiki')).toBe(page)
  })
})

describe('a failure nothing else foresaw', () => {
  it('is one line saying nothing was written, not a stack trace', async () => {
    const io = memoryIo({ 'a.json': single })
    io.writeFile = () => {
      throw new RangeError('Invalid string length\n    at somewhere (file.js:1:1)')
    }
    expect(await runCli(['export', 'a.json', '-o', 'page.wiki'], io)).toBe(1)
    expect(io.err).toBe('quarterdeck: cannot write "page.wiki": Invalid string length\n')
    io.err = ''
    io.now = () => {
      throw new TypeError('boom\n    at x (y.js:1:1)')
    }
    const page = exportWikitext(doc)
    io.files.set('page.wiki', page)
    expect(await runCli(['import', 'page.wiki', '-o', 'out.json'], io)).toBe(1)
    expect(io.err).toBe(
      'quarterdeck: unexpected error, nothing was written (please report it): boom\n',
    )
    expect(io.files.has('out.json')).toBe(false)
  })
})
