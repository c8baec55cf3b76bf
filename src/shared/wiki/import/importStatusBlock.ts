/**
 * Reading a team's Status block: dated updates ("October 28, 2019 status:")
 * whose items are either grouped under status bullets ("** {{Done}}") or each
 * followed by its status, with continuation lines as notes.
 */
import { UNDATED } from '../../dates'
import type { StatusId, StatusUpdateItem } from '../../model'
import { statusLabel } from '../../statuses'
import { decodeText } from '../syntax/escape'
import { isoDay, parseUpdateHeading, parseYearlessHeading } from '../syntax/updateDates'
import { monthName } from '../../quarter'
import { splitItem } from './importItems'
import type { RawUpdate, ReadContext } from './importTypes'
import { groupHeaderStatus } from '../syntax/markup'

/** Reads the list items of one Status block, in order, into `updates`. */
export class StatusBlockReader {
  private update: RawUpdate | null = null
  private groupStatus: StatusId | null = null
  private lastItem: StatusUpdateItem | null = null

  constructor(
    private readonly updates: RawUpdate[],
    private readonly ctx: ReadContext,
  ) {}

  /** Reads one list item: `marks` are its leading `*`/`#`, `colon` is set for `*:` continuations. */
  read(marks: string, colon: boolean, content: string, line: number, text: string): void {
    const ctx = this.ctx
    if (colon) {
      if (this.lastItem) {
        const { note } = this.lastItem
        this.lastItem.note = note === '' ? decodeText(content) : `${note}\n${decodeText(content)}`
      } else ctx.note(line, text, 'Continuation line outside any status item; not read.')
      return
    }
    if (marks.length === 1) {
      const heading = parseUpdateHeading(content) ?? this.yearlessHeading(content, line, text)
      if (heading) {
        this.startUpdate({
          line,
          date: heading.date,
          summary: decodeText(heading.summary),
          grouped: false,
          items: [],
        })
        return
      }
    }
    let update = this.update
    if (marks.length === 1 && update?.date !== UNDATED) {
      // A bullet without a date opens an update of its own; no date is made up for it.
      update = this.startUpdate({ line, date: UNDATED, summary: '', grouped: false, items: [] })
    } else if (!update) {
      update = this.startUpdate({ line, date: UNDATED, summary: '', grouped: false, items: [] })
      ctx.note(
        line,
        text,
        'Nested item without a status line above; kept in an update without a date.',
      )
    }
    if (update.date === UNDATED) {
      if (marks.length > 1)
        ctx.note(line, text, 'Nested item kept as an item of the update without a date.')
      this.addItem(update, this.itemOf(content, marks.length === 1))
      return
    }
    if (marks.length <= 2) {
      const header = groupHeaderStatus(content, ctx.statuses)
      if (header && marks.length === 2) {
        update.grouped = true
        this.groupStatus = header.status
        this.lastItem = null
        if (header.several) {
          ctx.note(
            line,
            text,
            `Several statuses on one bullet; items read as ${statusLabel(header.status)}.`,
          )
        }
        return
      }
      this.groupStatus = null
      this.addItem(update, this.itemOf(content, true))
      return
    }
    if (this.groupStatus !== null) {
      this.addItem(update, { text: decodeText(content), status: this.groupStatus, note: '' })
    } else {
      this.addItem(update, this.itemOf(content, false))
      ctx.note(line, text, 'Nested item without a status bullet above; kept as an item.')
    }
  }

  /**
   * "15 October: …": dated with the year the quarter gives that month, and
   * reported; kept without a date (and reported) when the quarter does not
   * cover the month or the page names no quarter.
   */
  private yearlessHeading(
    content: string,
    line: number,
    text: string,
  ): { date: string; summary: string } | null {
    const yearless = parseYearlessHeading(content)
    if (!yearless) return null
    const { month, day, summary } = yearless
    const year = this.ctx.yearOf?.(month) ?? null
    const date = year === null ? null : isoDay(year, month, day)
    if (date === null) {
      const why =
        year === null
          ? this.ctx.yearOf
            ? `${monthName(month)} is not a month of the quarter`
            : 'the page names no quarter'
          : `${monthName(month)} ${year} has no day ${day}`
      this.ctx.note(line, text, `Date without a year; ${why}, so it is kept without a date.`)
      return null
    }
    this.ctx.note(
      line,
      text,
      `Date without a year; read as ${monthName(month)} ${day}, ${year}, in the quarter's months.`,
    )
    return { date, summary }
  }

  private startUpdate(update: RawUpdate): RawUpdate {
    this.updates.push(update)
    this.update = update
    this.groupStatus = null
    this.lastItem = null
    return update
  }

  // Only items at the update's own level tell which profile the page uses.
  private itemOf(content: string, telling: boolean): StatusUpdateItem {
    const parts = splitItem(content, this.ctx.statuses)
    if (parts.status && telling) this.ctx.sawStatus(parts.status)
    return {
      text: decodeText(parts.text),
      status: parts.status?.status ?? null,
      note: decodeText(parts.note),
    }
  }

  private addItem(update: RawUpdate, item: StatusUpdateItem): void {
    update.items.push(item)
    this.lastItem = item
  }
}
