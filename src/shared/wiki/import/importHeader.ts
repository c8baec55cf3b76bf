/**
 * The plan-level facts of a page: department, fiscal year, quarter and the
 * fiscal-year start month, from the quarter heading ("Wikimedia Technology
 * Goals, FY2019–20, Q2 (October - December 2019)") or from the page title,
 * and the title pattern the navigation links follow.
 */
import type { QuarterNumber } from '../../model'
import { DEFAULT_TITLE_PATTERN, pageTitleFor } from '../../plan'
import {
  DEFAULT_FISCAL_YEAR_START_MONTH,
  fiscalYearShort,
  nextQuarter,
  previousQuarter,
  type FiscalQuarter,
} from '../../quarter'
import { decodeText } from '../syntax/escape'
import { titleOfLinkTarget } from '../syntax/pageLinks'

/** What the header of a page says about its plan. */
export interface PageFacts {
  department: string
  fiscal: FiscalQuarter
}

const MONTHS =
  'january february march april may june july august september october november december'.split(' ')

const HEADING =
  /(\S(?:.*?\S)?)\s+Goals,?\s+FY\s?(\d{4})(?:\s*[–-]\s*(\d{2,4}))?,?\s+Q([1-4])\s*\(\s*([A-Za-z]+)(?:\s+\d{4})?\s*[-–]\s*[A-Za-z]+\s+\d{4}\s*\)/

// A navigation line with its links is a few hundred characters; a longer one is not a heading.
const MAX_HEADING_LINE = 4000

/** Reads the quarter heading out of a (navigation) line, or null. */
export function readHeading(line: string): PageFacts | null {
  // Cheap checks first: the heading's patterns are slow on a long line that cannot hold one.
  if (!line.includes('Goals') || line.length > MAX_HEADING_LINE) return null
  // Links around the heading are navigation; only their labels could hold it.
  const bold = /'''(.*?)'''/.exec(line)
  const candidates = bold ? [bold[1] as string, line] : [line]
  for (const candidate of candidates) {
    // Bold and italic markup goes before decoding: apostrophes written as references are the
    // department's own ("&#39;&#39;team"), not markup.
    const text = decodeText(candidate.replace(/\[\[[^\]]*\]\]/g, ' ').replace(/'''?/g, ''))
    const match = HEADING.exec(text)
    if (!match) continue
    const [, department = '', year = '', , quarterText = '', firstMonth = ''] = match
    const quarter = Number(quarterText) as QuarterNumber
    const month = MONTHS.indexOf(firstMonth.toLowerCase()) + 1
    if (month === 0) continue
    const startMonth = ((((month - 1 - 3 * (quarter - 1)) % 12) + 12) % 12) + 1
    return {
      department: department.trim(),
      fiscal: { fiscalYear: Number(year), quarter, startMonth },
    }
  }
  return null
}

const TITLE = /^(.+?)\/(?:.*\/)?(?:FY\s?)?(\d{4})(?:-(\d{2}))?\s*Q([1-4])$/

/** Facts from a page title such as "Wikimedia Technology/Goals/2019-20 Q2" (July start assumed). */
export function readTitle(title: string): PageFacts | null {
  const match = TITLE.exec(title.trim())
  if (!match) return null
  const [, department = '', year = '', , quarter = ''] = match
  return {
    department,
    fiscal: {
      fiscalYear: Number(year),
      quarter: Number(quarter) as QuarterNumber,
      startMonth: DEFAULT_FISCAL_YEAR_START_MONTH,
    },
  }
}

/**
 * The previous and next quarters' page titles on a navigation line: links
 * labelled "Q1".."Q4", or else links to pages whose titles name a quarter
 * ("[[…/2019-20 Q1|← Previous]]"); previous first, then next.
 */
export function navigationTargets(line: string): string[] {
  const labelled: string[] = []
  const titled: string[] = []
  for (const match of line.matchAll(/\[\[([^[\]|]+)(?:\|([^[\]]*))?\]\]/g)) {
    const target = titleOfLinkTarget(decodeText((match[1] as string).trim()))
    if (/^\s*Q[1-4]\s*$/.test(match[2] ?? '')) labelled.push(target)
    else if (!/^File:/i.test(target) && readTitle(target) !== null) titled.push(target)
  }
  return labelled.length > 0 ? labelled : titled
}

function derivePattern(title: string, department: string, fq: FiscalQuarter): string | null {
  const fy = fiscalYearShort(fq)
  let pattern = title
  if (department !== '' && pattern.includes(department)) {
    pattern = pattern.replace(department, '{department}')
  }
  const fyAt = pattern.indexOf(fy)
  if (fyAt < 0) return null
  pattern = pattern.slice(0, fyAt) + '{fy}' + pattern.slice(fyAt + fy.length)
  const quarterAt = pattern.lastIndexOf(`Q${fq.quarter}`)
  if (quarterAt < 0) return null
  pattern = pattern.slice(0, quarterAt + 1) + '{quarter}' + pattern.slice(quarterAt + 2)
  return pageTitleFor({ department, titlePattern: pattern }, fq) === title ? pattern : null
}

/**
 * The title pattern that reproduces the page's own title and its navigation
 * links, or null when none does.
 */
export function findTitlePattern(
  department: string,
  fq: FiscalQuarter,
  pageTitle: string | undefined,
  targets: readonly string[],
): string | null {
  const candidates: Array<[string, FiscalQuarter]> = []
  if (pageTitle) candidates.push([pageTitle.trim(), fq])
  if (targets[0]) candidates.push([targets[0], previousQuarter(fq)])
  if (targets[1]) candidates.push([targets[1], nextQuarter(fq)])
  for (const [title, quarter] of candidates) {
    const pattern = derivePattern(title, department, quarter)
    if (pattern !== null) return pattern
  }
  return candidates.length === 0 ? DEFAULT_TITLE_PATTERN : null
}
