/**
 * Telling a quarterly goals page from other wiki pages (an encyclopedia-style
 * article, a talk page) before reading one into a plan: a page that is not
 * one gets one sentence saying so, never an empty or made-up quarter.
 */
import type { RawSection } from './importTypes'

/** What the reader found that tells a goals page. */
export interface PageEvidence {
  /** The page has a quarter heading ("… Goals, FY2019–20, Q2 (…)"). */
  quarterHeading: boolean
  /** The page has a quarter heading, or the caller gave a page title naming a quarter. */
  quarterTitle: boolean
  /** A status marker ({{Done}}, '''Done''', …) was read somewhere. */
  sawStatus: boolean
  /** The page has at least one team heading. */
  teamHeadings: boolean
  sections: readonly RawSection[]
  lines: readonly string[]
}

// "[[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 October 2019 (UTC)", or an unsaved "~~~~".
const SIGNATURE = /\[\[User(?: talk)?:[^\]]*\]\].*\d{1,2}:\d{2}, \d{1,2} \w+ \d{4} \(UTC\)|~~~~/i

/** Why the page is not a quarterly goals page, in one sentence; null when it is one. */
export function notAGoalsPage(evidence: PageEvidence): string | null {
  const goals = evidence.sections.reduce((sum, s) => sum + goalCount(s), 0)
  if (evidence.sections.length === 0 || (!evidence.teamHeadings && goals === 0)) {
    return 'This is not a quarterly goals page: it has no team sections (== Team ==) and no goals.'
  }
  if (evidence.quarterHeading) return null
  if (evidence.lines.some((line) => SIGNATURE.test(line))) {
    return 'This is a talk page, not a quarterly goals page: it has signed comments and no quarter heading.'
  }
  const tasks = evidence.sections.some((s) => allGoals(s).some((g) => g.tasks.length > 0))
  // A section pasted without its page's heading is a goals page when the caller says which quarter.
  if (!evidence.sawStatus && !tasks && !evidence.quarterTitle) {
    return 'This is not a quarterly goals page: it has no quarter heading and no goal with a status or task link.'
  }
  return null
}

function allGoals(section: RawSection) {
  return [...section.loose, ...section.groups.flatMap((g) => g.goals)]
}

function goalCount(section: RawSection): number {
  return section.loose.length + section.groups.reduce((sum, g) => sum + g.goals.length, 0)
}
