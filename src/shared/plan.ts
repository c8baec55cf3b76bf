/**
 * Plan-level derivations: titles, keys and the defaults of a new plan.
 */
import type { Plan, QuarterNumber } from './model'
import {
  DEFAULT_FISCAL_YEAR_START_MONTH,
  fiscalYearLabel,
  fiscalYearShort,
  nextQuarter,
  periodLabel,
  previousQuarter,
  quarterKey,
  type FiscalQuarter,
} from './quarter'
import { MEDIAWIKI_PROFILE } from './profiles'

/**
 * Default page title pattern. Placeholders: `{department}`, `{fy}` ("2019-20"),
 * `{quarter}` ("2").
 */
export const DEFAULT_TITLE_PATTERN = '{department}/Goals/{fy} Q{quarter}'

/** The fiscal quarter a plan covers. */
export function planQuarter(
  plan: Pick<Plan, 'fiscalYear' | 'quarter' | 'fiscalYearStartMonth'>,
): FiscalQuarter {
  return {
    fiscalYear: plan.fiscalYear,
    quarter: plan.quarter,
    startMonth: plan.fiscalYearStartMonth,
  }
}

/** Page title of a quarter under a plan's title pattern. */
export function pageTitleFor(
  plan: Pick<Plan, 'department' | 'titlePattern'>,
  fq: FiscalQuarter,
): string {
  return plan.titlePattern
    .split('{department}')
    .join(plan.department)
    .split('{fy}')
    .join(fiscalYearShort(fq))
    .split('{quarter}')
    .join(String(fq.quarter))
}

/**
 * What may be wrong with a page-title pattern, as warnings (a pattern is
 * still usable): placeholders it does not know, and a pattern that gives
 * every quarter the same title.
 */
export function titlePatternWarnings(pattern: string): string[] {
  const warnings: string[] = []
  const unknown = [...pattern.matchAll(/\{[^{}]*\}/g)]
    .map((match) => match[0])
    .filter((token) => !['{department}', '{fy}', '{quarter}'].includes(token))
  if (unknown.length > 0) {
    const names = [...new Set(unknown)]
    const what =
      names.length === 1
        ? 'is not a placeholder and stays as written'
        : 'are not placeholders and stay as written'
    warnings.push(`${names.join(', ')} ${what}; use {department}, {fy} or {quarter}.`)
  }
  if (!pattern.includes('{fy}') || !pattern.includes('{quarter}')) {
    warnings.push('Without both {fy} and {quarter}, quarters share page titles.')
  }
  return warnings
}

/** Page title of the plan itself: "Wikimedia Technology/Goals/2019-20 Q2". */
export function pageTitle(plan: Plan): string {
  return pageTitleFor(plan, planQuarter(plan))
}

/** Page titles of the previous and next quarters, for the navigation line. */
export function neighbourTitles(plan: Plan): { previous: string; next: string } {
  const fq = planQuarter(plan)
  return {
    previous: pageTitleFor(plan, previousQuarter(fq)),
    next: pageTitleFor(plan, nextQuarter(fq)),
  }
}

/**
 * The quarter's heading as the reference page writes it:
 * "Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)".
 */
export function quarterHeading(plan: Plan): string {
  const fq = planQuarter(plan)
  return `${plan.department} Goals, ${fiscalYearLabel(fq)}, Q${plan.quarter} (${periodLabel(fq, ' - ')})`
}

/** Short name for lists and menus: "FY2019–20 Q2 · October – December 2019". */
export function planDisplayName(plan: Plan): string {
  const fq = planQuarter(plan)
  return `${fiscalYearLabel(fq)} Q${plan.quarter} · ${periodLabel(fq)}`
}

/** Command-line key of a plan: "2019-20Q2". */
export function planKey(plan: Plan): string {
  return quarterKey(planQuarter(plan))
}

/** What a user chooses when creating a quarter. */
export interface NewPlanInput {
  department: string
  fiscalYear: number
  quarter: QuarterNumber
  fiscalYearStartMonth?: number
}

