/**
 * Calendar dates as plans store them (status updates): ISO `yyyy-mm-dd`.
 */

/** True for an ISO date the calendar has, such as "2019-10-28" (not "2019-02-30"). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  // Date rolls "02-30" over into March; only a date that reads back unchanged exists.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/**
 * The date of a status update the page gave no date: the update is kept as
 * written rather than given a date nobody wrote.
 */
export const UNDATED = ''

/** A status update's date: an ISO date, or UNDATED. */
export function isUpdateDate(value: unknown): value is string {
  return value === UNDATED || isIsoDate(value)
}
