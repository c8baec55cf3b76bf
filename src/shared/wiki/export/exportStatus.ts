/**
 * A team's Status block: its dated updates as nested lists.
 *
 * A grouped update lists its items under one bullet per status, in the order
 * in which each status first appears among the items (the board generates
 * them in board order; an imported page keeps its own order, so reading and
 * writing a page never reshuffles it). Items without a status stay at the
 * update's level, where they appear.
 */
import type { StatusId, StatusUpdate, StatusUpdateItem, TemplateProfile } from '../../model'
import { UNDATED } from '../../dates'
import { monthName } from '../../quarter'
import { cleanText, encodeText, NOWIKI } from '../syntax/escape'
import { readsAsUpdateHeading } from '../syntax/updateDates'
import { statusItemLines, type Readers } from './format'

/** "October 28, 2019" for "2019-10-28"; other strings are written as they are. */
export function formatUpdateDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  const month = Number(match[2])
  if (month < 1 || month > 12) return date
  return `${monthName(month)} ${Number(match[3])}, ${match[1]}`
}

/** Lines of the Status block, empty when the team has no updates. */
export function statusBlockLines(
  updates: StatusUpdate[],
  profile: TemplateProfile,
  readers: Readers,
): string[] {
  if (updates.length === 0) return []
  const lines = ["'''Status'''"]
  for (const update of updates) {
    if (update.date === UNDATED) {
      lines.push(...undatedLines(update, profile, readers))
      continue
    }
    // A summary of only characters a page cannot show (control characters) is none.
    const summary =
      cleanText(update.summary) === '' ? '' : ' ' + encodeText(update.summary, 'inline')
    lines.push(`* ${encodeText(formatUpdateDate(update.date), 'inline')} status:${summary}`)
    if (update.grouped) lines.push(...groupedLines(update.items, profile, readers))
    else {
      for (const item of update.items) {
        const text = encodeText(item.text, 'item')
        lines.push(...statusItemLines('**', text, item.status, item.note, profile, readers))
      }
    }
  }
  return lines
}

// An update the page gave no date is written as it was read: its items as top-level bullets.
function undatedLines(update: StatusUpdate, profile: TemplateProfile, readers: Readers): string[] {
  const lines = cleanText(update.summary) === '' ? [] : [`* ${encodeText(update.summary, 'item')}`]
  for (const item of update.items) {
    const text = encodeText(item.text, 'item')
    // An item that reads like a dated "status:" line (or "15 October:") would come back as one.
    const guarded = readsAsUpdateHeading(text) ? NOWIKI + text : text
    lines.push(...statusItemLines('*', guarded, item.status, item.note, profile, readers))
  }
  return lines
}

function groupedLines(
  items: StatusUpdateItem[],
  profile: TemplateProfile,
  readers: Readers,
): string[] {
  const byStatus = new Map<StatusId | null, StatusUpdateItem[]>()
  for (const item of items) {
    const list = byStatus.get(item.status)
    if (list) list.push(item)
    else byStatus.set(item.status, [item])
  }
  const lines: string[] = []
  for (const [status, list] of byStatus) {
    if (status !== null) lines.push(`** ${profile.statuses[status]}`)
    const prefix = status === null ? '**' : '***'
    for (const item of list) {
      lines.push(
        ...statusItemLines(
          prefix,
          encodeText(item.text, 'item'),
          null,
          item.note,
          profile,
          readers,
        ),
      )
    }
  }
  return lines
}
