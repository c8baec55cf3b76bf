/**
 * Text safety: every string a user typed is data. `encodeText` writes it as
 * wikitext that renders as typed (inline wikitext such as `[[links]]`,
 * `'''bold'''` and balanced `{{templates}}` kept as written) and cannot break
 * the page's structure; `decodeText` reads it back, exactly.
 *
 * The markers the encoder adds render as nothing or as the character they
 * replace: `<nowiki/>` (empty), `<br />` (a line break) and numeric character
 * references. Anything typed that would be mistaken for a marker is itself
 * escaped, which is what makes decoding exact.
 */
import { scanBrackets } from './brackets'
import { CONTROLS, LINE_BREAKS } from '../../controlCharacters'
import { entityAt, numericEntity, referenceLikeAt } from './entities'

/**
 * Where the text lands, which decides what could break there:
 * - `cell`: a table data cell (a bare `|` would split it);
 * - `header`: a table header cell (`!!` splits it too);
 * - `item`: after a list bullet (a leading `* # : ;` would nest a list);
 * - `line`: at the very start of a line (lists, headings, tables, rules, preformatting);
 * - `heading`: inside `== … ==`;
 * - `inline`: inside a line after other markup.
 */
export type TextContext = 'cell' | 'header' | 'item' | 'line' | 'heading' | 'inline'

/** Extra guards for one call: characters to entity-escape and patterns to break with `<nowiki/>`. */
export interface EncodeOptions {
  /** Characters written as numeric references at the top level (e.g. `:` in a label). */
  escapeChars?: string
  /**
   * Patterns in the top-level text that a reader would take as markup (a bare
   * task id, a "(stretch)" marker): a `<nowiki/>` goes after the first character of each match.
   */
  breakPatterns?: readonly RegExp[]
}

export const NOWIKI = '<nowiki/>'
export const BR = '<br />'

// Tags that are inline formatting and cannot affect structure; any other tag is escaped.
const INLINE_TAGS = new Set(
  'abbr b bdi bdo big br cite code data del dfn em font i ins kbd mark q rb rp rt ruby s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
)
const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9]*)/y

/** Wikitext for a user string in a context; see the module comment. */
export function encodeText(
  text: string,
  context: TextContext,
  options: EncodeOptions = {},
): string {
  text = cleanText(text)
  if (text === '') return context === 'inline' || context === 'cell' ? '' : NOWIKI
  const field = fieldGuards(text)
  if (!text.includes('\n')) return encodeLine(text, context, options, true, true, 0, field)
  const lines = text.split('\n')
  let out = ''
  let offset = 0
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as string
    if (l > 0) out += BR
    out += encodeLine(line, context, options, l === 0, l === lines.length - 1, offset, field)
    offset += line.length + 1
  }
  return out
}

// Line breaks of other kinds (CR, CRLF, NEL, U+2028, U+2029, VT, FF) become \n; other control
// characters (NUL, ESC, DEL, C1) and non-characters are dropped: a page cannot show them. The
// two sets are the model's (controlCharacters.ts), which typed texts are stored by.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNCLEAN = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|[\ud800-\udfff]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * A typed text as a page can carry it: one kind of line break, no control
 * characters (tabs stay), no lone surrogates. Used before encoding, and by
 * callers that want to tell a person what the page will not show.
 */
export function cleanText(text: string): string {
  if (!UNCLEAN.test(text)) return text
  return text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd')
}

/**
 * True when the page cannot show some of a typed text's characters: control
 * characters (NUL, ESC, DEL…), which `cleanText` drops, and lone surrogates,
 * which it replaces. Line breaks of any kind show as line breaks.
 */
export function dropsCharacters(text: string): boolean {
  if (!UNCLEAN.test(text)) return false
  const breaksOnly = text.replace(LINE_BREAKS, '\n')
  return cleanText(text) !== breaksOnly
}

/** What makes a whole field risky, decided once for all its lines (they share one wikitext line). */
interface FieldGuards {
  /** Offsets of `<` starting an inline tag with no partner in the field: written as `&lt;`. */
  strayTags: Set<number> | null
  /** The field's `''` and `'''` do not pair up: every run of apostrophes is written as references. */
  quotes: boolean
}

