/** The example quarter's page-level data and its teams in page order. */
import type { ExampleTeamRecord } from '../records'
import { ANALYTICS } from './analytics'
import { CORE_PLATFORM, FUNDRAISING_TECH } from './corePlatform'
import { QUALITY_AND_TEST, RELEASE_ENGINEERING } from './engineering'
import { PERFORMANCE } from './performance'
import { RESEARCH } from './research'
import { SCORING_PLATFORM, SEARCH_PLATFORM } from './scoringSearch'
import { SECURITY } from './security'
import { SITE_RELIABILITY } from './sre'
import { TECHNICAL_ENGAGEMENT } from './technicalEngagement'

/** The plan-level facts of the reference page. */
export const EXAMPLE_PLAN = {
  department: 'Wikimedia Technology',
  fiscalYear: 2019,
  fiscalYearStartMonth: 7,
  quarter: 2,
  intro:
    'Technology Department Team Goals and Status for Q2 FY19/20 in support of the Medium Term Plan (MTP) Priorities and Annual Plan for FY19/20',
} as const

/** The teams of the example, in the reference page's order. */
export const EXAMPLE_TEAMS: readonly ExampleTeamRecord[] = [
  ANALYTICS,
  CORE_PLATFORM,
  FUNDRAISING_TECH,
  PERFORMANCE,
  QUALITY_AND_TEST,
  RELEASE_ENGINEERING,
  RESEARCH,
  SCORING_PLATFORM,
  SEARCH_PLATFORM,
  SECURITY,
  ...SITE_RELIABILITY,
  TECHNICAL_ENGAGEMENT,
]
