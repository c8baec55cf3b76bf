/**
 * Status markup inside the text of a status-update item that has no status
 * ("{{Done}} ships next week", or "'''Done'''" typed on a plain-profile page).
 * Written as typed, the reader would take it for the item's status. Here one
 * character of each such markup is written as a numeric character reference:
 * MediaWiki shows the same (it decodes references in text, bold text, and the
 * names of templates and link targets alike), `decodeText` gives back exactly
 * what was typed, and the status reader, which matches markup as written,
 * finds no status. A typed `&#68;` is written `&amp;#68;` by the encoder, so
 * the reference can only be the exporter's.
 */
import { entityAt, numericEntity } from './entities'
import type { StatusReader } from './markup'

// Markup punctuation and spaces: a reference there would change what the markup is.
const SYNTAX = new Set([...'{}[]|\'=*#:;!-~_/"', ' ', '\t', '\n'])

/**
 * Where in `markup[start, end)` one character can be written as a reference
 * without changing how the markup renders: the first character of its text or
 * name, outside tags, character references and an external link's URL. -1 when
 * the markup has no such character.
 */
function referencePoint(markup: string, start: number, end: number): number {
  let i = start
  while (i < end) {
    const char = markup[i] as string
    if (char === '<') {
      const close = markup.indexOf('>', i)
      i = close < 0 || close >= end ? end : close + 1
    } else if (char === '&') {
      i += entityAt(markup, i)?.length ?? 1
    } else if (char === '[' && markup[i + 1] !== '[' && markup[i - 1] !== '[') {
      // An external link's URL must stay as written: skip to its label.
      while (i < end && !/[\s\]]/.test(markup[i] as string)) i++
    } else if (SYNTAX.has(char)) i++
    else return i
  }
  return -1
}

/**
 * `markup` (an encoded text) with every piece the status reader would take
 * for a status escaped as the module comment says; unchanged when it holds none.
 */
export function escapeStatusMarkup(markup: string, statuses: StatusReader): string {
  // A reference could in theory complete another profile's literal markup: look again.
  for (let round = 0; round < 4; round++) {
    const matches = statuses.find(markup)
    if (matches.length === 0) return markup
    let out = ''
    let from = 0
    for (const match of matches) {
      const at = referencePoint(markup, match.start, match.end)
      if (at < 0) continue
      const char = String.fromCodePoint(markup.codePointAt(at) as number)
      out += markup.slice(from, at) + numericEntity(char)
      from = at + char.length
    }
    if (from === 0) return markup
    markup = out + markup.slice(from)
  }
  return markup
}
