/**
 * Reading the rows of a goals table: priority group rows, header rows (whose
 * labels map the columns: goal, status, note, and others kept by header),
 * one goal per row, or one goal per item of a list inside a cell.
 */
import { decodeText } from '../syntax/escape'
import { appendNote, buildGoal, readGoal } from './importGoal'
import { splitItem } from './importItems'
import type { ParsedTable, TableCell, TableRow } from '../syntax/tables'
import type { RawGoal, ReadContext } from './importTypes'
import type { StatusMatch } from '../syntax/markup'
import {
  columnRoles,
  isMappable,
  isOwnLayout,
  taskIdsIn,
  type ColumnRole,
} from '../syntax/tableColumns'

/** Where the table reader puts what it reads: the section being read. */
export interface SectionSink {
  startGroup(title: string, line: number): void
  /** Gives the group just started its description; false when there is no such group. */
  describeGroup(text: string, line: number): boolean
  addGoal(goal: RawGoal): void
  lastGoal(): RawGoal | null
  /** The team's table has a layout of its own, with these headers. */
  useColumns(labels: string[], line: number): void
}

interface Layout {
  labels: string[]
  roles: ColumnRole[]
}

const BOLD = /^'''([^']+)'''$/
const LIST_LINE = /^([*#]+)(:?)\s*(.*)$/

/** Reads every row of `table` into `sink`. */
export function readTableRows(table: ParsedTable, ctx: ReadContext, sink: SectionSink): void {
  let layout: Layout | null = null
  for (const row of table.rows) {
    ctx.reached?.(row.line)
    const labels: string[] | null = layout === null ? headerLabels(row) : null
    if (labels) {
      // Without one goal column the header cannot say where a goal's text is.
      if (isMappable(labels)) layout = { labels, roles: columnRoles(labels) }
      if (isOwnLayout(labels)) sink.useColumns(labels, row.line)
      else ctx.note(row.line, labels.join(' !! '), 'Table header row skipped.')
      continue
    }
    readRow(row, layout, ctx, sink)
  }
}

/**
 * The labels of a header row: `! Goal !! Status` cells, or a row of bold
 * cells ("'''Goal''' || '''Status'''") that names a goal column.
 */
function headerLabels(row: TableRow): string[] | null {
  const cells = row.cells
  const first = cells[0]
  // Most rows are goals: their first cell is neither a header nor bold.
  if (!first || cells.length < 2 || (!first.header && !first.content.startsWith("'''"))) return null
  if (cells.some((c) => c.more.length > 0)) return null
  if (cells.every((c) => c.header)) return cells.map((c) => decodeText(c.content))
  const bold = cells.map((c) => BOLD.exec(c.content)?.[1])
  if (bold.some((label) => label === undefined)) return null
  const labels = bold.map((label) => decodeText((label as string).trim()))
  return columnRoles(labels).includes('goal') ? labels : null
}

function readRow(row: TableRow, layout: Layout | null, ctx: ReadContext, sink: SectionSink): void {
  const cells = row.cells
  const listCell = cells.find((c) => c.more.some((m) => LIST_LINE.test(m.text)))
  if (listCell) return readListCell(listCell, row, layout, ctx, sink)
  const only = cells.length === 1 ? cells[0] : undefined
  if (only) {
    if (only.header) return sink.startGroup(decodeText(only.content), row.line)
    if (/colspan/i.test(only.attributes) && sink.describeGroup(decodeText(only.content), row.line))
      return
    const bold = BOLD.exec(only.content)
    if (bold) return sink.startGroup(decodeText(bold[1] ?? ''), row.line)
    return sink.addGoal(readGoal(ctx, only.content, row.line, only.content))
  }
  if (cells.every((c) => c.header)) {
    ctx.note(row.line, cells.map((c) => c.content).join(' !! '), 'Table header row skipped.')
    return
  }
  // A goal's line is where its first cell is, not the "|-" above it.
  const line = cells[0]?.line ?? row.line
  if (layout) return sink.addGoal(readMappedRow(cells, layout, line, ctx))
  sink.addGoal(readUnmappedRow(cells, line, ctx))
}

/** A row read by its header: goal text from the goal column, other columns kept. */
function readMappedRow(
  cells: TableCell[],
  layout: Layout,
  line: number,
  ctx: ReadContext,
): RawGoal {
  const cellOf = (role: ColumnRole): string =>
    cells[layout.roles.indexOf(role)]?.content.trim() ?? ''
  // Definition lines under the goal's own line (`: …`) are its note, as `*:` lines under a list
  // item are (the exporter writes a note there when the table has neither status nor note column).
  const goalCell = cells[layout.roles.indexOf('goal')]
  const noteLines =
    goalCell && goalCell.more.length > 0 && goalCell.more.every((m) => m.text.startsWith(':'))
      ? goalCell.more.map((m) => m.text.slice(1).trim())
      : []
  const goalText = noteLines.length > 0 ? (goalCell as TableCell).ownLine.trim() : cellOf('goal')
  const shown = cells.map((c) => c.content).join(' || ')
  const statusCell = cellOf('status')
  const [match] = ctx.statuses.find(statusCell)
  let goal: RawGoal
  if (match) {
    const rest = (statusCell.slice(0, match.start) + ' ' + statusCell.slice(match.end)).trim()
    const note = [rest, cellOf('note')].filter((part) => part !== '').join(' ')
    goal = buildGoal(ctx, goalText, match, note, line, shown)
  } else {
    // No status column, or no status in it: the goal cell may hold one ("text {{Done}}").
    goal = readGoal(ctx, goalText, line, shown)
    const note = [statusCell, cellOf('note')].filter((part) => part !== '')
    if (note.length > 0) appendNote(goal, decodeText(note.join(' ')))
  }
  for (const text of noteLines) appendNote(goal, decodeText(text))
  // Entries, made into an object at the end: a column named "__proto__" is then a value of its
  // own, where an assignment would have set the object's prototype and lost it.
  const columns: [string, string][] = []
  cells.forEach((cell, k) => {
    const label = layout.labels[k]
    if (label === undefined) {
      if (cell.content !== '')
        ctx.note(cell.line, cell.content, 'Cell beyond the header row; not read.')
      return
    }
    if (layout.roles[k] !== 'goal') addTasks(goal, taskIdsIn(cell.content, ctx.tasks))
    if (layout.roles[k] === 'other' && cell.content !== '')
      columns.push([label, decodeText(cell.content)])
  })
  if (columns.length > 0) goal.columns = Object.fromEntries(columns)
  return goal
}

/** A row without a header to go by: the first cell holding a status splits text from note. */
function readUnmappedRow(cells: TableCell[], line: number, ctx: ReadContext): RawGoal {
  // Joined by hand, not with slice/map/filter/join: this runs once for every goal of a page.
  let textRaw = (cells[0] as TableCell).content
  for (let k = 1; k < cells.length; k++) {
    const content = (cells[k] as TableCell).content
    const [match] = ctx.statuses.find(content)
    if (match && isBlank(content, 0, match.start)) {
      let note = content.slice(match.end).trim()
      for (let j = k + 1; j < cells.length; j++) {
        const more = (cells[j] as TableCell).content
        if (more !== '') note = note === '' ? more : `${note} ${more}`
      }
      return buildGoal(ctx, textRaw, match, note, line, textRaw)
    }
    textRaw = `${textRaw} ${content}`
  }
  return readGoal(ctx, textRaw, line, textRaw)
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((text[i] as string).trim() !== '') return false
  return true
}

/**
 * A cell holding a list: each top-level item is a goal of its own, with its
 * own status, tasks and stretch marker; deeper items and continuation lines
 * are notes of the goal above. The row's other cells (a status, the other
 * columns of a mapped table) hold for every item.
 */
function readListCell(
  cell: TableCell,
  row: TableRow,
  layout: Layout | null,
  ctx: ReadContext,
  sink: SectionSink,
): void {
  const lead = cell.ownLine
  if (lead !== '') {
    sink.startGroup(decodeText(BOLD.exec(lead)?.[1] ?? lead), cell.line)
    ctx.note(
      cell.line,
      lead,
      'Text before the list in a table cell read as a priority group heading.',
    )
  }
  const shared = sharedByRow(
    row.cells.filter((other) => other !== cell),
    row,
    layout,
    ctx,
  )
  for (const { line, text } of cell.more) {
    const item = LIST_LINE.exec(text)
    const last = sink.lastGoal()
    if (item && (item[1] as string).length === 1 && item[2] === '') {
      sink.addGoal(readListItem(item[3] ?? '', line, text, shared, ctx))
    } else if (last) {
      appendNote(last, decodeText(item ? (item[3] ?? '') : text))
      if (!(item && item[2] === ':')) ctx.note(line, text, 'Kept in the note of the goal above.')
    } else ctx.note(line, text, 'Line in a table cell outside any goal; not read.')
  }
}

/** What a row's other cells say of every item of the list beside them. */
interface RowShare {
  status: StatusMatch | null
  note: string
  tasks: string[]
  columns: Record<string, string>
}

function sharedByRow(
  others: TableCell[],
  row: TableRow,
  layout: Layout | null,
  ctx: ReadContext,
): RowShare {
  const shared: RowShare = { status: null, note: '', tasks: [], columns: {} }
  const notes: string[] = []
  for (const other of others) {
    if (other.content === '') continue
    const k = row.cells.indexOf(other)
    const role = layout?.roles[k]
    const label = layout?.labels[k]
    const [match] = role === 'status' || !layout ? ctx.statuses.find(other.content) : []
    if (match && shared.status === null) {
      shared.status = match
      const rest = `${other.content.slice(0, match.start)} ${other.content.slice(match.end)}`
      if (rest.trim() !== '') notes.push(rest.trim())
    } else if (role === 'note' || role === 'status') notes.push(other.content)
    else if (role === 'other' && label !== undefined)
      Object.defineProperty(shared.columns, label, {
        value: decodeText(other.content),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    else ctx.note(other.line, other.content, 'Cell beside a list of goals; not read.')
    if (layout) shared.tasks.push(...taskIdsIn(other.content, ctx.tasks))
  }
  shared.note = notes.join(' ')
  return shared
}

// "Ship it {{Done}} {{phab|T1}}": in a list of goals, task links after the status are tasks too.
function readListItem(
  raw: string,
  line: number,
  shown: string,
  shared: RowShare,
  ctx: ReadContext,
): RawGoal {
  const parts = splitItem(raw, ctx.statuses)
  const trailing = ctx.tasks.splitTrailing(parts.note)
  const onlyTasks = trailing.rest.trim() === '' && trailing.tasks.length > 0
  const note = [onlyTasks ? '' : parts.note, shared.note].filter((part) => part !== '').join(' ')
  const goal = buildGoal(ctx, parts.text, parts.status ?? shared.status, note, line, shown)
  if (onlyTasks) addTasks(goal, trailing.tasks)
  addTasks(goal, shared.tasks)
  if (Object.keys(shared.columns).length > 0) goal.columns = { ...shared.columns }
  return goal
}

function addTasks(goal: RawGoal, ids: string[]): void {
  for (const id of ids) if (!goal.tasks.includes(id)) goal.tasks.push(id)
}