const NO_GUARDS: FieldGuards = { strayTags: null, quotes: false }
const VOID_TAGS = new Set(['br', 'wbr'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>\n]*?)?(\/?)>/g
// A whole tag on one line; a `<b` whose `>` is missing would reach the next `>` anywhere on the page.
const WHOLE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*?)?\/?>/y
const QUOTE_RUN = /'{2,}/g

function fieldGuards(text: string): FieldGuards {
  const hasTag = text.includes('<')
  const hasQuotes = text.includes("''")
  if (!hasTag && !hasQuotes) return NO_GUARDS
  let strayTags: Set<number> | null = null
  if (hasTag) {
    // Each tag name pairs like parentheses; an opener left open or a closer with no opener
    // would restyle what follows the field (the next list item, the rest of the page).
    const open = new Map<string, number[]>()
    const stray: number[] = []
    for (const match of text.matchAll(TAG)) {
      const name = (match[2] as string).toLowerCase()
      if (!INLINE_TAGS.has(name) || VOID_TAGS.has(name) || match[3] === '/') continue
      const stack = open.get(name) ?? []
      open.set(name, stack)
      if (match[1] === '') stack.push(match.index)
      else if (stack.length > 0) stack.pop()
      else stray.push(match.index)
    }
    for (const stack of open.values()) stray.push(...stack)
    if (stray.length > 0) strayTags = new Set(stray)
  }
  return { strayTags, quotes: hasQuotes && !quotesBalanced(text) }
}

// MediaWiki pairs apostrophes per line: '' italic, ''' bold, '''' an apostrophe and bold,
// ''''' both, longer runs extra apostrophes and both. Even counts close within the field.
function quotesBalanced(text: string): boolean {
  let italics = 0
  let bold = 0
  for (const match of text.matchAll(QUOTE_RUN)) {
    const length = match[0].length
    if (length === 2) italics++
    else if (length === 3 || length === 4) bold++
    else {
      italics++
      bold++
    }
  }
  return italics % 2 === 0 && bold % 2 === 0
}

// Characters that may need escaping somewhere; a line without them (the usual case) is written as is.
const SPECIAL = /[{}[\]|!&<~\r]/
const SPECIAL_CODES = new Uint8Array(128)
for (const char of '{}[]|!&<~\r') SPECIAL_CODES[char.charCodeAt(0)] = 1
// Also apostrophes and underscores, for a line with `__` or in a field with unbalanced quotes.
const SPECIAL_CODES_QUOTES = SPECIAL_CODES.slice()
for (const char of "_'") SPECIAL_CODES_QUOTES[char.charCodeAt(0)] = 1

function nextSpecial(line: string, from: number, codes: Uint8Array): number {
  for (let i = from; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code < 128 && codes[code] === 1) return i
  }
  return line.length
}
const globalVersions = new WeakMap<RegExp, RegExp>()

function globalVersion(pattern: RegExp): RegExp {
  let global = globalVersions.get(pattern)
  if (!global) {
    global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
    )
    globalVersions.set(pattern, global)
  }
  return global
}

