/**
 * Reading a quarterly goals page back into a plan: Quarterdeck's own output
 * exactly, and the hand-written pages of the same family. Whatever cannot be
 * placed exactly is kept (as goal text or a note) and listed in the report.
 * The plan handed over always passes validatePlanDocument.
 */
import { summariseProblems, validatePlanDocument } from '../../document'
import { newId as defaultNewId } from '../../ids'
import type { Plan, PlanDocument, TemplateProfile } from '../../model'
import { createPlan } from '../../plan'
import { MEDIAWIKI_PROFILE, PLAIN_PROFILE } from '../../profiles'
import { fiscalQuarterOf, yearOfQuarterMonth } from '../../quarter'
import { decodeText } from '../syntax/escape'
import { findTitlePattern, readTitle } from './importHeader'
import { notAGoalsPage } from './importPageKind'
import { readPreamble } from './importPreamble'
import { buildDocument } from './buildDocument'
import { HEADING, isTeamHeading } from './importLines'
import { readSection, type ReadContext } from './importSection'
import type { SectionOut } from './importTypes'
import { giveTailsToEnclosingTeams } from './importTails'
import { readProfileComment } from './importProfile'
import { StatusReader, TaskReader } from '../syntax/markup'

/** Options of an import. */
export interface ImportOptions {
  /** Id generator; `newId` from ids.ts by default. */
  newId?: () => string
  /** Creation time of everything imported; Date.now() by default. */
  now?: number
  /** The page's title, when known: a fallback for department and quarter. */
  pageTitle?: string
  /**
   * Told how far reading has come (0 to 1) as it goes; reading a huge page
   * in a worker shows it (src/renderer/features/exchange/readFile.worker.ts).
   */
  onProgress?(fraction: number): void
}

/** Something the importer could not place exactly, with where it was. */
export interface ImportEntry {
  /** 1-based line of the page. */
  line: number
  text: string
  reason: string
}

/** What an import found. */
export interface ImportReport {
  teams: number
  groups: number
  goals: number
  statusUpdates: number
  entries: ImportEntry[]
}

/** The result of an import: a whole plan, or one sentence saying why not. */
export type ImportOutcome =
  { ok: true; doc: PlanDocument; report: ImportReport } | { ok: false; error: string }

