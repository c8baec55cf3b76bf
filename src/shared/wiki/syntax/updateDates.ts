/**
 * Dates of status updates as pages write them: "October 28, 2019",
 * "28 October 2019" or "2019-10-28", followed by "status:" and a summary;
 * and without a year ("15 October: …", "Oct 15 status: …"), which only the
 * quarter can date.
 */
import { isIsoDate } from '../../dates'

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

const HEADING =
  /^(?:'''|'')?\s*(?:([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\s*(?:'''|'')?\s*(?:status\b)?\s*(?:'''|'')?\s*:?\s?(.*)$/i

function monthNumber(name: string): number {
  const lower = name.toLowerCase()
  if (lower.length < 3) return 0
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1
}

// Only days the calendar has: "February 30" is not a date a plan can hold.
function iso(year: string, month: number, day: string | number): string | null {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isIsoDate(date) ? date : null
}

/** The ISO date and the raw summary of an update's bullet, or null when it does not start with a date. */
export function parseUpdateHeading(raw: string): { date: string; summary: string } | null {
  const match = HEADING.exec(raw.trim())
  if (!match) return null
  const [, m1, d1, y1, d2, m2, y2, y3, m3, d3, rest = ''] = match
  let date: string | null = null
  if (m1 && d1 && y1) date = iso(y1, monthNumber(m1), d1)
  else if (d2 && m2 && y2) date = iso(y2, monthNumber(m2), d2)
  else if (y3 && m3 && d3) date = iso(y3, Number(m3), d3)
  return date === null ? null : { date, summary: rest.trim() }
}

// Without a year only a colon (or "status:") tells a date line from a text that starts with one.
const YEARLESS =
  /^(?:'''|'')?\s*(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?)\s*(?:'''|'')?\s*(?:status\b)?\s*(?:'''|'')?\s*:\s*(?:'''|'')?\s?(.*)$/i

/** The month, day and raw summary of a bullet starting with a date without a year, or null. */
export function parseYearlessHeading(
  raw: string,
): { month: number; day: number; summary: string } | null {
  const match = YEARLESS.exec(raw.trim())
  if (!match) return null
  const [, m1, d1, d2, m2, rest = ''] = match
  const month = monthNumber((m1 ?? m2) as string)
  const day = Number(d1 ?? d2)
  return month === 0 ? null : { month, day, summary: rest.trim() }
}

/**
 * The ISO date of a day of `month` in `year`, or null when the calendar has no
 * such day ("February 30").
 */
export function isoDay(year: number, month: number, day: number): string | null {
  return iso(String(year).padStart(4, '0'), month, day)
}

/** True when a bullet's text would read as the start of an update, with a year or without. */
export function readsAsUpdateHeading(raw: string): boolean {
  return parseUpdateHeading(raw) !== null || parseYearlessHeading(raw) !== null
}
