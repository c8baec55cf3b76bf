/**
 * Splitting a wikitable into rows and cells the way MediaWiki does: `||`
 * (and `!!` on header lines) separate cells, the first single `|` separates
 * attributes from content, and pipes inside links, templates or nowiki do not
 * count. Shared by the importer and the export view's preview (pageShape.ts).
 */
import { scanBrackets } from './brackets'

/** A table cell with its raw content. */
export interface TableCell {
  header: boolean
  /** Raw attributes (e.g. `colspan="3"`); empty when none. */
  attributes: string
  content: string
  line: number
  /** The content on the cell's own line, before any continuation lines. */
  ownLine: string
  /** The lines after the first that continue the cell (a list inside it), trimmed, with their line numbers. */
  more: Array<{ line: number; text: string }>
}

/** A row: its cells and the line it starts on. */
export interface TableRow {
  cells: TableCell[]
  line: number
}

/** A parsed table: rows and lines it could not read (captions). */
export interface ParsedTable {
  rows: TableRow[]
  skipped: Array<{ line: number; text: string }>
}

/** Positions of top-level `|` characters (outside links, templates and nowiki). */
function topLevelPipes(text: string): number[] {
  if (!text.includes('|')) return []
  const { spans } = scanBrackets(text, true)
  const nowiki = nowikiSpans(text)
  const pipes: number[] = []
  // Both span lists ascend, like the pipes: one pass over each keeps long lines linear.
  let span = 0
  let quiet = 0
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    while (span < spans.length && (spans[span] as [number, number])[1] <= i) span++
    const current = spans[span]
    if (current && current[0] <= i) continue
    while (quiet < nowiki.length && (nowiki[quiet] as [number, number])[1] <= i) quiet++
    const block = nowiki[quiet]
    if (block && block[0] <= i) continue
    pipes.push(i)
  }
  return pipes
}

/**
 * `<nowiki>…</nowiki>` blocks as [start, end) in ascending order; an
 * unclosed one runs to the end of the line.
 */
function nowikiSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let open = text.indexOf('<nowiki>'); open >= 0;) {
    const close = text.indexOf('</nowiki>', open)
    const end = close < 0 ? text.length : close
    spans.push([open, end])
    open = close < 0 ? -1 : text.indexOf('<nowiki>', end)
  }
  return spans
}

// An empty attribute part (`| | text`) counts: the exporter writes one before a pipe MediaWiki would split on.
const ATTRIBUTES = /^\s*(?:[a-zA-Z][\w:-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"']+)\s*)*$/

function splitCells(text: string, header: boolean, line: number): TableCell[] {
  let separators: Array<[number, number]> = []
  const singles: number[] = []
  const pipes = topLevelPipes(text)
  for (let k = 0; k < pipes.length; k++) {
    const at = pipes[k] as number
    if (pipes[k + 1] === at + 1) {
      separators.push([at, at + 2])
      k++
    } else singles.push(at)
  }
  if (header && text.includes('!!')) {
    const { spans } = scanBrackets(text, true)
    const bangs: Array<[number, number]> = []
    // Spans, pipe separators and `!!` all ascend: one pointer each keeps a long header row linear.
    let span = 0
    let pipe = 0
    for (let at = text.indexOf('!!'); at >= 0; at = text.indexOf('!!', at + 2)) {
      while (span < spans.length && (spans[span] as [number, number])[1] <= at) span++
      const inSpan = spans[span]
      if (inSpan && inSpan[0] <= at) continue
      while (pipe < separators.length && (separators[pipe] as [number, number])[1] <= at) pipe++
      const near = separators[pipe]
      if (!(near && at + 2 > near[0])) bangs.push([at, at + 2])
    }
    separators = mergeAscending(separators, bangs)
  }
  const cells: TableCell[] = []
  let from = 0
  let single = 0
  for (const [start, end] of [...separators, [text.length, text.length] as [number, number]]) {
    // The first single pipe of a cell separates its attributes from its content.
    while (single < singles.length && (singles[single] as number) < from) single++
    const next = singles[single]
    const pipe = next !== undefined && next < start ? next : undefined
    cells.push(cellOf(text, from, start, pipe, header, line))
    from = end
  }
  return cells
}

/** Two lists of [start, end) ascending by start, as one. */
function mergeAscending(
  a: Array<[number, number]>,
  b: Array<[number, number]>,
): Array<[number, number]> {
  const merged: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const left = a[i]
    const right = b[j]
    if (right === undefined || (left !== undefined && left[0] <= right[0])) {
      merged.push(left as [number, number])
      i++
    } else {
      merged.push(right)
      j++
    }
  }
  return merged
}

function cellOf(
  text: string,
  from: number,
  to: number,
  pipe: number | undefined,
  header: boolean,
  line: number,
): TableCell {
  let attributes = ''
  let start = from
  if (pipe !== undefined) {
    const candidate = text.slice(from, pipe)
    if (!candidate.includes('[[') && ATTRIBUTES.test(candidate)) {
      attributes = candidate.trim()
      start = pipe + 1
    }
  }
  const content = text.slice(start, to).trim()
  return { header, attributes, content, line, ownLine: content, more: [] }
}

/**
 * Parses the lines of one table, `{|` through `|}` (the closing line may be
 * missing at the end of a section). `first` is the 1-based number of the first line.
 */
export function parseTable(lines: readonly string[], first: number): ParsedTable {
  const rows: TableRow[] = []
  const skipped: Array<{ line: number; text: string }> = []
  let row: TableRow | null = null
  let lastCell: TableCell | null = null
  const startRow = (line: number): TableRow => {
    row = { cells: [], line }
    rows.push(row)
    return row
  }
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim()
    const line = first + i
    if (text.startsWith('{|') || text.startsWith('|}') || text === '') continue
    if (text.startsWith('|-')) {
      startRow(line)
      lastCell = null
    } else if (text.startsWith('|+')) {
      skipped.push({ line, text })
    } else if (text.startsWith('|') || text.startsWith('!')) {
      const target: TableRow = row ?? startRow(line)
      const cells = splitCells(text.slice(1), text.startsWith('!'), line)
      // One by one: spreading a row of 100,000 cells into push() overflows the call stack.
      for (const cell of cells) target.cells.push(cell)
      lastCell = cells[cells.length - 1] ?? null
    } else if (lastCell) {
      // A line that continues the previous cell: MediaWiki renders it in the same cell.
      lastCell.content = lastCell.content === '' ? text : `${lastCell.content} ${text}`
      lastCell.more.push({ line, text })
    } else skipped.push({ line, text })
  }
  return { rows: rows.filter((r) => r.cells.length > 0), skipped }
}
