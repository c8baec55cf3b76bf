/**
 * A page's shape for showing it (the Export view's preview): headings, list
 * items, paragraphs and tables, with inline bold, italic, links and templates.
 * It reads with the importer's own scanners (headings.ts, tables.ts,
 * brackets.ts), so the preview and the importer never disagree on where a
 * heading, a table cell or a template is. Plain data only: the renderer makes
 * elements of it, never HTML strings, so nothing typed can inject markup.
 */
import type { StatusId } from '../../model'
import { statusLabel } from '../../statuses'
import { isTaskId } from '../../taskLinks'
import { scanBrackets } from './brackets'
import { decodeEntities } from './entities'
import { HEADING } from './headings'
import { statusOfTemplate } from './markup'
import { parseTable, type TableCell } from './tables'

/** An inline piece of text. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold' | 'italic'; children: Inline[] }
  | { kind: 'link'; text: string }
  | { kind: 'template'; text: string }
  /** A status template ({{Done}}, {{Not done|Blocked}}): drawn as the wiki draws it, icon and label. */
  | { kind: 'status'; status: StatusId; label: string }
  /** A task: {{Phabricator|T123}} or [[phab:T123|T123]], a link to the task's page. */
  | { kind: 'task'; task: string }
  | { kind: 'break' }

/** A table cell as shown, and how many columns it spans. */
export interface ShownCell {
  content: Inline[]
  span: number
}

/** A block of the page. */
export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'item'; depth: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'table'; rows: { header: boolean; cells: ShownCell[] }[] }

// Templates show their last argument ({{Not done|Blocked}} → Blocked), or their name; a
// template in that argument shows its own.
function templateText(body: string): string {
  const parts = splitTopLevel(body).map((p) => p.trim())
  if (parts[0]?.toLowerCase() === '!') return '|'
  const last = (parts.length > 1 ? parts[parts.length - 1] : parts[0]) ?? ''
  return last.includes('{{') || last.includes('[[') ? plainText(parseInline(last)) : last
}

// The arguments of a template: pipes inside nested links and templates do not split.
function splitTopLevel(body: string): string[] {
  const { spans } = scanBrackets(body, true)
  const parts: string[] = []
  let from = 0
  let span = 0
  for (let i = body.indexOf('|'); i >= 0; i = body.indexOf('|', i + 1)) {
    while (span < spans.length && (spans[span] as [number, number])[1] <= i) span++
    const current = spans[span]
    if (current && current[0] <= i) continue
    parts.push(body.slice(from, i))
    from = i + 1
  }
  parts.push(body.slice(from))
  return parts
}

function plainText(pieces: Inline[]): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'break') return ' '
      if (piece.kind === 'status') return piece.label
      if (piece.kind === 'task') return piece.task
      return 'children' in piece ? plainText(piece.children) : piece.text
    })
    .join('')
}

// Templates that link a task: {{Phabricator|T123}} (MediaWiki.org), {{phab|T123}}, {{task|T123}}.
const TASK_TEMPLATE = /^\s*(phabricator|phab|task)\s*\|\s*(T\d+)\s*$/i

// A status template as the importer reads it, a task link, or a template shown by its text.
function templatePiece(body: string): Inline {
  const status = statusOfTemplate(`{{${body}}}`)
  if (status) {
    // The wiki's status templates show their argument ({{Not done|Blocked}}) or their own label.
    const label = body.includes('|') ? templateText(body) : statusLabel(status)
    return { kind: 'status', status, label }
  }
  const task = TASK_TEMPLATE.exec(body)?.[2]
  if (task && isTaskId(task)) return { kind: 'task', task }
  const text = templateText(body)
  return text === '|' ? { kind: 'text', text } : { kind: 'template', text }
}

const NOWIKI_BLOCK = /<nowiki>([\s\S]*?)<\/nowiki>/iy
const NOWIKI_EMPTY = /<nowiki\s*\/>/iy
const BREAK = /<br\s*\/?>/iy

function stickyAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(source)
}