function encodeLine(
  line: string,
  context: TextContext,
  options: EncodeOptions,
  first: boolean,
  last: boolean,
  offset = 0,
  field: FieldGuards = NO_GUARDS,
): string {
  const n = line.length
  const patterns = options.breakPatterns ?? []
  const escapeChars = options.escapeChars ?? ''
  const edgeRisk =
    (first && n > 0 && /\s/.test(line[0] as string)) ||
    (last && n > 0 && /\s/.test(line[n - 1] as string)) ||
    (context === 'heading' && (line.startsWith('=') || line.endsWith('=')))
  if (
    !edgeRisk &&
    !SPECIAL.test(line) &&
    !line.includes('__') &&
    !(field.quotes && line.includes("''")) &&
    !patterns.some((pattern) => pattern.test(line)) &&
    (escapeChars === '' || ![...escapeChars].some((char) => line.includes(char)))
  ) {
    return first ? guardLineStart(line, context) : line
  }

  const codes = field.quotes || line.includes('__') ? SPECIAL_CODES_QUOTES : SPECIAL_CODES
  const { unbalanced, spans } = scanBrackets(line, false)
  let span = 0
  const isTopLevel = (at: number): boolean => {
    while (span < spans.length && (spans[span] as [number, number])[1] <= at) span++
    const current = spans[span]
    return !current || current[0] > at
  }
  const breaks = new Set<number>()
  for (const pattern of patterns) {
    if (!pattern.test(line)) continue
    for (const m of line.matchAll(globalVersion(pattern))) {
      if (m[0] !== '' && !spans.some(([s, e]) => s <= m.index && m.index < e))
        breaks.add(m.index + 1)
    }
  }
  // Copy runs of ordinary characters at once; stop only where something may need escaping.
  const stops = [...breaks]
  const edgeStop = (at: number): boolean =>
    /\s/.test(line[at] as string) || (context === 'heading' && line[at] === '=')
  if (first && n > 0 && edgeStop(0)) stops.push(0)
  if (last && n > 0 && edgeStop(n - 1)) stops.push(n - 1)
  for (const char of escapeChars) {
    for (let at = line.indexOf(char); at >= 0; at = line.indexOf(char, at + 1)) stops.push(at)
  }
  stops.sort((a, b) => a - b)
  let nextStop = 0
  let out = ''
  let i = 0
  while (i < n) {
    while (nextStop < stops.length && (stops[nextStop] as number) < i) nextStop++
    const stop = Math.min(nextSpecial(line, i, codes), stops[nextStop] ?? n)
    if (stop > i) {
      out += line.slice(i, stop)
      i = stop
      if (i >= n) break
    }
    const char = line[i] as string
    if (breaks.has(i)) out += NOWIKI
    const subst = char === '{' && unbalanced?.[i] !== 1 ? substCallAt(line, i) : null
    const edge = (first && i === 0) || (last && i === n - 1)
    if (
      (unbalanced !== null && unbalanced[i] === 1) ||
      (edge && /\s/.test(char)) ||
      char === '\r' ||
      (char === '[' && opensUnclosedLink(line, i, unbalanced, spans))
    ) {
      // A URL would run on through a space written as a reference ("https://a.org/b&#32;").
      if (
        edge &&
        i > 0 &&
        /\s/.test(char) &&
        !/\s/.test(line[i - 1] as string) &&
        line.includes(':')
      )
        out += NOWIKI
      out += numericEntity(char)
    } else if (char === '&' && referenceLikeAt(line, i)) {
      out += '&amp;'
    } else if (char === '<') {
      if (line.startsWith(BR, i)) {
        out += BR + NOWIKI
        i += BR.length - 1
      } else if (field.strayTags?.has(offset + i) || isRiskyTag(line, i)) out += '&lt;'
      else out += '<'
    } else if (char === "'" && field.quotes && (line[i + 1] === "'" || line[i - 1] === "'")) {
      out += '&#39;'
    } else if (char === '_' && line[i + 1] === '_') {
      // `__NOTOC__` and the other double-underscore magic words: no two underscores meet.
      let run = 0
      while (line[i + run] === '_') run++
      out += underscores(run, line, i, patterns.length > 0 && isTopLevel(i))
      i += run - 1
    } else if (char === '~' && line[i + 1] === '~' && line[i + 2] === '~') {
      // Three or more tildes become a signature on save: break the run into pairs.
      let run = 0
      while (line[i + run] === '~') run++
      for (let k = 0; k < run; k += 2)
        out += (k > 0 ? NOWIKI : '') + '~'.repeat(Math.min(2, run - k))
      i += run - 1
    } else if (
      char === '|' &&
      (context === 'cell' || context === 'header') &&
      // Cells split on `||` even inside links (and inside templates the wiki cannot expand).
      (line[i - 1] === '|' || isTopLevel(i))
    ) {
      out += '&#124;'
    } else if (char === '!' && context === 'header' && out.endsWith('!')) {
      // Inside a template a reference would not do: MediaWiki decodes it in the template's name
      // before the table is parsed, and a missing template's red link [[:Template:A!!]] splits
      // the cell. A <nowiki/> there makes the name no title, so the call shows as typed.
      out += insideTemplate(line, i, unbalanced, spans) ? NOWIKI + '!' : '&#33;'
    } else if (subst !== null) {
      // Saving the page would substitute the template's source (a preview shows the call as
      // typed): a <nowiki/> in `subst:` makes the name no title, so both show it as typed.
      out += subst.slice(0, -1) + NOWIKI + ':'
      i += subst.length - 1
    } else if (escapeChars.includes(char) && isTopLevel(i)) {
      out += numericEntity(char)
    } else if (context === 'heading' && char === '=' && edge) {
      out += '&#61;'
    } else out += char
    i++
  }
  return first ? guardLineStart(out, context) : out
}

