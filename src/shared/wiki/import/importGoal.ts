/**
 * A goal from the wikitext of one list item or table row: its text part
 * (with task links, stretch and carried-over markers), its status and note,
 * and what the report says about it. Shared by the list and table readers.
 */
import { decodeText } from '../syntax/escape'
import { goalTextOrFallback, readGoalText, splitItem } from './importItems'
import type { RawGoal, ReadContext } from './importTypes'
import type { StatusMatch } from '../syntax/markup'

/** A goal from its parts; `shown` is the page text the report quotes. */
export function buildGoal(
  ctx: ReadContext,
  textRaw: string,
  match: StatusMatch | null,
  noteRaw: string,
  line: number,
  shown: string,
): RawGoal {
  const parts = readGoalText(textRaw, ctx.tasks)
  if (match) {
    ctx.sawStatus(match)
    if (match.guess) ctx.note(line, shown, `Status ${match.guess}.`)
  } else ctx.note(line, shown, 'No status found; set to To do.')
  return {
    line,
    text: goalTextOrFallback(parts, (reason) => ctx.note(line, shown, reason)),
    status: match ? match.status : 'todo',
    tasks: parts.tasks,
    note: decodeText(noteRaw),
    stretch: parts.stretch,
    carriedOverFrom: parts.carriedOverFrom,
  }
}

/** A goal from one item's wikitext: "text {{Done}} note" or "{{Done}} - text". */
export function readGoal(ctx: ReadContext, raw: string, line: number, shown: string): RawGoal {
  const parts = splitItem(raw, ctx.statuses)
  return buildGoal(ctx, parts.text, parts.status, parts.note, line, shown)
}

/** Adds a line to a goal's note. */
export function appendNote(goal: RawGoal, text: string): void {
  goal.note = goal.note === '' ? text : `${goal.note}\n${text}`
}
