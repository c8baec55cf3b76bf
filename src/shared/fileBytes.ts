/**
 * Turning the bytes of a file someone gave Quarterdeck into text, the same
 * way in the app (Import, Open backup) and on the command line. UTF-8, with
 * or without a byte order mark, and UTF-16 with one are read as they are.
 * Bytes that are not valid UTF-8 are most likely Latin-1 / Windows-1252 (an
 * old editor's default): they are never read with replacement characters
 * behind the user's back, only as Windows-1252 once the user agrees. A
 * binary file is refused with a sentence that does not echo its bytes.
 */

/** The encodings a file can be read in. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** What reading a file's bytes gave. */
export type DecodedFile =
  | { ok: true; text: string; encoding: FileEncoding }
  /** Binary data: not to be read at all. */
  | { ok: false; reason: 'binary'; error: string }
  /** Not UTF-8: readable as Windows-1252 if the user agrees. */
  | { ok: false; reason: 'not-utf-8'; error: string }

/** How the file is named in messages, and what it should have been. */
export interface DecodeOptions {
  /** The file's name, e.g. "goals.wiki". */
  name: string
  /** What the file was opened as, e.g. "a wiki page" or "a Quarterdeck backup". */
  expected: string
  /** Read bytes that are not UTF-8 as Windows-1252 (the user agreed). */
  windows1252?: boolean
}

/**
 * The largest file Quarterdeck opens or saves: 20 MB. A 10,000-goal quarter's
 * page is about 1 MB and its backup a few; anything larger is refused before
 * a byte of it is read, so no file can hold the window for long.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** A size as the messages give it: "20.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The sentence for a file over the limit, said before any of it is read. */
export function fileTooLarge(name: string, size: number, limit = MAX_FILE_BYTES): string {
  // A file a few bytes over would read "is 20.0 MB; … up to 20.0 MB", which names no problem.
  const shown = megabytes(size) === megabytes(limit) ? `over ${megabytes(limit)}` : megabytes(size)
  return `"${name}" is ${shown}; Quarterdeck opens files up to ${megabytes(limit)}.`
}

/** How much of the start is checked for binary data: enough to tell, cheap on huge files. */
const SAMPLE_BYTES = 64 * 1024

/** More than this share of control characters in the sample: binary. */
const CONTROL_SHARE = 0.02

/** True when `bytes` look like binary data: a NUL byte, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE_BYTES)
  let controls = 0
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] as number
    if (byte === 0) return true
    // Tab, line feed, form feed and carriage return are text; the other C0 codes and DEL are not.
    if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f)
      controls++
  }
  return length > 0 && controls / length > CONTROL_SHARE
}

/** True when decoded text holds control characters no text file has (UTF-16 binaries). */
function hasBinaryCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return /[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, SAMPLE_BYTES))
}

function binary(options: DecodeOptions): DecodedFile {
  return {
    ok: false,
    reason: 'binary',
    error: `${options.name} is not ${options.expected}: it holds binary data, not text. Nothing was read from it.`,
  }
}

/*
 * Windows-1252 by hand: TextDecoder's 'windows-1252' is Latin-1 in some
 * builds of Node (small ICU), which turns "–" and "€" into control
 * characters. Bytes 0x80–0x9F map as below (0 where the code page has no
 * character: those stay as the C1 code point); all others are Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
]

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte,
    )
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

/** The part of TextDecoder used here: shared code is built without the DOM's or Node's types. */
interface StrictDecoder {
  decode(bytes: Uint8Array): string
}
const { TextDecoder: Decoder } = globalThis as unknown as {
  TextDecoder: new (label: string, options: { fatal: boolean }) => StrictDecoder
}

function decode(bytes: Uint8Array, encoding: FileEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return new Decoder(encoding, { fatal: true }).decode(bytes)
}

/** Reads a file's bytes as text, or says in one sentence why not. */
export function decodeFileBytes(bytes: Uint8Array, options: DecodeOptions): DecodedFile {
  const [a, b, c] = bytes
  const utf16: FileEncoding | null =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : null
  if (utf16) {
    try {
      // The decoder drops the byte order mark.
      const text = decode(bytes, utf16)
      return hasBinaryCharacters(text) ? binary(options) : { ok: true, text, encoding: utf16 }
    } catch {
      return binary(options)
    }
  }
  const bom = a === 0xef && b === 0xbb && c === 0xbf
  if (looksBinary(bom ? bytes.subarray(3) : bytes)) return binary(options)
  try {
    return { ok: true, text: decode(bytes, 'utf-8'), encoding: 'utf-8' }
  } catch {
    if (options.windows1252) {
      return { ok: true, text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' }
    }
    return {
      ok: false,
      reason: 'not-utf-8',
      error: `${options.name} is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.`,
    }
  }
}
