/**
 * Bracket matching for one line of wikitext: which `{{…}}` and `[[…]]` are
 * balanced (kept as the user's inline wikitext) and which bracket characters
 * are unbalanced (and so could swallow the rest of the page). It follows the
 * preprocessor closely enough that what it calls balanced cannot reach past
 * the line: pairs match innermost first, mismatched closers stay literal, and
 * runs of three or more opening brackets (parameter syntax, odd nesting) count
 * as unbalanced.
 */

/** Result of scanning a line. */
export interface BracketScan {
  /** 1 where a bracket character is unbalanced and must be neutralised; null when none is. */
  unbalanced: Uint8Array | null
  /** Outermost balanced spans, [start, end) in ascending order. */
  spans: Array<[number, number]>
  /** Outermost `{{!}}`-style spans (table syntax in disguise), also marked unbalanced. */
  magic: Array<[number, number]>
}

const NO_BRACKETS = /[[\]{}]/
const EMPTY: BracketScan = Object.freeze({
  unbalanced: null,
  spans: Object.freeze([]) as unknown as Array<[number, number]>,
  magic: Object.freeze([]) as unknown as Array<[number, number]>,
})

const NOWIKI_OPEN = /<nowiki\s*>/iy
const NOWIKI_CLOSE = /<\/nowiki\s*>/gi

// Templates that expand to table syntax; at the top level of a cell they would split it.
const TABLE_MAGIC = /^\{\{\s*(?:!|!!|!-|!\+|\(!|!\)|\(\(|\)\))\s*\}\}$/

/**
 * Scans `line`. With `skipNowiki`, `<nowiki>…</nowiki>` blocks are opaque (as
 * on a hand-written page); the encoder scans raw user text, where a typed
 * nowiki tag is data and gets escaped instead, and so is a pipe trick.
 */
export function scanBrackets(line: string, skipNowiki: boolean): BracketScan {
  if (!NO_BRACKETS.test(line)) return EMPTY
  const marks: { unbalanced: Uint8Array | null } = { unbalanced: null }
  let spans = match(line, skipNowiki, marks, true)
  // Pairs that never close are set aside and the rest paired again, so a span
  // that sat above an unclosed opener still counts as balanced.
  if (marks.unbalanced) spans = match(line, skipNowiki, marks, false)
  const magic: Array<[number, number]> = []
  // Neutralising an unsafe template can expose the spans inside it: pair again until none is left.
  for (;;) {
    const unsafe = spans.filter(
      ([start, end]) => line[start] === '{' && isUnsafeTemplate(line.slice(start, end)),
    )
    if (unsafe.length === 0) break
    const unbalanced = (marks.unbalanced ??= new Uint8Array(line.length))
    for (const [start, end] of unsafe) {
      unbalanced.fill(1, start, start + 2)
      unbalanced.fill(1, end - 2, end)
    }
    magic.push(...unsafe)
    spans = match(line, skipNowiki, marks, false)
  }
  if (!skipNowiki && (line.includes('|]]') || line.includes('[[|'))) {
    const unbalanced = (marks.unbalanced ??= new Uint8Array(line.length))
    let found = false
    for (const trick of line.matchAll(PIPE_TRICK)) {
      const start = trick.index
      const end = start + trick[0].length
      if (unbalanced[start] === 1 || unbalanced[end - 1] === 1) continue
      unbalanced.fill(1, start, start + 2)
      unbalanced.fill(1, end - 2, end)
      found = true
    }
    // The brackets of a pipe trick hold none of their own, so the other pairs stay as they were.
    if (found) spans = match(line, skipNowiki, marks, false)
  }
  return { unbalanced: marks.unbalanced, spans, magic }
}

/**
 * Pipe tricks, `[[a|]]` and `[[|a]]`: saving the page rewrites them (`[[a|a]]`, `[[a]]`) while
 * a preview shows them as typed. In typed text (`skipNowiki` false) their brackets count as
 * unbalanced, so the encoder writes them as references and both show them as typed. Their
 * brackets hold no other brackets, at any depth (the save rewrites them inside templates too).
 */
const PIPE_TRICK = /\[\[(?:[^[\]{}|\n]*\|\]\]|\|[^[\]{}|\n]*\]\])/g

// A template with no name stays on the page as raw text, pipes and all; `{{!}}` and its kin expand to table syntax.
function isUnsafeTemplate(span: string): boolean {
  return TABLE_MAGIC.test(span) || /^\{\{\s*(?:\||\}\}$)/.test(span)
}

function match(
  line: string,
  skipNowiki: boolean,
  marks: { unbalanced: Uint8Array | null },
  mark: boolean,
): Array<[number, number]> {
  const n = line.length
  const stack: Array<{ pos: number; char: string }> = []
  const spans: Array<[number, number]> = []
  const unbalanced = marks.unbalanced
  const flag = (from: number, to: number): void => {
    ;(marks.unbalanced ??= new Uint8Array(n)).fill(1, from, to)
  }
  let i = 0
  while (i < n) {
    const char = line[i] as string
    if (skipNowiki && char === '<') {
      NOWIKI_OPEN.lastIndex = i
      if (NOWIKI_OPEN.test(line)) {
        NOWIKI_CLOSE.lastIndex = NOWIKI_OPEN.lastIndex
        const close = NOWIKI_CLOSE.exec(line)
        i = close ? close.index + close[0].length : n
        continue
      }
    }
    if (
      (char !== '{' && char !== '[' && char !== '}' && char !== ']') ||
      (unbalanced !== null && unbalanced[i] === 1)
    ) {
      i++
      continue
    }
    let run = 1
    while (line[i + run] === char && (unbalanced === null || unbalanced[i + run] !== 1)) run++
    if (char === '{' || char === '[') {
      if (run === 2) stack.push({ pos: i, char })
      else if (run > 2 && mark) flag(i, i + run)
    } else {
      const opener = char === '}' ? '{' : '['
      let left = run
      let at = i
      while (left >= 2 && stack[stack.length - 1]?.char === opener) {
        const open = stack.pop() as { pos: number; char: string }
        if (stack.length === 0) spans.push([open.pos, at + 2])
        at += 2
        left -= 2
      }
      if (left >= 2 && mark) flag(at, at + left)
    }
    i += run
  }
  if (mark) for (const open of stack) flag(open.pos, open.pos + 2)
  return spans
}
