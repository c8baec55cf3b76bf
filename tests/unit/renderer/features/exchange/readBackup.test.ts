/**
 * A backup read from a chosen file's bytes or from text at hand
 * (readBackup.ts), here in place (Node has no Worker): the same result both
 * ways, the text back only for a wiki page, and a sentence for bytes that
 * are no text.
 */
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../../../src/shared/backup'
import { buildExampleQuarter } from '../../../../../src/shared/example'
import { newId } from '../../../../../src/shared/ids'
import { readBackup } from '../../../../../src/renderer/features/exchange/readBackup'
import { NotUtf8Error } from '../../../../../src/renderer/platform'

const chosen = (name: string, bytes: Uint8Array) => ({
  source: { name, bytes, expected: 'a Quarterdeck backup' },
})

describe('readBackup', () => {
  it('reads a chosen file as it reads the same text', async () => {
    const text = serializeBackup([buildExampleQuarter({ newId, now: 1 })], 1)
    const fromBytes = await readBackup(chosen('q.json', new TextEncoder().encode(text))).result
    const fromText = await readBackup({ name: 'q.json', content: text }).result
    expect(fromBytes).toEqual({ parsed: parseBackup(text), wikiPage: null })
    expect(fromText).toEqual(fromBytes)
  })

  it('gives the text back only for a wiki page', async () => {
    const page = '== Analytics ==\n* {{Done}} Ship it\n'
    expect(
      await readBackup(chosen('goals.wiki', new TextEncoder().encode(page))).result,
    ).toMatchObject({ parsed: { ok: false }, wikiPage: page })
    expect(await readBackup({ name: 'goals.wiki', content: page }).result).toMatchObject({
      parsed: { ok: false },
      wikiPage: page,
    })
    expect(await readBackup({ name: 'notes.json', content: '{"notes": []}' }).result).toMatchObject(
      { parsed: { ok: false }, wikiPage: null },
    )
  })

  it('refuses bytes that are no text in a sentence, and offers Windows-1252 for Latin-1', async () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0])
    await expect(readBackup(chosen('photo.json', binary)).result).rejects.toThrow(
      'photo.json is not a Quarterdeck backup',
    )
    const latin1 = readBackup(chosen('caf\u00e9.json', new Uint8Array([0x43, 0x61, 0x66, 0xe9])))
    const refusal = await latin1.result.catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(NotUtf8Error)
    expect((refusal as NotUtf8Error).readAsWindows1252()).toEqual({
      name: 'caf\u00e9.json',
      content: 'Caf\u00e9',
    })
  })
})