/** Inline wikitext as pieces: bold, italic, links, templates and text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = []
  // Links and templates as the importer and encoder pair them; `{{!}}` and its kin too.
  const { spans, magic } = scanBrackets(source, true)
  const bracketEnd = new Map<number, number>([...spans, ...magic])
  let text = ''
  const flush = (): void => {
    if (text !== '') out.push({ kind: 'text', text: decodeEntities(text) })
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const char = source[i] as string
    const end = bracketEnd.get(i)
    if (end !== undefined) {
      const body = source.slice(i + 2, end - 2)
      i = end
      if (char === '[') {
        // Images (the navigation arrows) have no text to show.
        if (/^\s*(file|image):/i.test(body)) continue
        flush()
        const label = body.includes('|') ? body.slice(body.indexOf('|') + 1) : body
        const task = /^\s*phab(?:ricator)?:(T\d+)\s*$/i.exec(body.split('|')[0] ?? '')?.[1]
        if (task && isTaskId(task) && label.trim() === task) out.push({ kind: 'task', task })
        else out.push({ kind: 'link', text: decodeEntities(label) })
      } else {
        flush()
        out.push(templatePiece(body))
      }
      continue
    }
    if (char === '<') {
      const nowiki = stickyAt(NOWIKI_BLOCK, source, i)
      if (nowiki) {
        flush()
        out.push({ kind: 'text', text: decodeEntities(nowiki[1] ?? '') })
        i += nowiki[0].length
        continue
      }
      const empty = stickyAt(NOWIKI_EMPTY, source, i) ?? stickyAt(BREAK, source, i)
      if (empty) {
        flush()
        if (/^<br/i.test(empty[0])) out.push({ kind: 'break' })
        i += empty[0].length
        continue
      }
    }
    if (char === "'" && source[i + 1] === "'") {
      const bold = source.startsWith("'''", i) ? source.indexOf("'''", i + 4) : -1
      const close = bold >= 0 ? bold : source.indexOf("''", i + 3)
      if (close >= 0) {
        const mark = bold >= 0 ? 3 : 2
        flush()
        const children = parseInline(source.slice(i + mark, close))
        out.push({ kind: mark === 3 ? 'bold' : 'italic', children })
        i = close + mark
        continue
      }
    }
    text += char
    i++
  }
  flush()
  return out
}

// A cell's attributes may give a span: `colspan="3" | text`.
function shownCell(cell: TableCell): ShownCell {
  const span = Number(/colspan\s*=\s*"?(\d+)/i.exec(cell.attributes)?.[1] ?? 1)
  const content = parseInline(cell.ownLine)
  for (const more of cell.more) content.push({ kind: 'break' }, ...parseInline(more.text))
  return { content, span }
}

const ITEM = /^([*#:;]+)\s*(.*)$/

/** The page as blocks: headings, list items, tables and paragraphs. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let table: string[] | null = null
  const endTable = (): void => {
    if (table === null) return
    const rows = parseTable(table, 1).rows.map((row) => ({
      header: row.cells[0]?.header ?? false,
      cells: row.cells.map(shownCell),
    }))
    blocks.push({ kind: 'table', rows })
    table = null
  }
  for (const raw of text.split('\n')) {
    // Comments and layout <div> wrappers (the navigation line) show nothing themselves.
    const line = raw.replace(/<!--[\s\S]*?-->|<\/?div\b[^>]*>/gi, '')
    if (table !== null) {
      table.push(line)
      if (line.trim().startsWith('|}')) endTable()
      continue
    }
    if (line.trim().startsWith('{|')) {
      table = [line]
      continue
    }
    const heading = HEADING.exec(line)
    const item = ITEM.exec(line)
    if (heading) {
      const level = (heading[1] as string).length
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2] ?? '') })
    } else if (item) {
      const depth = (item[1] as string).length
      blocks.push({ kind: 'item', depth, content: parseInline(item[2] ?? '') })
    } else if (line.trim() !== '') {
      blocks.push({ kind: 'paragraph', content: parseInline(line.trim()) })
    }
  }
  endTable()
  return blocks
}
