/**
 * A team's goals in the table layout of its own page (Team.columns): a header
 * row with the page's column headers, then one row per goal with its text,
 * status and note in their columns and the other columns' values as kept.
 */
import type { Goal, TemplateProfile } from '../../model'
import { cleanText, dataCell, encodeText, headerRow } from '../syntax/escape'
import type { GoalBlock } from './exportGoals'
import { goalTextMarkup, type Readers } from './format'
import { columnRoles, isOwnLayout, taskIdsIn, type ColumnRole } from '../syntax/tableColumns'

/** Whether a team's columns give a table layout the exporter can write. */
export function hasOwnColumns(columns: readonly string[] | undefined): columns is string[] {
  // Judged as written: a header with a control character the page drops ("goal\x9b") is "goal".
  return columns !== undefined && isOwnLayout(columns.map(cleanText))
}

/** Wikitext lines of a team's goals table in the columns `labels`. */
export function columnTableLines(
  blocks: GoalBlock[],
  labels: readonly string[],
  profile: TemplateProfile,
  readers: Readers,
): string[] {
  const roles = columnRoles(labels.map(cleanText))
  const span = labels.length
  const lines = [
    '{| class="wikitable" style="width:100%"',
    headerRow(labels.map((label) => encodeText(label, 'header'))),
  ]
  for (const { group, goals } of blocks) {
    if (group) {
      lines.push(
        '|-',
        `! colspan="${span}" style="text-align:left" | ${encodeText(group.title, 'header')}`,
      )
      if (cleanText(group.description) !== '') {
        lines.push('|-', `| colspan="${span}" | ${encodeText(group.description, 'cell')}`)
      }
    }
    for (const goal of goals) {
      lines.push('|-', ...labels.map((label, k) => dataCell(goalCell(goal, label, roles, k))))
    }
  }
  lines.push('|}')
  return lines

  function goalCell(goal: Goal, label: string, all: ColumnRole[], k: number): string {
    const note = encodeText(goal.note, 'cell')
    const status = profile.statuses[goal.status]
    switch (all[k]) {
      case 'goal': {
        const text = goalTextMarkup(
          { ...goal, tasks: tasksForGoalCell(goal, readers) },
          profile,
          'cell',
          readers,
        )
        if (all.includes('status')) return text
        // Without a status column the status follows the text, as in a list item; when the text
        // holds status markup the status goes first, and the note (without a column of its own)
        // on a definition line of the cell, as a list item's note goes on a `*:` line.
        const ownNote = !all.includes('note') && note !== ''
        if (readers.statuses.find(text).length === 0)
          return `${text} ${status}${ownNote ? ` ${note}` : ''}`
        return `${status} - ${text}${ownNote ? `\n: ${encodeText(goal.note, 'item')}` : ''}`
      }
      case 'status':
        return all.includes('note') || note === '' ? status : `${status} ${note}`
      case 'note':
        return note
      default:
        // Own values only: a column may be named "toString" or "__proto__" on an imported page.
        return encodeText(columnValue(goal, label), 'cell')
    }
  }
}

/** The goal's value under the column `label`, or nothing. */
function columnValue(goal: Goal, label: string): string {
  const columns = goal.columns ?? {}
  return Object.hasOwn(columns, label) ? (columns[label] ?? '') : ''
}

// A task another column of the row already links is not repeated after the goal's text. The
// other cells are read as written, as the importer reads them (`__T123` is written `&#95;_T123`).
function tasksForGoalCell(goal: Goal, readers: Readers): string[] {
  const cells = [goal.note, ...Object.values(goal.columns ?? {})]
  const elsewhere = taskIdsIn(
    cells.map((text) => encodeText(text, 'cell')).join('\n'),
    readers.tasks,
  )
  return goal.tasks.filter((id) => !elsewhere.includes(id))
}

/**
 * The blocks with each goal's values of columns the written layout does not
 * show (the list layout shows none) added to its note as "ETA: November", so
 * no value is dropped from the page.
 */
export function withHiddenColumnsInNotes(
  blocks: GoalBlock[],
  shown: readonly string[],
): GoalBlock[] {
  return blocks.map(({ group, goals }) => ({
    group,
    goals: goals.map((goal) => {
      const hidden = Object.entries(goal.columns ?? {}).filter(
        ([label, value]) => cleanText(value) !== '' && !shown.includes(label),
      )
      if (hidden.length === 0) return goal
      const values = hidden.map(([label, value]) => `${label}: ${value}`).join('; ')
      return { ...goal, note: cleanText(goal.note) === '' ? values : `${goal.note}; ${values}` }
    }),
  }))
}
