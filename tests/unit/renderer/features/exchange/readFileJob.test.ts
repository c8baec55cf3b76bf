/**
 * The reading that the worker does (readFileJob.ts), run directly, and the
 * in-place fallback of readInWorker: the same import functions as ever, with
 * progress that only goes forward and a message instead of a crash.
 */
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../../../src/shared/backup'
import { buildExampleQuarter } from '../../../../../src/shared/example'
import { newId } from '../../../../../src/shared/ids'
import { importWikitext } from '../../../../../src/shared/wiki'
import {
  runReadJob,
  type BackupFileResult,
  type DecodeResult,
  type ReadReply,
} from '../../../../../src/renderer/features/exchange/readFileJob'
import { readInWorker } from '../../../../../src/renderer/features/exchange/readInWorker'

const HEAD = `'''Test Lab Goals, FY2019–20, Q2 (October - December 2019)'''

== Search ==
{| class="wikitable"
! Goal !! Status
`

/** A page of one team whose table has `rows` goals. */
function bigPage(rows: number): string {
  const lines: string[] = []
  for (let i = 0; i < rows; i++) lines.push(`|-\n| Goal number ${i} || {{Done}}`)
  return `${HEAD}${lines.join('\n')}\n|}\n`
}

function run(request: Parameters<typeof runReadJob>[0]): ReadReply[] {
  const replies: ReadReply[] = []
  runReadJob(request, (reply) => replies.push(reply))
  return replies
}

describe('the file-reading job', () => {
  it('decodes a file: UTF-8 as it is, a binary file refused, Windows-1252 read both ways', () => {
    const decode = (bytes: Uint8Array) => {
      const done = run({ kind: 'decode', bytes, name: 'goals.wiki', expected: 'a wiki page' }).at(
        -1,
      )
      if (done?.type !== 'done') throw new Error('no result')
      return done.result as DecodeResult
    }
    expect(decode(new TextEncoder().encode('== Café =='))).toEqual({
      ok: true,
      text: '== Café ==',
      encoding: 'utf-8',
    })
    const binary = decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))
    expect(binary).toMatchObject({ ok: false, reason: 'binary' })
    // "Café" saved by an old editor: é is the single byte 0xE9.
    const latin1 = decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))
    expect(latin1).toMatchObject({ ok: false, reason: 'not-utf-8', windows1252: 'Café' })
    expect(latin1.ok ? '' : latin1.error).toMatch(/goals\.wiki is not UTF-8/)
  })

  it('reads a wiki page as importWikitext does, with progress that only goes forward', () => {
    const text = bigPage(2_000)
    const replies = run({ kind: 'wiki', text, now: 1 })
    const done = replies.at(-1)
    expect(done?.type).toBe('done')
    const expected = importWikitext(text, { now: 1, newId })
    if (done?.type !== 'done' || !('ok' in done.result) || !done.result.ok || !expected.ok)
      throw new Error('not read')
    expect('doc' in done.result && done.result.doc.goals.map((goal) => goal.text)).toEqual(
      expected.doc.goals.map((goal) => goal.text),
    )

    const fractions = replies.flatMap((reply) =>
      reply.type === 'progress' && reply.fraction !== null ? [reply.fraction] : [],
    )
    expect(fractions[0]).toBe(0)
    expect(fractions.length).toBeGreaterThan(20)
    // A message per hundredth at most, never backwards, ending near the end.
    expect(fractions.length).toBeLessThanOrEqual(102)
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions)
    expect(fractions.at(-1)).toBeGreaterThan(0.95)
  })

  it('reads a backup as parseBackup does, saying it cannot tell how far', () => {
    const doc = buildExampleQuarter({ newId, now: 1 })
    const replies = run({ kind: 'backup', text: serializeBackup([doc], 1) })
    expect(replies[0]).toEqual({ type: 'progress', fraction: null })
    const done = replies.at(-1)
    expect(done?.type === 'done' && 'docs' in done.result && done.result.docs).toEqual([doc])
  })

  it('says why a file is not what was expected', () => {
    const done = run({ kind: 'backup', text: 'not json at all' }).at(-1)
    expect(done).toMatchObject({ type: 'done', result: { ok: false } })
    expect(done?.type === 'done' && 'error' in done.result && done.result.error).not.toMatch(
      /stack/,
    )
  })

  /** The result of reading `bytes` as backup file `name`. */
  const backupFile = (bytes: Uint8Array, name = 'quarters.json') => {
    const done = run({ kind: 'backup-file', bytes, name, expected: 'a Quarterdeck backup' }).at(-1)
    if (done?.type !== 'done') throw new Error('no result')
    return done.result as BackupFileResult
  }

  it('reads a backup file from its bytes as parseBackup reads its text, without its text', () => {
    const doc = buildExampleQuarter({ newId, now: 1 })
    const text = serializeBackup([doc], 1)
    expect(backupFile(new TextEncoder().encode(text))).toEqual({
      read: 'backup',
      parsed: parseBackup(text),
      wikiPage: null,
    })
  })

  it('gives the text of a backup file only when it is no backup but reads like a wiki page', () => {
    const page = bigPage(3)
    const asPage = backupFile(new TextEncoder().encode(page), 'goals.json')
    expect(asPage).toMatchObject({ read: 'backup', parsed: { ok: false }, wikiPage: page })
    const notJson = backupFile(new TextEncoder().encode('not json at all'))
    expect(notJson).toMatchObject({ read: 'backup', parsed: { ok: false }, wikiPage: null })
  })

  it('says why a backup file is no text: binary, or not UTF-8 with its Windows-1252 reading', () => {
    expect(backupFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))).toMatchObject({
      read: 'undecodable',
      decoded: { ok: false, reason: 'binary' },
    })
    expect(backupFile(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toMatchObject({
      read: 'undecodable',
      decoded: { ok: false, reason: 'not-utf-8', windows1252: 'Café' },
    })
  })
})

describe('readInWorker without a Worker (Node)', () => {
  it('reads in place and reports progress', async () => {
    const seen: (number | null)[] = []
    const reading = readInWorker({ kind: 'wiki', text: bigPage(200), now: 1 }, (f) => seen.push(f))
    const result = await reading.result
    expect(result).toMatchObject({ ok: true })
    expect(seen.length).toBeGreaterThan(1)
  })

  it('gives null once cancelled', async () => {
    const reading = readInWorker({ kind: 'wiki', text: bigPage(10), now: 1 })
    reading.cancel()
    expect(await reading.result).toBeNull()
  })
})