const WORD_CHAR = /[A-Za-z0-9]/

/**
 * A run of underscores with no two meeting: `_&#95;_…`. Where the text has
 * patterns a reader looks for (a bare task id T123 after the run), a
 * reference must not end next to a word: `&#95;T123` reads as the task T123
 * where `__T123` did not, so an even run before a word starts with its
 * reference, and one between two words is closed with a `<nowiki/>`.
 */
function underscores(run: number, line: string, at: number, guardWords: boolean): string {
  const alternate = (count: number, first: string, second: string): string => {
    let out = ''
    for (let k = 0; k < count; k++) out += k % 2 === 0 ? first : second
    return out
  }
  const wordAfter = WORD_CHAR.test(line[at + run] ?? '')
  if (!guardWords || run % 2 === 1 || !wordAfter) return alternate(run, '_', '&#95;')
  if (!WORD_CHAR.test(line[at - 1] ?? '')) return alternate(run, '&#95;', '_')
  return alternate(run - 1, '_', '&#95;') + NOWIKI + '_'
}

/**
 * The line of a table data cell written without attributes (`| text`).
 * MediaWiki takes a cell's text before its first `|` for attributes unless
 * that part holds `[[`. Encoded text has no top-level pipe, but a template call
 * the wiki leaves as typed because its name is no title (`{{a<b|c}}`,
 * `{{x%41|y}}`, `{{#|z}}`) keeps its own, and the text before it would vanish
 * into the attributes. Such a cell gets an empty attribute part first:
 * `| | text` (which shows the same; the reader knows it).
 */
export function dataCell(markup: string): string {
  return markup === '' ? '|' : `| ${withoutAttributes(markup)}`
}

/**
 * The line of a header row of cells written without attributes
 * (`! a !! b`): each cell splits like a data cell, so each gets the same
 * empty attribute part where it needs one (`! a !! | {{a<b|c}}`).
 */
export function headerRow(cells: readonly string[]): string {
  return `! ${cells.map(withoutAttributes).join(' !! ')}`
}