/** Imports a page; see the module comment. */
export function importWikitext(text: string, options: ImportOptions = {}): ImportOutcome {
  const newId = options.newId ?? defaultNewId
  const now = options.now ?? Date.now()
  if (text.trim() === '') {
    return {
      ok: false,
      error: 'The page is empty: paste or open the wikitext of a quarterly goals page.',
    }
  }
  const entries: ImportEntry[] = []
  const note = (line: number, shown: string, reason: string): void => {
    entries.push({ line, text: shown, reason })
  }

  const comment = readProfileComment(text)
  if (comment.problem) note(comment.problem.line, comment.problem.text, comment.problem.reason)
  const custom = comment.reading
  const lines = stripComments(text.replace(/\r\n?/g, '\n')).split('\n')

  // The preamble: everything before the first team heading.
  let firstHeading = lines.findIndex((line) => isTeamHeading(line.trim()))
  if (firstHeading < 0) firstHeading = lines.length
  const { facts, targets, intro, bodyStart } = readPreamble(lines, firstHeading, note)

  const fallbackFacts = facts ?? (options.pageTitle ? readTitle(options.pageTitle) : null)
  if (!facts) {
    note(
      1,
      lines[0] ?? '',
      fallbackFacts
        ? `No quarter heading found; department and quarter taken from the page title (fiscal year starting in July).`
        : 'No quarter heading or page title found; department "Department" and the current quarter used.',
    )
  }
  const fiscal = fallbackFacts?.fiscal ?? fiscalQuarterOf(yearMonth(now))
  const department = fallbackFacts?.department ?? 'Department'

  const statuses = new StatusReader(custom)
  const tasks = new TaskReader(custom)
  let sawTemplate = false
  let sawPlain = false
  const plainMarkup = new Set(Object.values(PLAIN_PROFILE.statuses))
  const ctx: ReadContext = {
    statuses,
    tasks,
    note,
    sawStatus: (match) => {
      if (match.literal !== undefined && plainMarkup.has(match.literal)) sawPlain = true
      else sawTemplate = true
    },
    // Only a quarter the page names dates a day written without a year.
    ...(fallbackFacts && { yearOf: (month: number) => yearOfQuarterMonth(fiscal, month) }),
    ...(options.onProgress && {
      reached: (line: number) => options.onProgress?.(line / lines.length),
    }),
  }

  // Sections: a preamble of goals before any heading, then one per heading.
  const sections: SectionOut[] = []
  if (bodyStart < firstHeading) {
    const body = readSection(lines.slice(bodyStart, firstHeading), bodyStart + 1, ctx)
    sections.push({ name: 'Goals', depth: 0, line: bodyStart + 1, body })
    note(
      bodyStart + 1,
      lines[bodyStart] ?? '',
      'Goals before any team heading; kept in a team named "Goals".',
    )
  }
  const depthStack: number[] = []
  for (let i = firstHeading; i < lines.length;) {
    const match = HEADING.exec((lines[i] as string).trim())
    let end = i + 1
    // A Status heading stays inside its team's section: it opens the Status block.
    while (end < lines.length && !isTeamHeading((lines[end] as string).trim())) end++
    const level = (match?.[1] ?? '==').length
    while (depthStack.length > 0 && (depthStack[depthStack.length - 1] as number) >= level)
      depthStack.pop()
    const depth = depthStack.length
    depthStack.push(level)
    const body = readSection(lines.slice(i + 1, end), i + 2, ctx)
    sections.push({ name: decodeText(match?.[2] ?? ''), depth, line: i + 1, body })
    i = end
  }

  giveTailsToEnclosingTeams(sections, note)

  const notGoals = notAGoalsPage({
    quarterHeading: facts !== null,
    quarterTitle: fallbackFacts !== null,
    sawStatus: sawTemplate || sawPlain,
    teamHeadings: firstHeading < lines.length,
    sections: sections.map((s) => s.body),
    lines,
  })
  if (notGoals !== null) return { ok: false, error: notGoals }

  const titlePattern = findTitlePattern(department, fiscal, options.pageTitle, targets)
  if (titlePattern === null) {
    note(
      1,
      targets.join(' · '),
      'The page title does not follow a known pattern; the default title pattern is used.',
    )
  }
  // A comment that breaks a profile rule still helped read the page, but is not kept.
  const profile: TemplateProfile =
    comment.kept ??
    (custom === null && sawPlain && !sawTemplate ? PLAIN_PROFILE : MEDIAWIKI_PROFILE)
  const usedTable = sections.some((s) => s.body.usedTable)
  const usedList = sections.some((s) => s.body.usedList)

  const plan: Plan = {
    ...createPlan(
      {
        department,
        fiscalYear: fiscal.fiscalYear,
        quarter: fiscal.quarter,
        fiscalYearStartMonth: fiscal.startMonth,
      },
      newId(),
      now,
    ),
    department,
    intro: intro.join('\n'),
    layout: usedTable || !usedList ? 'table' : 'list',
    profile,
  }
  if (titlePattern !== null) plan.titlePattern = titlePattern

  const doc = buildDocument(plan, sections, newId, now)
  // The reading above gives every field a valid value; this check keeps the
  // promise that whatever the importer hands over can be stored and backed up,
  // even for a page no one foresaw.
  const checked = validatePlanDocument(doc)
  if (!checked.ok) {
    return {
      ok: false,
      error: `This page reads into a plan Quarterdeck cannot store (${summariseProblems(checked.problems)}); nothing was imported.`,
    }
  }
  entries.sort((a, b) => a.line - b.line)
  return {
    ok: true,
    doc,
    report: {
      teams: doc.teams.length,
      groups: doc.groups.length,
      goals: doc.goals.length,
      statusUpdates: doc.updates.length,
      entries,
    },
  }
}

function yearMonth(time: number): { year: number; month: number } {
  const date = new Date(time)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }
}

// Keeps line numbers: a comment is replaced by the line breaks it spanned.
function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ''))
}
