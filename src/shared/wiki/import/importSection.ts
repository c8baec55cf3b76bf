/**
 * Reading one team's section: manager line, goals (a table or lists, under
 * priority groups), "Dependencies on:" and the Status block. Each line is
 * classified on its own (importLines.ts), then read by the small reader for
 * its construct, with what the readers share held in a SectionState.
 */
import { decodeText } from '../syntax/escape'
import { appendNote, readGoal } from './importGoal'
import { classifyLine, type SectionLine } from './importLines'
import { readManagerLine } from './importManagers'
import { SectionState } from './importSectionState'
import { StatusBlockReader } from './importStatusBlock'
import { parseTable } from '../syntax/tables'
import { readTableRows } from './importTableRows'
import type { RawSection, ReadContext } from './importTypes'

export type { RawGoal, RawGroup, RawSection, RawUpdate, ReadContext } from './importTypes'

/** Reads the lines of a section; `first` is the 1-based number of `lines[0]`. */
export function readSection(lines: readonly string[], first: number, ctx: ReadContext): RawSection {
  const state = new SectionState(ctx)
  let status = new StatusBlockReader(state.section.updates, ctx)
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim()
    const line = first + i
    ctx.reached?.(line)
    if (text === '') continue
    const kind = classifyLine(text)
    switch (kind.kind) {
      case 'table':
        i = readTableLines(state, lines, i, line, ctx)
        break
      case 'dependencies':
        if (state.section.dependenciesLine !== null) {
          // The enclosing team's lines, after its last sub-team: its Status block follows.
          const tail = { line, dependencies: decodeText(kind.text), updates: [] }
          state.section.tails.push(tail)
          status = new StatusBlockReader(tail.updates, ctx)
          state.inStatus = false
          break
        }
        readDependencies(state, kind.label, kind.text, line, text, ctx)
        break
      case 'status':
        state.inStatus = true
        state.seenContent = true
        break
      default:
        if (state.inStatus) {
          if (kind.kind === 'bullet')
            status.read(kind.marks, kind.continuation, kind.content, line, text)
          else ctx.note(line, text, 'Line in the Status block is not a list item; not read.')
        } else readGoalLine(state, kind, line, text, ctx)
    }
  }
  return state.section
}

/** Reads the table starting at `lines[i]`; returns the index of its last line. */
function readTableLines(
  state: SectionState,
  lines: readonly string[],
  i: number,
  line: number,
  ctx: ReadContext,
): number {
  let end = i + 1
  while (end < lines.length && !(lines[end] as string).trim().startsWith('|}')) end++
  const table = parseTable(lines.slice(i, end + 1), line)
  for (const skipped of table.skipped)
    ctx.note(skipped.line, skipped.text, 'Table caption or stray line not read as a goal.')
  readTableRows(table, ctx, state)
  state.section.usedTable = true
  state.seenContent = true
  state.inStatus = false
  return end
}

function readDependencies(
  state: SectionState,
  label: string,
  text: string,
  line: number,
  shown: string,
  ctx: ReadContext,
): void {
  state.section.dependencies = decodeText(text)
  state.section.dependenciesLine = line
  if (!/^dependencies on$/i.test(label)) {
    ctx.note(line, shown, 'Read as the team\'s "Dependencies on:" line.')
  }
  state.seenContent = true
}

/** A line outside tables and the Status block: goals, groups, their descriptions, the manager line. */
function readGoalLine(
  state: SectionState,
  kind: Exclude<SectionLine, { kind: 'table' | 'dependencies' | 'status' }>,
  line: number,
  text: string,
  ctx: ReadContext,
): void {
  switch (kind.kind) {
    case 'bullet':
      readGoalBullet(state, kind, line, text, ctx)
      state.section.usedList = true
      state.seenContent = true
      return
    case 'indent':
      return readIndent(state, decodeText(kind.content), line, text, ctx)
    case 'term':
      return state.startGroup(decodeText(kind.content), line)
    case 'bold':
      state.startGroup(decodeText(kind.content), line)
      state.section.usedList = true
      return
    case 'plain':
      return readPlainLine(state, line, text, ctx)
  }
}

function readGoalBullet(
  state: SectionState,
  bullet: Extract<SectionLine, { kind: 'bullet' }>,
  line: number,
  text: string,
  ctx: ReadContext,
): void {
  const last = state.lastGoal()
  if (bullet.continuation) {
    if (last) appendNote(last, decodeText(bullet.content))
    else ctx.note(line, text, 'Continuation line outside any goal; not read.')
    return
  }
  if (bullet.marks.length > 1 && last) {
    appendNote(last, decodeText(bullet.content))
    ctx.note(line, text, 'Nested item kept in the note of the goal above.')
    return
  }
  state.addGoal(readGoal(ctx, bullet.content, line, text))
}

// ": text" describes the group just titled, or continues the goal above.
function readIndent(
  state: SectionState,
  content: string,
  line: number,
  text: string,
  ctx: ReadContext,
): void {
  const { group } = state
  const last = state.lastGoal()
  if (group && state.justTitled) {
    group.description = group.description === '' ? content : `${group.description}\n${content}`
  } else if (last) {
    appendNote(last, content)
    ctx.note(line, text, 'Indented line kept as the note of the goal above.')
  } else ctx.note(line, text, 'Indented line outside any goal; not read.')
}

// A plain line: the manager line before anything else, a group's description
// right under its title, or else a group title of its own.
function readPlainLine(state: SectionState, line: number, text: string, ctx: ReadContext): void {
  const manager = state.seenContent ? null : readManagerLine(text)
  if (manager) {
    const { section } = state
    section.managerLabel = manager.label
    section.managers = manager.managers
    if (manager.join) section.managerJoin = manager.join
    state.seenContent = true
    return
  }
  const { group } = state
  if (group && state.justTitled && group.description === '' && group.line === line - 1) {
    group.description = decodeText(text)
    return
  }
  state.startGroup(decodeText(text), line)
  ctx.note(line, text, 'Plain line read as a priority group heading.')
}
