import { describe, expect, it } from 'vitest'
import {
  fiscalQuarterOf,
  fiscalYearLabel,
  fiscalYearShort,
  nextQuarter,
  periodLabel,
  previousQuarter,
  quarterKey,
  quarterMonths,
  yearOfQuarterMonth,
  type FiscalQuarter,
} from '../../../src/shared/quarter'

const q2fy2019: FiscalQuarter = { fiscalYear: 2019, quarter: 2, startMonth: 7 }

describe('fiscal quarters with a July start', () => {
  it('derives the reference page period: Q2 FY2019–20 is October – December 2019', () => {
    expect(periodLabel(q2fy2019)).toBe('October – December 2019')
    expect(periodLabel(q2fy2019, ' - ')).toBe('October - December 2019')
    expect(fiscalYearLabel(q2fy2019)).toBe('FY2019–20')
    expect(fiscalYearShort(q2fy2019)).toBe('2019-20')
    expect(quarterKey(q2fy2019)).toBe('2019-20Q2')
  })

  it('puts Q3 and Q4 in the next calendar year', () => {
    expect(periodLabel({ ...q2fy2019, quarter: 3 })).toBe('January – March 2020')
    expect(periodLabel({ ...q2fy2019, quarter: 4 })).toBe('April – June 2020')
    expect(periodLabel({ ...q2fy2019, quarter: 1 })).toBe('July – September 2019')
  })

  it('steps to previous and next quarters across fiscal years', () => {
    expect(previousQuarter(q2fy2019)).toEqual({ ...q2fy2019, quarter: 1 })
    expect(nextQuarter(q2fy2019)).toEqual({ ...q2fy2019, quarter: 3 })
    expect(previousQuarter({ ...q2fy2019, quarter: 1 })).toEqual({
      ...q2fy2019,
      fiscalYear: 2018,
      quarter: 4,
    })
    expect(nextQuarter({ ...q2fy2019, quarter: 4 })).toEqual({
      ...q2fy2019,
      fiscalYear: 2020,
      quarter: 1,
    })
  })

  it('names the century turn with two digits', () => {
    expect(fiscalYearShort({ fiscalYear: 2099, startMonth: 7 })).toBe('2099-00')
    expect(fiscalYearShort({ fiscalYear: 2008, startMonth: 7 })).toBe('2008-09')
  })

  it('finds the fiscal quarter of a date', () => {
    expect(fiscalQuarterOf({ year: 2019, month: 10 })).toEqual(q2fy2019)
    expect(fiscalQuarterOf({ year: 2019, month: 12 })).toEqual(q2fy2019)
    expect(fiscalQuarterOf({ year: 2020, month: 1 })).toEqual({ ...q2fy2019, quarter: 3 })
    expect(fiscalQuarterOf({ year: 2019, month: 7 })).toEqual({ ...q2fy2019, quarter: 1 })
    expect(fiscalQuarterOf({ year: 2019, month: 6 })).toEqual({
      fiscalYear: 2018,
      quarter: 4,
      startMonth: 7,
    })
    expect(fiscalQuarterOf({ year: 2026, month: 11 })).toEqual({
      fiscalYear: 2026,
      quarter: 2,
      startMonth: 7,
    })
  })
})

describe('other fiscal-year starts', () => {
  it('treats a January start as the calendar year', () => {
    const fq: FiscalQuarter = { fiscalYear: 2020, quarter: 1, startMonth: 1 }
    expect(fiscalYearLabel(fq)).toBe('FY2020')
    expect(periodLabel(fq)).toBe('January – March 2020')
    expect(fiscalQuarterOf({ year: 2020, month: 12 }, 1)).toEqual({ ...fq, quarter: 4 })
  })

  it('names both years when a quarter spans New Year', () => {
    const fq: FiscalQuarter = { fiscalYear: 2019, quarter: 1, startMonth: 11 }
    expect(quarterMonths(fq)).toEqual({
      first: { year: 2019, month: 11 },
      last: { year: 2020, month: 1 },
    })
    expect(periodLabel(fq)).toBe('November 2019 – January 2020')
  })

  it('round-trips every month of every start through fiscalQuarterOf', () => {
    for (let start = 1; start <= 12; start++) {
      for (let quarter = 1 as 1 | 2 | 3 | 4; quarter <= 4; quarter++) {
        const fq: FiscalQuarter = { fiscalYear: 2021, quarter, startMonth: start }
        const { first, last } = quarterMonths(fq)
        expect(fiscalQuarterOf(first, start)).toEqual(fq)
        expect(fiscalQuarterOf(last, start)).toEqual(fq)
        expect(previousQuarter(nextQuarter(fq))).toEqual(fq)
      }
    }
  })
})

describe('yearOfQuarterMonth', () => {
  it("gives the calendar year of each of the quarter's months, and null for other months", () => {
    const q2: FiscalQuarter = { fiscalYear: 2019, quarter: 2, startMonth: 7 }
    expect([10, 11, 12].map((m) => yearOfQuarterMonth(q2, m))).toEqual([2019, 2019, 2019])
    expect(yearOfQuarterMonth(q2, 9)).toBeNull()
    expect(yearOfQuarterMonth(q2, 1)).toBeNull()
    // November 2019 – January 2020.
    const spanning: FiscalQuarter = { fiscalYear: 2019, quarter: 2, startMonth: 8 }
    expect([11, 12, 1].map((m) => yearOfQuarterMonth(spanning, m))).toEqual([2019, 2019, 2020])
    expect(yearOfQuarterMonth({ fiscalYear: 2019, quarter: 3, startMonth: 7 }, 3)).toBe(2020)
  })
})
