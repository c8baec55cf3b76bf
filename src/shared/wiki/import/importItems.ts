/**
 * Reading one goal or status item out of its wikitext: where the status is
 * (after the text, or before it as in "{{In progress}} - Provide …"), what is
 * note, and which task ids, stretch and carried-over markers the text holds.
 */
import { validateGoalText } from '../../goals'
import { scanBrackets } from '../syntax/brackets'
import { decodeText } from '../syntax/escape'
import {
  BARE_TASK,
  CARRIED_MARK,
  STRETCH_MARK,
  type StatusMatch,
  type StatusReader,
  type TaskReader,
} from '../syntax/markup'

/** An item split at its status. */
export interface ItemParts {
  status: StatusMatch | null
  /** Raw wikitext of the text part. */
  text: string
  /** Raw wikitext of the note part. */
  note: string
}

/** Splits "text {{Done}} note" or "{{Done}} - text" (or text without any status). */
export function splitItem(raw: string, statuses: StatusReader): ItemParts {
  const trimmed = raw.trim()
  const [first] = statuses.find(trimmed)
  if (!first) return { status: null, text: trimmed, note: '' }
  if (first.start === 0) {
    const text = trimmed.slice(first.end).replace(/^\s*(?:[-–—:]\s*)?/, '')
    return { status: first, text, note: '' }
  }
  return {
    status: first,
    text: trimmed.slice(0, first.start).trim(),
    note: trimmed.slice(first.end).trim(),
  }
}

/** What a goal's text part holds. */
export interface GoalTextParts {
  text: string
  tasks: string[]
  stretch: boolean
  carriedOverFrom: string | null
}

/**
 * Reads a goal's text part: trailing task links, "(stretch)" and "(continued
 * from Q1)" markers anywhere, bare task ids ("task T223626") anywhere; the
 * rest, decoded, is the text.
 */
export function readGoalText(raw: string, tasks: TaskReader): GoalTextParts {
  const trailing = tasks.splitTrailing(raw.trim())
  let rest = trailing.rest
  let stretch = false
  let carriedOverFrom: string | null = null
  const found: Array<{ at: number; id: string }> = []

  if (STRETCH_MARK.test(rest) || CARRIED_MARK.test(rest) || BARE_TASK.test(rest)) {
    const { spans } = scanBrackets(rest, true)
    const topLevel = (at: number): boolean => !spans.some(([s, e]) => s <= at && at < e)
    rest = removeAll(rest, new RegExp(`\\s*${STRETCH_MARK.source}`, 'gi'), topLevel, () => {
      stretch = true
      return ''
    })
    rest = removeAll(rest, new RegExp(`\\s*${CARRIED_MARK.source}`, 'gi'), topLevel, (m) => {
      carriedOverFrom = decodeText(m[1] ?? '')
      return ''
    })
    let removedBare = false
    const { spans: after } = scanBrackets(rest, true)
    const stillTop = (at: number): boolean => !after.some(([s, e]) => s <= at && at < e)
    rest = removeAll(
      rest,
      new RegExp(`\\s*(?:\\btasks?\\s+)?(${BARE_TASK.source})(\\s*,)?`, 'gi'),
      stillTop,
      (m, at) => {
        found.push({ at, id: (m[1] as string).toUpperCase() })
        removedBare = true
        return m[2] !== undefined && !/[.:;]\s*$/.test(rest.slice(0, at)) ? ',' : ''
      },
    )
    if (removedBare)
      rest = rest
        .replace(/\s*,\s*$/, '')
        .replace(/\s*[,:;]$/, '')
        .trim()
    rest = rest.trim()
  }
  const taskIds: string[] = []
  for (const id of [...found.map((f) => f.id), ...trailing.tasks]) {
    if (!taskIds.includes(id)) taskIds.push(id)
  }
  return { text: decodeText(rest), tasks: taskIds, stretch, carriedOverFrom }
}

/** The text given to a goal whose page text is empty and which has no task id either. */
export const UNTITLED_GOAL = 'Untitled goal'

/**
 * The goal's text, or, when the page gives it none a goal may have (a bullet
 * holding only a task link and a status), its task ids or "Untitled goal",
 * saying so through `report`: every goal needs a text.
 */
export function goalTextOrFallback(
  parts: Pick<GoalTextParts, 'text' | 'tasks'>,
  report: (reason: string) => void,
): string {
  if (validateGoalText(parts.text) === null) return parts.text
  if (parts.tasks.length > 0) {
    const ids = parts.tasks.join(', ')
    const what = parts.tasks.length === 1 ? 'its task id' : 'its task ids'
    report(`Goal has no text; ${what} ${ids} used as its text.`)
    return ids
  }
  report(`Goal has no text; named "${UNTITLED_GOAL}".`)
  return UNTITLED_GOAL
}

function removeAll(
  text: string,
  pattern: RegExp,
  topLevel: (at: number) => boolean,
  replace: (match: RegExpExecArray, at: number) => string,
): string {
  let out = ''
  let from = 0
  for (const match of text.matchAll(pattern)) {
    const at = match.index
    // Judge by where the marker itself starts, not its leading space.
    const markerAt = at + (match[0].length - match[0].trimStart().length)
    if (!topLevel(markerAt)) continue
    out += text.slice(from, at) + replace(match as RegExpExecArray, at)
    from = at + match[0].length
  }
  return out + text.slice(from)
}
