/**
 * HTML character references as MediaWiki decodes them. The encoder escapes a
 * typed `&` only when it would start one of these, and the decoder decodes
 * exactly these, so the two agree on every string.
 */

// Named references a goals page plausibly contains; others are left as typed.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bull: '\u2022',
  middot: '\u00b7',
  times: '\u00d7',
  deg: '\u00b0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '\u200e',
  rlm: '\u200f',
  thinsp: '\u2009',
  larr: '\u2190',
  rarr: '\u2192',
}

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/y

/** A decodable character reference starting at `index`: its length and the text it stands for. */
export function entityAt(text: string, index: number): { length: number; value: string } | null {
  if (text.charCodeAt(index) !== 38) return null
  ENTITY.lastIndex = index
  const match = ENTITY.exec(text)
  if (!match) return null
  const [whole, decimal, hex, name] = match
  if (name !== undefined) {
    const value = NAMED[name]
    return value === undefined ? null : { length: whole.length, value }
  }
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16)
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
  return { length: whole.length, value: String.fromCodePoint(code) }
}

// What a browser or MediaWiki may read as a character reference, known to the decoder or not
// (`&hearts;`, `&#x41;`): a typed `&` before one is escaped so the text shows as typed.
const REFERENCE_LIKE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/y

/** True when the `&` at `index` starts something that reads as a character reference. */
export function referenceLikeAt(text: string, index: number): boolean {
  REFERENCE_LIKE.lastIndex = index
  return REFERENCE_LIKE.test(text)
}

/** `&#N;` for a character: used where a character must not be read as markup. */
export function numericEntity(char: string): string {
  return `&#${char.codePointAt(0) ?? 0};`
}

/** Decodes every character reference MediaWiki would decode in `text`. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  let out = ''
  let last = 0
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const entity = entityAt(text, i)
    if (!entity) continue
    out += text.slice(last, i) + entity.value
    last = i + entity.length
    i = last - 1
  }
  return out + text.slice(last)
}
