/**
 * Fiscal-quarter arithmetic. A fiscal year is named by the calendar year it
 * starts in: with the default July start, FY2019–20 runs July 2019 – June 2020
 * and its Q2 is October – December 2019.
 */
import type { QuarterNumber } from './model'

/** A quarter of a fiscal year, with the month the fiscal year starts in. */
export interface FiscalQuarter {
  /** Calendar year in which the fiscal year starts. */
  fiscalYear: number
  quarter: QuarterNumber
  /** 1–12; 7 (July) by default. */
  startMonth: number
}

/** A calendar month: year and month 1–12. */
export interface YearMonth {
  year: number
  month: number
}

export const DEFAULT_FISCAL_YEAR_START_MONTH = 7

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** English name of a month 1–12. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1]
  if (!name) throw new RangeError(`Month must be 1–12, got ${month}`)
  return name
}

/** True for an integer quarter 1–4. */
export function isQuarterNumber(value: unknown): value is QuarterNumber {
  return value === 1 || value === 2 || value === 3 || value === 4
}

/** True for an integer month 1–12. */
export function isMonth(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12
}

function addMonths(start: YearMonth, count: number): YearMonth {
  const index = start.year * 12 + (start.month - 1) + count
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** First and last month of a fiscal quarter. */
export function quarterMonths(fq: FiscalQuarter): { first: YearMonth; last: YearMonth } {
  const first = addMonths({ year: fq.fiscalYear, month: fq.startMonth }, (fq.quarter - 1) * 3)
  return { first, last: addMonths(first, 2) }
}

/** The calendar year of `month` (1–12) when it is one of the quarter's three months; else null. */
export function yearOfQuarterMonth(fq: FiscalQuarter, month: number): number | null {
  const { first } = quarterMonths(fq)
  for (let k = 0; k < 3; k++) {
    const covered = addMonths(first, k)
    if (covered.month === month) return covered.year
  }
  return null
}

/**
 * The months a quarter covers: "October – December 2019", or
 * "November 2019 – January 2020" when it spans a new year. `dash` lets the
 * page title use the reference page's " - ".
 */
export function periodLabel(fq: FiscalQuarter, dash = ' – '): string {
  const { first, last } = quarterMonths(fq)
  if (first.year === last.year) {
    return `${monthName(first.month)}${dash}${monthName(last.month)} ${last.year}`
  }
  return `${monthName(first.month)} ${first.year}${dash}${monthName(last.month)} ${last.year}`
}

/**
 * Short fiscal-year name: "2019-20" (or "2019" when the fiscal year is the
 * calendar year), as used in page titles.
 */
export function fiscalYearShort(fq: Pick<FiscalQuarter, 'fiscalYear' | 'startMonth'>): string {
  if (fq.startMonth === 1) return String(fq.fiscalYear)
  const next = String((fq.fiscalYear + 1) % 100).padStart(2, '0')
  return `${fq.fiscalYear}-${next}`
}

/** Display name of the fiscal year: "FY2019–20" (en dash). */
export function fiscalYearLabel(fq: Pick<FiscalQuarter, 'fiscalYear' | 'startMonth'>): string {
  return `FY${fiscalYearShort(fq).replace('-', '–')}`
}

/** The quarter before. */
export function previousQuarter(fq: FiscalQuarter): FiscalQuarter {
  return fq.quarter === 1
    ? { ...fq, fiscalYear: fq.fiscalYear - 1, quarter: 4 }
    : { ...fq, quarter: (fq.quarter - 1) as QuarterNumber }
}

/** The quarter after. */
export function nextQuarter(fq: FiscalQuarter): FiscalQuarter {
  return fq.quarter === 4
    ? { ...fq, fiscalYear: fq.fiscalYear + 1, quarter: 1 }
    : { ...fq, quarter: (fq.quarter + 1) as QuarterNumber }
}

/** The fiscal quarter a calendar date (year, month 1–12) falls in. */
export function fiscalQuarterOf(
  date: YearMonth,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): FiscalQuarter {
  const monthsIntoYear = (date.month - startMonth + 12) % 12
  const fiscalYear = date.month >= startMonth ? date.year : date.year - 1
  return { fiscalYear, quarter: (Math.floor(monthsIntoYear / 3) + 1) as QuarterNumber, startMonth }
}

/** Short key of a quarter, "2019-20Q2": used by the command line's --plan. */
export function quarterKey(
  fq: Pick<FiscalQuarter, 'fiscalYear' | 'startMonth' | 'quarter'>,
): string {
  return `${fiscalYearShort(fq)}Q${fq.quarter}`
}
