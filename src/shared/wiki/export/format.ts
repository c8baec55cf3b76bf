/**
 * Pieces of wikitext shared by both layouts: a goal's text with its markers
 * and task links, and a status-bearing list item.
 */
import type { Goal, StatusId, TemplateProfile } from '../../model'
import { encodeText, NOWIKI, type TextContext } from '../syntax/escape'
import {
  BARE_TASK,
  CARRIED_MARK,
  groupHeaderStatus,
  STRETCH_MARK,
  type StatusReader,
  type TaskReader,
} from '../syntax/markup'
import { taskMarkup } from '../syntax/profiles'
import { escapeStatusMarkup } from '../syntax/statusEscape'

const GOAL_TEXT_GUARDS = [BARE_TASK, STRETCH_MARK, CARRIED_MARK]

/** Readers matching what the exporter writes, built once per export. */
export interface Readers {
  statuses: StatusReader
  tasks: TaskReader
}

/**
 * A goal's text, then "(stretch)", "(continued from Q1)" and its task links:
 * the reading order of the reference page.
 */
export function goalTextMarkup(
  goal: Goal,
  profile: TemplateProfile,
  context: TextContext,
  readers: Readers,
): string {
  let text = encodeText(goal.text, context, { breakPatterns: GOAL_TEXT_GUARDS })
  if (goal.stretch) text += ' (stretch)'
  if (goal.carriedOverFrom !== null) {
    // In a table cell a `|` in the marker would split the cell like one in the text.
    const markerContext = context === 'cell' ? 'cell' : 'inline'
    text += ` (continued from ${encodeText(goal.carriedOverFrom, markerContext, { escapeChars: '()' })})`
  }
  if (goal.tasks.length > 0) {
    // Text that itself ends in a task link would lose it to the task list on import.
    if (readers.tasks.endsWithTask(text)) text += NOWIKI
    for (const id of goal.tasks) text += ' ' + taskMarkup(profile, id)
  }
  return text.startsWith(' ') ? text.slice(1) : text
}

/**
 * A list item carrying a status: "text {{Done}} note", or, when the text
 * itself holds status markup (or is empty), "{{Done}} - text" with the note
 * on a continuation line, so the reader never takes the wrong status. An
 * item without a status (a status update's) has any status markup in its
 * text escaped, so the reader finds none.
 */
export function statusItemLines(
  prefix: string,
  textMarkup: string,
  status: StatusId | null,
  note: string,
  profile: TemplateProfile,
  readers: Readers,
): string[] {
  const noteMarkup = encodeText(note, 'inline')
  if (status === null) {
    // Status markup typed into an item without a status must not read back as its status.
    const lines = [`${prefix} ${escapeStatusMarkup(textMarkup, readers.statuses)}`]
    if (noteMarkup !== '') lines.push(`${prefix}: ${noteMarkup}`)
    return lines
  }
  const statusMarkup = profile.statuses[status]
  if (
    textMarkup !== '' &&
    textMarkup !== NOWIKI &&
    readers.statuses.find(textMarkup).length === 0
  ) {
    return [`${prefix} ${textMarkup} ${statusMarkup}${noteMarkup === '' ? '' : ' ' + noteMarkup}`]
  }
  // Never what reads as a status bullet of a grouped update ("** {{Done}}", "** {{Done}} - or {{To do}}").
  let content = `${statusMarkup} - ${textMarkup === '' ? NOWIKI : textMarkup}`
  if (groupHeaderStatus(content, readers.statuses))
    content = `${statusMarkup} - ${NOWIKI}${textMarkup}`
  const lines = [`${prefix} ${content}`]
  if (noteMarkup !== '') lines.push(`${prefix}: ${noteMarkup}`)
  return lines
}
