/** Reading the bytes of a file given to Quarterdeck (src/shared/fileBytes.ts). */
import { describe, expect, it } from 'vitest'
import {
  decodeFileBytes,
  fileTooLarge,
  looksBinary,
  MAX_FILE_BYTES,
} from '../../../src/shared/fileBytes'

const options = { name: 'goals.wiki', expected: 'a wiki page' }
const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff
    out[3 + i * 2] = bigEndian ? code & 0xff : code >> 8
  }
  return out
}

describe('decodeFileBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeFileBytes(utf8('== Équipe ==\n'), options)).toEqual({
      ok: true,
      text: '== Équipe ==\n',
      encoding: 'utf-8',
    })
    expect(decodeFileBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Müller')), options)).toEqual({
      ok: true,
      text: 'Müller',
      encoding: 'utf-8',
    })
  })

  it('reads UTF-16 with a byte order mark, either way round', () => {
    expect(decodeFileBytes(utf16('Ärger – ok', false), options)).toEqual({
      ok: true,
      text: 'Ärger – ok',
      encoding: 'utf-16le',
    })
    expect(decodeFileBytes(utf16('Ärger – ok', true), options)).toEqual({
      ok: true,
      text: 'Ärger – ok',
      encoding: 'utf-16be',
    })
  })

  it('refuses Latin-1 bytes until asked to read them as Windows-1252, and never mangles them', () => {
    // "Café – €5" in Windows-1252.
    const latin = bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35)
    expect(decodeFileBytes(latin, options)).toEqual({
      ok: false,
      reason: 'not-utf-8',
      error:
        'goals.wiki is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.',
    })
    expect(decodeFileBytes(latin, { ...options, windows1252: true })).toEqual({
      ok: true,
      text: 'Café – €5',
      encoding: 'windows-1252',
    })
  })

  it('refuses binary data in one sentence that does not echo the bytes', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48)
    const refused = decodeFileBytes(png, { name: 'photo.png', expected: 'a Quarterdeck backup' })
    expect(refused).toEqual({
      ok: false,
      reason: 'binary',
      error:
        'photo.png is not a Quarterdeck backup: it holds binary data, not text. Nothing was read from it.',
    })
    // A binary in UTF-16 clothing is binary too.
    expect(decodeFileBytes(bytes(0xff, 0xfe, 1, 0, 2, 0, 3, 0), options)).toMatchObject({
      reason: 'binary',
    })
  })

  it('tells binary from text by NUL bytes and the share of control characters', () => {
    expect(looksBinary(utf8('line one\r\n\tline two\f'))).toBe(false)
    expect(looksBinary(bytes(0x41, 0x00, 0x42))).toBe(true)
    const text = utf8('x'.repeat(98))
    expect(looksBinary(Uint8Array.from([...text, 0x1b, 0x07]))).toBe(false)
    expect(looksBinary(Uint8Array.from([...text.subarray(0, 90), ...Array(10).fill(0x01)]))).toBe(
      true,
    )
    expect(looksBinary(new Uint8Array())).toBe(false)
  })
})

describe('fileTooLarge', () => {
  it('names the file, its size and the limit in one sentence', () => {
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024)
    expect(fileTooLarge('backup.json', 52 * 1024 * 1024)).toBe(
      '"backup.json" is 52.0 MB; Quarterdeck opens files up to 20.0 MB.',
    )
    expect(fileTooLarge('page.wiki', 3 * 1024 * 1024, 1024 * 1024)).toBe(
      '"page.wiki" is 3.0 MB; Quarterdeck opens files up to 1.0 MB.',
    )
  })

  it('says "over" the limit for a file a few bytes too large, not the limit twice', () => {
    expect(fileTooLarge('page.wiki', MAX_FILE_BYTES + 1)).toBe(
      '"page.wiki" is over 20.0 MB; Quarterdeck opens files up to 20.0 MB.',
    )
  })
})
