/**
 * Reading one team's section: manager line, goals (a table or lists, under
 * priority groups), "Dependencies on:" and the Status block.
 */
import { decodeText } from './escape'
import { appendNote, readGoal } from './importGoal'
import { parseTable } from './importTable'
import { readTableRows, type SectionSink } from './importTableRows'
import { isStatusLine } from './importLines'
import { readManagerLine } from './importManagers'
import { StatusBlockReader } from './importStatusBlock'
import type { RawGoal, RawGroup, RawSection, ReadContext } from './importTypes'

export type { RawGoal, RawGroup, RawSection, RawUpdate, ReadContext } from './importTypes'

const DEPENDENCIES = /^(?:'''|'')?\s*(dependenc(?:y|ies)\b[^:]*?)\s*:\s*(?:'''|'')?\s*(.*)$/i
const BOLD_LINE = /^'''(.*)'''$/
const BULLET = /^([*#]+)(:?)\s*(.*)$/

/** Reads the lines of a section; `first` is the 1-based number of `lines[0]`. */
export function readSection(lines: readonly string[], first: number, ctx: ReadContext): RawSection {
  const section: RawSection = {
    managerLabel: '',
    managers: [],
    dependencies: '',
    loose: [],
    groups: [],
    updates: [],
    usedTable: false,
    usedList: false,
  }
  let mode: 'goals' | 'status' = 'goals'
  let group = null as RawGroup | null
  let lastGoal = null as RawGoal | null
  const status = new StatusBlockReader(section.updates, ctx)
  let seenContent = false
  let justTitled = false

  const addGoal = (goal: RawGoal): void => {
    ;(group ? group.goals : section.loose).push(goal)
    lastGoal = goal
    justTitled = false
  }
  const startGroup = (title: string, line: number): void => {
    group = { line, title, description: '', goals: [] }
    section.groups.push(group)
    lastGoal = null
    justTitled = true
  }
  const sink: SectionSink = {
    startGroup,
    addGoal,
    lastGoal: () => lastGoal,
    describeGroup: (text) => {
      if (!group || !justTitled || group.description !== '') return false
      group.description = text
      return true
    },
    useColumns: (labels, line) => {
      if (section.columns === undefined) section.columns = labels
      else if (section.columns.join('\n') !== labels.join('\n'))
        ctx.note(
          line,
          labels.join(' !! '),
          "Columns differ from the team's first table; its goals are exported in that table's columns.",
        )
    },
  }

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const text = raw.trim()
    const line = first + i
    if (text === '') continue

    if (text.startsWith('{|')) {
      let end = i + 1
      while (end < lines.length && !(lines[end] as string).trim().startsWith('|}')) end++
      const table = parseTable(lines.slice(i, end + 1), line)
      for (const skipped of table.skipped)
        ctx.note(skipped.line, skipped.text, 'Table caption or stray line not read as a goal.')
      readTableRows(table, ctx, sink)
      section.usedTable = true
      seenContent = true
      mode = 'goals'
      i = end
      continue
    }

    const dependencies = DEPENDENCIES.exec(text)
    if (dependencies) {
      section.dependencies = decodeText(dependencies[2] ?? '')
      if (!/^dependencies on$/i.test(dependencies[1] ?? '')) {
        ctx.note(line, text, 'Read as the team\'s "Dependencies on:" line.')
      }
      seenContent = true
      continue
    }
    if (isStatusLine(text)) {
      mode = 'status'
      seenContent = true
      continue
    }

    const bullet = BULLET.exec(text)
    if (mode === 'status') {
      if (bullet) status.read(bullet[1] ?? '', bullet[2] === ':', bullet[3] ?? '', line, text)
      else ctx.note(line, text, 'Line in the Status block is not a list item; not read.')
      continue
    }

    if (bullet) {
      readGoalBullet(bullet, line, text)
      section.usedList = true
      seenContent = true
      continue
    }
    if (text.startsWith(':')) {
      const content = decodeText(text.replace(/^:+\s*/, ''))
      if (group && justTitled) {
        group.description = group.description === '' ? content : `${group.description}\n${content}`
      } else if (lastGoal) {
        appendNote(lastGoal, content)
        ctx.note(line, text, 'Indented line kept as the note of the goal above.')
      } else ctx.note(line, text, 'Indented line outside any goal; not read.')
      continue
    }
    if (text.startsWith(';')) {
      startGroup(decodeText(text.replace(/^;\s*/, '')), line)
      seenContent = true
      continue
    }
    const bold = BOLD_LINE.exec(text)
    if (bold) {
      startGroup(decodeText(bold[1] ?? ''), line)
      section.usedList = true
      seenContent = true
      continue
    }
    const manager = !seenContent ? readManagerLine(text) : null
    if (manager) {
      section.managerLabel = manager.label
      section.managers = manager.managers
      if (manager.join) section.managerJoin = manager.join
      seenContent = true
      continue
    }
    if (group && justTitled && group.description === '' && group.line === line - 1) {
      group.description = decodeText(text)
      continue
    }
    startGroup(decodeText(text), line)
    ctx.note(line, text, 'Plain line read as a priority group heading.')
    seenContent = true
  }
  return section

  function readGoalBullet(bullet: RegExpExecArray, line: number, text: string): void {
    const [, marks = '', colon, content = ''] = bullet
    if (colon) {
      if (lastGoal) appendNote(lastGoal, decodeText(content))
      else ctx.note(line, text, 'Continuation line outside any goal; not read.')
      return
    }
    if (marks.length > 1 && lastGoal) {
      appendNote(lastGoal, decodeText(content))
      ctx.note(line, text, 'Nested item kept in the note of the goal above.')
      return
    }
    addGoal(readGoal(ctx, content, line, text))
  }
}
