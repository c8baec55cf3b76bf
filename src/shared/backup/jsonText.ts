/**
 * Reading untrusted JSON text with messages a person can act on: where the
 * syntax breaks (line and column), and whether the file was cut short.
 */

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

// True when the text ends inside a string or with brackets still open: the
// signature of a file whose end was lost, whatever the engine's message says.
function endsUnfinished(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') depth--
  }
  return inString || depth > 0
}

// JavaScript engines word their JSON errors differently; most give a
// character position, some a line and column.
function errorOffset(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message)
  if (position?.[1] !== undefined) return Number(position[1])
  const lineCol = /line (\d+) column (\d+)/.exec(message)
  if (lineCol?.[1] !== undefined && lineCol[2] !== undefined) {
    const lines = text.split('\n')
    const line = Number(lineCol[1])
    let offset = 0
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1
    return offset + Number(lineCol[2]) - 1
  }
  return null
}

/** Parses JSON text, or explains what is wrong with it and where. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (endsUnfinished(text)) {
      const end = lineColumn(text, text.trimEnd().length)
      return {
        ok: false,
        error: `The file is truncated: it ends at line ${end.line}, column ${end.column} before the data is complete.`,
      }
    }
    const offset = errorOffset(text, message)
    if (offset === null) return { ok: false, error: `The file is not valid JSON: ${message}` }
    const at = lineColumn(text, offset)
    const near = (text.slice(offset).split('\n')[0] ?? '').slice(0, 30)
    const shown = near.trim() === '' ? '' : `, near: ${near}`
    return {
      ok: false,
      error: `The file is not valid JSON: syntax error at line ${at.line}, column ${at.column}${shown}`,
    }
  }
}
