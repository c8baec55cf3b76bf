import { describe, expect, it } from 'vitest'
import {
  createPlan,
  defaultIntro,
  findSameQuarter,
  neighbourTitles,
  pageTitle,
  planDisplayName,
  planKey,
  quarterHeading,
  sameQuarterMessage,
  titlePatternWarnings,
  validateNewPlan,
} from '../../../src/shared/plan'

const plan = createPlan(
  { department: ' Wikimedia Technology ', fiscalYear: 2019, quarter: 2 },
  'p1',
  0,
)

describe('plan titles', () => {
  it('matches the reference page title and heading', () => {
    expect(pageTitle(plan)).toBe('Wikimedia Technology/Goals/2019-20 Q2')
    expect(quarterHeading(plan)).toBe(
      'Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)',
    )
  })

  it('links the previous and next quarters, across fiscal years', () => {
    expect(neighbourTitles(plan)).toEqual({
      previous: 'Wikimedia Technology/Goals/2019-20 Q1',
      next: 'Wikimedia Technology/Goals/2019-20 Q3',
    })
    expect(neighbourTitles({ ...plan, quarter: 1 }).previous).toBe(
      'Wikimedia Technology/Goals/2018-19 Q4',
    )
  })

  it('follows a custom title pattern', () => {
    expect(pageTitle({ ...plan, titlePattern: 'Goals/{department}/FY{fy}/Q{quarter}' })).toBe(
      'Goals/Wikimedia Technology/FY2019-20/Q2',
    )
  })

  it('gives short names for menus and the command line', () => {
    expect(planDisplayName(plan)).toBe('FY2019–20 Q2 · October – December 2019')
    expect(planKey(plan)).toBe('2019-20Q2')
  })

  it('starts a plan with the reference page defaults', () => {
    expect(plan.department).toBe('Wikimedia Technology')
    expect(plan.fiscalYearStartMonth).toBe(7)
    expect(plan.layout).toBe('table')
    expect(plan.profile.statuses.done).toBe('{{Done}}')
  })
})

describe('new plan validation', () => {
  it('accepts a normal quarter', () => {
    expect(validateNewPlan({ department: 'Tech', fiscalYear: 2026, quarter: 2 })).toEqual([])
  })

  it('names every problem', () => {
    const problems = validateNewPlan({
      department: '  ',
      fiscalYear: 19.5,
      quarter: 5 as never,
      fiscalYearStartMonth: 13,
    })
    expect(problems).toEqual([
      'Department name is required.',
      'Fiscal year must be a year such as 2019.',
      'Quarter must be 1, 2, 3 or 4.',
      'Fiscal year start month must be 1–12.',
    ])
  })
})

describe('a department name that cannot begin a wiki page title', () => {
  const problemsOf = (department: string) =>
    validateNewPlan({ department, fiscalYear: 2026, quarter: 2 })

  it('is refused with a sentence naming the character, for each one MediaWiki refuses', () => {
    for (const bad of ['#', '<', '>', '[', ']', '{', '}', '|']) {
      expect(problemsOf(`Tech ${bad} Infra`)).toEqual([
        `Department name cannot hold “${bad}”: it begins the title of the quarter’s wiki page, and MediaWiki titles cannot.`,
      ])
    }
    expect(problemsOf('Tech\tInfra')[0]).toMatch(/^Department name cannot hold a tab, line break/)
    expect(problemsOf('::x')[0]).toMatch(/^Department name cannot begin with “:”/)
    expect(problemsOf(' :Tech')[0]).toMatch(/^Department name cannot begin with “:”/)
  })

  it('accepts what real departments are called, colons and slashes inside included', () => {
    for (const good of [
      'Wikimedia Technology',
      'Audiences/Readers',
      'R&D: Search',
      'Tech (2019)',
    ]) {
      expect(problemsOf(good)).toEqual([])
    }
  })
})

describe('the same quarter twice', () => {
  const q3 = createPlan(
    { department: 'Wikimedia Technology', fiscalYear: 2019, quarter: 3 },
    'p3',
    0,
  )
  const audiences = createPlan({ department: 'Audiences', fiscalYear: 2019, quarter: 2 }, 'a2', 0)
  const plans = [q3, plan, audiences]

  it('finds a quarter of the same department, year and quarter, ignoring case and spaces', () => {
    const same = { department: ' wikimedia technology', fiscalYear: 2019, quarter: 2 as const }
    expect(findSameQuarter(plans, same)).toBe(plan)
    expect(findSameQuarter(plans, { ...same, quarter: 4 })).toBeUndefined()
    expect(findSameQuarter(plans, { ...same, fiscalYear: 2020 })).toBeUndefined()
    expect(findSameQuarter(plans, { ...same, department: 'Audiences' })).toBe(audiences)
    expect(findSameQuarter(plans, { ...same, department: 'Research' })).toBeUndefined()
  })

  it('does not count the quarter being renamed', () => {
    expect(findSameQuarter(plans, plan, plan.id)).toBeUndefined()
    expect(findSameQuarter(plans, { ...plan, quarter: 3 }, plan.id)).toBe(q3)
  })

  it('says which quarter exists', () => {
    expect(sameQuarterMessage(plan)).toBe('Wikimedia Technology FY2019–20 Q2 already exists.')
  })
})

describe('the default intro', () => {
  it('names the department, quarter and fiscal year as the reference page does', () => {
    expect(defaultIntro(plan)).toBe('Wikimedia Technology team goals and status for Q2 FY2019/20')
    expect(plan.intro).toBe(defaultIntro(plan))
    expect(defaultIntro({ ...plan, quarter: 1, fiscalYear: 2020, fiscalYearStartMonth: 1 })).toBe(
      'Wikimedia Technology team goals and status for Q1 FY2020',
    )
  })
})

describe('page-title pattern warnings', () => {
  it('has none for the default pattern and others with every quarter apart', () => {
    expect(titlePatternWarnings('{department}/Goals/{fy} Q{quarter}')).toEqual([])
    expect(titlePatternWarnings('Goals/FY{fy}/Q{quarter}')).toEqual([])
  })

  it('names placeholders it does not know, and patterns that repeat titles', () => {
    expect(titlePatternWarnings('{department}/{year} Q{quarter} {x} {x}')).toEqual([
      '{year}, {x} are not placeholders and stay as written; use {department}, {fy} or {quarter}.',
      'Without both {fy} and {quarter}, quarters share page titles.',
    ])
    expect(titlePatternWarnings('{fy} {Quarter}')).toEqual([
      '{Quarter} is not a placeholder and stays as written; use {department}, {fy} or {quarter}.',
      'Without both {fy} and {quarter}, quarters share page titles.',
    ])
  })
})
