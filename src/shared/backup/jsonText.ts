/**
 * Reading untrusted JSON text with messages a person can act on: where the
 * syntax breaks (line and column), and whether the file was cut short.
 */
import { firstJsonError } from './jsonSyntax'

/** Line and column (both from 1) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

/**
 * How deep JSON may nest. A backup nests a handful of levels; thousands
 * would only exhaust the reader's stack (the syntax check and the plan
 * validation both descend by recursion), so they get a sentence first.
 */
export const MAX_JSON_DEPTH = 64

/** The first offset where `text` nests deeper than `limit` (outside strings), or null. */
export function tooDeepAt(text: string, limit: number): number | null {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (inString) {
      if (code === 92)
        i++ // backslash: skip the escaped character
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 123 || code === 91) {
      if (++depth > limit) return i
    } else if (code === 125 || code === 93) depth--
  }
  return null
}

/** Parses JSON text, or explains what is wrong with it and where. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' }
  const deep = tooDeepAt(text, MAX_JSON_DEPTH)
  if (deep !== null) {
    const at = lineColumn(text, deep)
    return {
      ok: false,
      error: `The file nests lists or objects more than ${MAX_JSON_DEPTH} levels deep (at line ${at.line}, column ${at.column}); a Quarterdeck backup never does.`,
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const offset = firstJsonError(text)
    if (offset === null || offset >= text.length) {
      // Valid prefix up to the end: the rest of the file is missing.
      const end = lineColumn(text, text.trimEnd().length)
      if (offset !== null) {
        return {
          ok: false,
          error: `The file is truncated: it ends at line ${end.line}, column ${end.column} before the data is complete.`,
        }
      }
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: `The file is not valid JSON: ${message}` }
    }
    const start = text.trimStart()
    if (offset === text.length - start.length && !'{['.includes(start[0] ?? '')) {
      const firstLine = start.split('\n')[0] ?? ''
      const opening = firstLine.length > 30 ? `${firstLine.slice(0, 30)}…` : firstLine
      return {
        ok: false,
        error: `This is not a Quarterdeck backup file: it is not JSON (it starts with "${opening}").`,
      }
    }
    const at = lineColumn(text, offset)
    const near = (text.slice(offset).split('\n')[0] ?? '').slice(0, 30)
    const shown = near.trim() === '' ? '' : `, near: ${near}`
    return {
      ok: false,
      error: `The file is not valid JSON: syntax error at line ${at.line}, column ${at.column}${shown}`,
    }
  }
}
