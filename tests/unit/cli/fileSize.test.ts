/**
 * The command line opens files of the size the app opens (MAX_FILE_BYTES,
 * src/shared/fileBytes.ts): every command that reads a file refuses a larger
 * one with the app's sentence before reading a byte of it, exits 1 and
 * writes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeIo } from '../../../src/cli/nodeIo'
import { runCli } from '../../../src/cli/run'
import { serializeBackup } from '../../../src/shared/backup'
import { buildExampleQuarter } from '../../../src/shared/example'
import { MAX_FILE_BYTES } from '../../../src/shared/fileBytes'
import { exportWikitext } from '../../../src/shared/wiki'
import { memoryIo } from './memoryIo'

const NOW = Date.UTC(2019, 9, 1)
let next = 0
const doc = buildExampleQuarter({ newId: () => `s-${++next}`, now: NOW })
const backup = serializeBackup([doc], NOW)
const page = exportWikitext(doc)

const MB = 1024 * 1024
// Never contacted: the file is refused first.
const WIKI = ['--wiki', 'http://127.0.0.1:9/api.php', '--title', 'Goals']

const COMMANDS = [
  { command: 'export', argv: ['export', 'big', '-o', 'out'], text: backup },
  { command: 'import', argv: ['import', 'big', '-o', 'out'], text: page },
  { command: 'publish', argv: ['publish', 'big', ...WIKI, '--user', 'Bot'], text: backup },
  { command: 'pull', argv: ['pull', 'big', ...WIKI, '-o', 'out'], text: backup },
]

describe.each(COMMANDS)('quarterdeck $command and a file over 20 MB', ({ argv, text }) => {
  it('says so in the app’s sentence without reading it, exits 1 and writes nothing', async () => {
    const io = memoryIo(
      { big: text, out: 'the old output' },
      { sizes: { big: 25 * MB }, env: { QUARTERDECK_WIKI_PASSWORD: 'secret' } },
    )
    expect(await runCli(argv, io)).toBe(1)
    expect(io.err).toBe('quarterdeck: "big" is 25.0 MB; Quarterdeck opens files up to 20.0 MB.\n')
    expect(io.out).toBe('')
    expect(io.reads).toEqual([])
    expect(Object.fromEntries(io.files)).toEqual({ big: text, out: 'the old output' })
  })
})

describe('the size limit', () => {
  it('reads a file of exactly 20 MB', async () => {
    const io = memoryIo({ big: backup }, { sizes: { big: MAX_FILE_BYTES } })
    expect(await runCli(['export', 'big', '-o', 'page.wiki'], io)).toBe(0)
    expect(io.files.get('page.wiki')).toBe(page)
  })

  it('refuses a file one byte over, saying "over" rather than the limit twice', async () => {
    const io = memoryIo({ big: page }, { sizes: { big: MAX_FILE_BYTES + 1 } })
    expect(await runCli(['import', 'big', '-o', 'out.json'], io)).toBe(1)
    expect(io.err).toBe(
      'quarterdeck: "big" is over 20.0 MB; Quarterdeck opens files up to 20.0 MB.\n',
    )
    expect(io.files.has('out.json')).toBe(false)
  })

  it('refuses a file that grew past the limit after its size was asked', async () => {
    const grown = new Uint8Array(MAX_FILE_BYTES + MB).fill(0x78)
    const io = memoryIo({}, { bytes: { big: grown }, sizes: { big: 1000 } })
    expect(await runCli(['import', 'big', '-o', 'out.json'], io)).toBe(1)
    expect(io.err).toBe('quarterdeck: "big" is 21.0 MB; Quarterdeck opens files up to 20.0 MB.\n')
    expect(io.files.has('out.json')).toBe(false)
  })
})

describe('the real command line on a real giant file', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses a 30 MB page by its size on disk and leaves the output file alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'quarterdeck-size-'))
    const big = join(dir, 'big.wiki')
    const out = join(dir, 'out.json')
    writeFileSync(big, page)
    // Sparse: 30 MB by its size, almost nothing on disk.
    truncateSync(big, 30 * MB)
    writeFileSync(out, 'the old output')
    let err = ''
    const io = {
      ...nodeIo,
      stdout: () => true,
      stderr: (text: string) => (err += text),
    }
    expect(await runCli(['import', big, '-o', out], io)).toBe(1)
    expect(err).toBe(`quarterdeck: "${big}" is 30.0 MB; Quarterdeck opens files up to 20.0 MB.\n`)
    expect(readFileSync(out, 'utf8')).toBe('the old output')
  })
})
