/**
 * A rough reading of wikitext for the Export view's preview: enough of
 * MediaWiki's block and inline syntax to show the page's shape. It produces
 * plain data that React renders as elements, never HTML strings, so nothing
 * in a goal text can inject markup into the app.
 */
import type { StatusId } from '../../../shared/model'
import { statusLabel } from '../../../shared/statuses'
import { isTaskId } from '../../../shared/taskLinks'
import { decodeEntities, statusOfTemplate } from '../../../shared/wiki'

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

/** A block of the page. */
export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'item'; depth: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'table'; rows: { header: boolean; cells: TableCell[] }[] }

/** A table cell and how many columns it spans. */
export interface TableCell {
  content: Inline[]
  span: number
}

// Templates show their last argument ({{Not done|Blocked}} → Blocked), or their name.
function templateText(body: string): string {
  const parts = body.split('|').map((p) => p.trim())
  if (parts[0]?.toLowerCase() === '!') return '|'
  const last = parts.length > 1 ? parts[parts.length - 1] : parts[0]
  return last ?? ''
}

// Templates that link a task: {{Phabricator|T123}} (MediaWiki.org), {{phab|T123}}, {{task|T123}}.
const TASK_TEMPLATE = /^\s*(phabricator|phab|task)\s*\|\s*(T\d+)\s*$/i

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

const INLINE =
  /<nowiki>([\s\S]*?)<\/nowiki>|<nowiki\s*\/>|<br\s*\/?>|'''([\s\S]+?)'''|''([\s\S]+?)''|\[\[([^\]]+)\]\]|\{\{([^{}]+)\}\}/gi

/** Inline wikitext as pieces: bold, italic, links, templates and text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of source.matchAll(INLINE)) {
    const index = match.index
    if (index > last) out.push({ kind: 'text', text: decodeEntities(source.slice(last, index)) })
    last = index + match[0].length
    const [whole, nowiki, bold, italic, link, template] = match
    if (nowiki !== undefined) out.push({ kind: 'text', text: decodeEntities(nowiki) })
    else if (/^<br/i.test(whole)) out.push({ kind: 'break' })
    else if (bold !== undefined) out.push({ kind: 'bold', children: parseInline(bold) })
    else if (italic !== undefined) out.push({ kind: 'italic', children: parseInline(italic) })
    else if (link !== undefined) {
      // Images (the navigation arrows) have no text to show.
      if (/^\s*(file|image):/i.test(link)) continue
      const label = link.includes('|') ? link.slice(link.indexOf('|') + 1) : link
      const task = /^\s*phab(?:ricator)?:(T\d+)\s*$/i.exec(link.split('|')[0] ?? '')?.[1]
      if (task && isTaskId(task) && label.trim() === task) out.push({ kind: 'task', task })
      else out.push({ kind: 'link', text: decodeEntities(label) })
    } else if (template !== undefined) {
      out.push(templatePiece(template))
    }
  }
  if (last < source.length) out.push({ kind: 'text', text: decodeEntities(source.slice(last)) })
  return out
}

// Splits a table row on "||" / "!!" outside templates and links.
function splitCells(line: string, separator: '||' | '!!'): string[] {
  const cells: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < line.length; i++) {
    const pair = line.slice(i, i + 2)
    if (pair === '{{' || pair === '[[') depth++
    else if ((pair === '}}' || pair === ']]') && depth > 0) depth--
    if (depth === 0 && pair === separator) {
      cells.push(line.slice(start, i))
      start = i + 2
      i++
    }
  }
  cells.push(line.slice(start))
  return cells
}

// A cell may start with attributes: `colspan="3" | text`.
function tableCell(cell: string): TableCell {
  let depth = 0
  for (let i = 0; i < cell.length; i++) {
    const pair = cell.slice(i, i + 2)
    if (pair === '{{' || pair === '[[') depth++
    else if ((pair === '}}' || pair === ']]') && depth > 0) depth--
    else if (depth === 0 && cell[i] === '|') {
      const attributes = cell.slice(0, i)
      if (!attributes.includes('=')) break
      const span = Number(/colspan\s*=\s*"?(\d+)/i.exec(attributes)?.[1] ?? 1)
      return { content: parseInline(cell.slice(i + 1).trim()), span }
    }
  }
  return { content: parseInline(cell.trim()), span: 1 }
}

/** The page as blocks: headings, list items, tables and paragraphs. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let table: Extract<Block, { kind: 'table' }> | null = null
  for (const raw of text.split('\n')) {
    // Comments and layout <div> wrappers (the navigation line) show nothing themselves.
    const line = raw.replace(/<!--[\s\S]*?-->|<\/?div\b[^>]*>/gi, '')
    if (table) {
      if (line.startsWith('|}')) {
        blocks.push(table)
        table = null
      } else if (line.startsWith('|-')) {
        table.rows.push({ header: false, cells: [] })
      } else if (line.startsWith('!') || (line.startsWith('|') && !line.startsWith('|+'))) {
        const header = line.startsWith('!')
        const cells = splitCells(line.slice(1), header ? '!!' : '||')
        let row = table.rows[table.rows.length - 1]
        if (!row) {
          row = { header, cells: [] }
          table.rows.push(row)
        }
        row.header = row.cells.length === 0 ? header : row.header
        row.cells.push(...cells.map(tableCell))
      } else if (line.trim() !== '') {
        const row = table.rows[table.rows.length - 1]
        const cell = row?.cells[row.cells.length - 1]
        if (cell) cell.content.push({ kind: 'break' }, ...parseInline(line))
      }
      continue
    }
    if (line.startsWith('{|')) {
      table = { kind: 'table', rows: [] }
      continue
    }
    const heading = /^(={2,6})\s*(.*?)\s*\1\s*$/.exec(line)
    const item = /^([*#:;]+)\s*(.*)$/.exec(line)
    if (heading?.[1] && heading[2] !== undefined) {
      blocks.push({ kind: 'heading', level: heading[1].length, content: parseInline(heading[2]) })
    } else if (item?.[1] && item[2] !== undefined) {
      blocks.push({ kind: 'item', depth: item[1].length, content: parseInline(item[2]) })
    } else if (line.trim() !== '') {
      blocks.push({ kind: 'paragraph', content: parseInline(line.trim()) })
    }
  }
  if (table) blocks.push(table)
  return blocks
}
