/**
 * The command line reads files as the app does (src/shared/fileBytes.ts):
 * UTF-16 with a byte order mark is read, a Latin-1 or binary file is refused
 * with the app's sentence (exit 1) and nothing is written.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { serializeBackup } from '../../../src/shared/backup'
import { buildExampleQuarter } from '../../../src/shared/example'
import { exportWikitext } from '../../../src/shared/wiki'
import { memoryIo } from './memoryIo'

const PAGE =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Équipe données ==\n* Ship the café menu {{Done}}\n"

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const [high, low] = [code >> 8, code & 0xff]
    bytes.set(order === 'le' ? [low, high] : [high, low], 2 + i * 2)
  }
  return bytes
}

/** Latin-1 bytes: é is 0xE9, which is not UTF-8 on its own; the en dash becomes "-". */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text.replace(/–/g, '-'), (char) => char.charCodeAt(0))
}

// The start of a PNG file: its signature, then a chunk header with NUL bytes.
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49])

async function run(argv: string[], bytes: Record<string, Uint8Array>, files = {}) {
  const io = memoryIo(files, { bytes })
  const code = await runCli(argv, io)
  return { code, out: io.out, err: io.err, files: io.files }
}

describe('quarterdeck import reads the page file as the app does', () => {
  for (const order of ['le', 'be'] as const) {
    it(`reads UTF-16 ${order.toUpperCase()} with a byte order mark`, async () => {
      const result = await run(['import', 'page.wiki', '-o', 'b.json'], {
        'page.wiki': utf16(PAGE, order),
      })
      expect(result.code).toBe(0)
      const backup = result.files.get('b.json') ?? ''
      expect(backup).toContain('"name": "Équipe données"')
      expect(backup).toContain('"text": "Ship the café menu"')
    })
  }

  it("refuses a Latin-1 page with the app's sentence and writes nothing", async () => {
    const result = await run(['import', 'page.wiki', '-o', 'b.json'], {
      'page.wiki': latin1(PAGE),
    })
    expect(result).toMatchObject({ code: 1, out: '' })
    expect(result.err).toBe(
      'quarterdeck: "page.wiki" is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.\n',
    )
    expect(result.files.has('b.json')).toBe(false)
  })

  it('refuses a binary file in one line that does not echo its bytes', async () => {
    const result = await run(['import', 'logo.png'], { 'logo.png': PNG })
    expect(result).toMatchObject({ code: 1, out: '' })
    expect(result.err).toBe(
      'quarterdeck: "logo.png" is not a wiki page: it holds binary data, not text. Nothing was read from it.\n',
    )
  })
})

describe('quarterdeck export reads the backup file as the app does', () => {
  const doc = buildExampleQuarter({ newId: () => crypto.randomUUID(), now: 0 })
  const backup = serializeBackup([doc], 0)

  it('reads a UTF-16 backup with a byte order mark', async () => {
    const result = await run(['export', 'b.json'], { 'b.json': utf16(backup, 'le') })
    expect(result.code).toBe(0)
    expect(result.out).toBe(exportWikitext(doc))
  })

  it('refuses a Latin-1 or a binary backup, exit 1', async () => {
    const notUtf8 = await run(['export', 'b.json', '-o', 'page.wiki'], {
      'b.json': latin1('{"format": "quarterdeck", "team": "Équipe"}'),
    })
    expect(notUtf8).toMatchObject({ code: 1, out: '' })
    expect(notUtf8.err).toBe(
      'quarterdeck: "b.json" is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.\n',
    )
    expect(notUtf8.files.has('page.wiki')).toBe(false)
    const binary = await run(['export', 'b.json'], { 'b.json': PNG })
    expect(binary).toMatchObject({ code: 1, out: '' })
    expect(binary.err).toBe(
      'quarterdeck: "b.json" is not a Quarterdeck backup: it holds binary data, not text. Nothing was read from it.\n',
    )
  })

  it('still reads UTF-8 with a byte order mark', async () => {
    const result = await run(['export', 'b.json'], {
      'b.json': new TextEncoder().encode('\ufeff' + backup),
    })
    expect(result.code).toBe(0)
    expect(result.out).toBe(exportWikitext(doc))
  })
})
