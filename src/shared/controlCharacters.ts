/**
 * The control characters a wiki page cannot show, and the line breaks it
 * shows as line breaks: one definition for the exporter (`cleanText` in
 * wiki/syntax/escape.ts drops the one and unifies the other) and for texts a
 * person types or pastes, which are stored without them (`withoutControls`,
 * used by typedText.ts), so that what is stored is what the page shows.
 */

/** Line breaks other than \n (CR, CRLF, VT, FF, NEL, U+2028, U+2029): a page shows each as one. */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines
export const LINE_BREAKS = /\r\n?|[\x0b\x0c\x85\u2028\u2029]/g

/**
 * Control characters (C0 but tab and line breaks, DEL, C1) and the
 * non-characters U+FFFE and U+FFFF: a page cannot show them. NEL (U+0085)
 * is matched here too; where line breaks count, it is read as one first.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROLS = /[\0-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]/g

// Every kind of line break, for fields of one line (a name, a title).
// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines
const ANY_LINE_BREAK = /[\n\r\x0b\x0c\x85\u2028\u2029]/g
// Anything either pattern could match, to leave the usual text alone at once.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAYBE = /[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/

/**
 * A text a person typed or pasted, as it is stored: without the control
 * characters its page cannot show (`CONTROLS`: NUL, ESC, DEL, C1 controls,
 * U+FFFE, U+FFFF), and, in a field of one line, without line breaks of any
 * kind. Everything else stays as typed: tabs; in a field of several lines
 * its line breaks (CR, VT, FF, NEL, U+2028 and U+2029 too, which the page
 * shows as line breaks); emoji, joiners, direction marks (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), zero-width spaces and soft hyphens, which
 * a page shows or uses; lone surrogates, which the exporter shows as U+FFFD
 * (a keyboard or clipboard does not make them). `removed` counts the
 * characters left out.
 */
export function withoutControls(
  text: string,
  lines: 'one' | 'several',
): { text: string; removed: number } {
  if (!MAYBE.test(text)) return { text, removed: 0 }
  let kept = text.replace(CONTROLS, (control) =>
    control === '\x85' && lines === 'several' ? control : '',
  )
  if (lines === 'one') kept = kept.replace(ANY_LINE_BREAK, '')
  return { text: kept, removed: text.length - kept.length }
}