/** A cell's markup, after an empty attribute part (`| `) where MediaWiki would find attributes in it. */
function withoutAttributes(markup: string): string {
  if (!markup.includes('{{')) return markup
  for (const call of markup.matchAll(TEMPLATE_NAME)) {
    const pipe = call.index + call[0].length - 1
    if (NO_TITLE.test(call[1] as string) && !/\[\[|-\{/.test(markup.slice(0, pipe)))
      return `| ${markup}`
  }
  return markup
}

// A template call's name up to its first pipe.
const TEMPLATE_NAME = /\{\{([^{}|]*)\|/g
// Names that may be no title, so the wiki could leave the call as typed. Erring towards more is
// harmless (the empty attribute part shows nothing); `<` is written `&lt;`.
// eslint-disable-next-line no-control-regex -- a tab or control character makes no title
const NO_TITLE = /[<>#%&\x00-\x1f\x7f]|^[\s_]*$/

const SUBST_CALL = /\{\{\s*(?:safe)?subst:/iy

/** The `{{subst:` (or `{{ safesubst:`) starting at `index`, or null. */
function substCallAt(line: string, index: number): string | null {
  if (line[index + 1] !== '{') return null
  SUBST_CALL.lastIndex = index
  return SUBST_CALL.exec(line)?.[0] ?? null
}

// `[` and a URL scheme (`[https://`, `[//`, `[mailto:`) start an external link.
const EXTERNAL_LINK = /\[(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/\/)/y

/**
 * True for an external link's `[` with no `]` of its own later on the line: it
 * would close at the next `]` on the page, swallowing a task link, the next
 * field or the next goal.
 */
function opensUnclosedLink(
  line: string,
  index: number,
  unbalanced: Uint8Array | null,
  spans: ReadonlyArray<[number, number]>,
): boolean {
  EXTERNAL_LINK.lastIndex = index
  if (!EXTERNAL_LINK.test(line)) return false
  if (spans.some(([start, end]) => start <= index && index < end)) return false
  for (let at = line.indexOf(']', index); at >= 0; at = line.indexOf(']', at + 1)) {
    if (unbalanced !== null && unbalanced[at] === 1) continue
    if (!spans.some(([start, end]) => start <= at && at < end)) return false
  }
  return true
}

/** True where `index` lies between a balanced `{{` and its `}}`, at any depth. */
function insideTemplate(
  line: string,
  index: number,
  unbalanced: Uint8Array | null,
  spans: ReadonlyArray<[number, number]>,
): boolean {
  const span = spans.find(([start, end]) => start <= index && index < end)
  if (!span) return false
  // Within a balanced span braces pair up, so the count of `{` left open is twice the depth.
  let open = 0
  for (let at = span[0]; at < index; at++) {
    if (unbalanced !== null && unbalanced[at] === 1) continue
    if (line[at] === '{') open++
    else if (line[at] === '}') open--
  }
  return open >= 2
}

function isRiskyTag(line: string, index: number): boolean {
  if (line.startsWith('<!--', index)) return true
  TAG_NAME.lastIndex = index
  const match = TAG_NAME.exec(line)
  if (match === null) return false
  if (!INLINE_TAGS.has((match[1] as string).toLowerCase())) return true
  WHOLE_TAG.lastIndex = index
  return !WHOLE_TAG.test(line)
}

// What a line (or a list item's text) must not start with.
const LINE_START = /^(?:[*#:;= !|]|\{\||-{4})/
// `{|` after a `:` starts a table (an indented one), so it is guarded in list items too.
const ITEM_START = /^(?:[*#:;]|\{\|)/

function guardLineStart(encoded: string, context: TextContext): string {
  if (context === 'line' && LINE_START.test(encoded)) return NOWIKI + encoded
  if (context === 'item' && ITEM_START.test(encoded)) return NOWIKI + encoded
  return encoded
}

const BR_NOWIKI = BR + NOWIKI
const NOWIKI_BLOCK = /<nowiki\s*>([\s\S]*?)(?:<\/nowiki\s*>|$)/iy
const NOWIKI_EMPTY = /<nowiki\s*\/>|<nowiki\s*><\/nowiki\s*>/iy

/**
 * The text a piece of wikitext stands for: the inverse of `encodeText`, and
 * also the reading of hand-written text (`<nowiki>…</nowiki>`, `{{!}}`,
 * character references, `<br />`).
 */
export function decodeText(wikitext: string): string {
  if (!wikitext.includes('\n')) return decodeLine(wikitext)
  const lines = wikitext.split('\n')
  return lines.map(decodeLine).join('\n')
}

const DECODE_SPECIAL = /[&<{]/

function decodeLine(line: string): string {
  if (!DECODE_SPECIAL.test(line)) return line
  const scan = scanBrackets(line, true)
  const spans = scan.magic.length === 0 ? scan.spans : scan.spans.concat(scan.magic)
  if (scan.magic.length > 0) spans.sort((a, b) => a[0] - b[0])
  let out = ''
  let from = 0
  for (const [start, end] of spans) {
    out += decodePiece(line, from, start)
    const span = line.slice(start, end)
    if (/^\{\{\s*!\s*\}\}$/.test(span)) out += '|'
    else if (/^\{\{\s*!!\s*\}\}$/.test(span)) out += '||'
    else out += decodePiece(line, start, end)
    from = end
  }
  return out + decodePiece(line, from, line.length)
}

function decodePiece(line: string, from: number, to: number): string {
  let out = ''
  let i = from
  while (i < to) {
    const char = line[i] as string
    if (char === '&') {
      const entity = entityAt(line, i)
      if (entity && i + entity.length <= to) {
        out += entity.value
        i += entity.length
        continue
      }
    } else if (char === '<') {
      if (line.startsWith(BR_NOWIKI, i)) {
        out += BR
        i += BR_NOWIKI.length
        continue
      }
      if (line.startsWith(BR, i)) {
        out += '\n'
        i += BR.length
        continue
      }
      NOWIKI_EMPTY.lastIndex = i
      const empty = NOWIKI_EMPTY.exec(line)
      if (empty) {
        i += empty[0].length
        continue
      }
      NOWIKI_BLOCK.lastIndex = i
      const block = NOWIKI_BLOCK.exec(line)
      if (block) {
        out += decodeEntitiesOnly(block[1] as string)
        i += block[0].length
        continue
      }
    }
    out += char
    i++
  }
  return out
}

function decodeEntitiesOnly(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const entity = text[i] === '&' ? entityAt(text, i) : null
    if (entity) {
      out += entity.value
      i += entity.length - 1
    } else out += text[i]
  }
  return out
}