/**
 * The intro line a new plan starts with, as on the reference page:
 * "Wikimedia Technology team goals and status for Q2 FY2019/20".
 */
export function defaultIntro(
  plan: Pick<Plan, 'department' | 'fiscalYear' | 'quarter' | 'fiscalYearStartMonth'>,
): string {
  const fyShort = fiscalYearShort(planQuarter(plan))
  return `${plan.department.trim()} team goals and status for Q${plan.quarter} FY${fyShort.replace('-', '/')}`
}

/** A new plan with the defaults of the reference page. */
export function createPlan(input: NewPlanInput, id: string, now: number): Plan {
  const fiscalYearStartMonth = input.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH
  return {
    id,
    department: input.department.trim(),
    fiscalYear: input.fiscalYear,
    quarter: input.quarter,
    fiscalYearStartMonth,
    titlePattern: DEFAULT_TITLE_PATTERN,
    intro: defaultIntro({ ...input, fiscalYearStartMonth }),
    layout: 'table',
    profile: MEDIAWIKI_PROFILE,
    createdAt: now,
    updatedAt: now,
  }
}

/** Problems with a new plan's input, as messages for the form; empty when valid. */
export function validateNewPlan(input: NewPlanInput): string[] {
  const problems: string[] = []
  const department = input.department.trim()
  if (department === '') problems.push('Department name is required.')
  else {
    const unfit = unfitForTitle(department)
    if (unfit) problems.push(unfit)
  }
  if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 1900 || input.fiscalYear > 2999) {
    problems.push('Fiscal year must be a year such as 2019.')
  }
  if (![1, 2, 3, 4].includes(input.quarter)) problems.push('Quarter must be 1, 2, 3 or 4.')
  const month = input.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    problems.push('Fiscal year start month must be 1–12.')
  }
  return problems
}

/**
 * Characters MediaWiki refuses in a page title (besides control characters
 * and a leading colon): the department begins the quarter's page title and
 * its navigation links, so a department with one of them could never be
 * published, and its page would show its links to the other quarters as raw text.
 */
const NOT_IN_TITLES = new Set(['#', '<', '>', '[', ']', '{', '}', '|'])

function isControl(char: string): boolean {
  const code = char.charCodeAt(0)
  return code < 0x20 || code === 0x7f
}

/** Why a department cannot begin a wiki page's title, or null when it can. */
function unfitForTitle(department: string): string | null {
  const why = 'it begins the title of the quarter’s wiki page, and MediaWiki titles cannot.'
  for (const char of department) {
    if (isControl(char)) {
      return `Department name cannot hold a tab, line break or other control character: ${why}`
    }
    if (NOT_IN_TITLES.has(char)) return `Department name cannot hold “${char}”: ${why}`
  }
  if (department.startsWith(':')) return `Department name cannot begin with “:”: ${why}`
  return null
}

/** What names a quarter: two plans alike in these are the same page. */
export type QuarterIdentity = Pick<Plan, 'department' | 'fiscalYear' | 'quarter'>

/**
 * The stored plan that is the same quarter as `candidate` (same department,
 * ignoring case and surrounding spaces, same fiscal year and quarter), other
 * than the plan `exceptId`; undefined when there is none.
 */
export function findSameQuarter(
  plans: readonly Plan[],
  candidate: QuarterIdentity,
  exceptId?: string,
): Plan | undefined {
  const department = candidate.department.trim().toLowerCase()
  return plans.find(
    (plan) =>
      plan.id !== exceptId &&
      plan.fiscalYear === candidate.fiscalYear &&
      plan.quarter === candidate.quarter &&
      plan.department.trim().toLowerCase() === department,
  )
}

/**
 * The sentence that refuses a quarter that already exists:
 * "Wikimedia Technology FY2019–20 Q2 already exists."
 */
export function sameQuarterMessage(existing: Plan): string {
  return `${existing.department} ${fiscalYearLabel(planQuarter(existing))} Q${existing.quarter} already exists.`
}
