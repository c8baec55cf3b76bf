/**
 * Template profiles: how a wiki writes statuses and task links, and the rules
 * every profile follows. The default follows mediawiki.org's templates; the
 * plain profile suits wikis without them. The exporter and importer live in
 * wiki/; a profile is part of the plan, so it lives here with the model.
 */
import type { StatusId, TemplateProfile } from './model'
import { STATUS_IDS, statusLabel } from './statuses'

/** mediawiki.org's templates, as the reference page uses them. */
export const MEDIAWIKI_PROFILE: TemplateProfile = {
  kind: 'mediawiki',
  name: 'MediaWiki.org templates',
  statuses: {
    todo: '{{To do}}',
    'in-progress': '{{In progress}}',
    done: '{{Done}}',
    blocked: '{{Not done|Blocked}}',
    postponed: '{{Postponed}}',
    'partially-done': '{{Incomplete|Partially done}}',
  },
  task: '{{Phabricator|$1}}',
}

/** Plain text statuses and interwiki task links, for wikis without the templates. */
export const PLAIN_PROFILE: TemplateProfile = {
  kind: 'plain',
  name: 'Plain links and text',
  statuses: {
    todo: "'''To do'''",
    'in-progress': "'''In progress'''",
    done: "'''Done'''",
    blocked: "'''Blocked'''",
    postponed: "'''Postponed'''",
    'partially-done': "'''Partially done'''",
  },
  task: '[[phab:$1|$1]]',
}

/** The built-in profiles, default first. */
export const BUILT_IN_PROFILES: readonly TemplateProfile[] = [MEDIAWIKI_PROFILE, PLAIN_PROFILE]

const PROFILE_KINDS: ReadonlyArray<TemplateProfile['kind']> = ['mediawiki', 'plain', 'custom']

/** A broken profile rule: where (`['statuses', 'done']`, `['task']`) and what, for a person. */
export interface ProfileProblem {
  path: ReadonlyArray<string>
  message: string
}

/** Result of checking a profile: a clean copy, or every problem found. */
export type ProfileCheck =
  { ok: true; profile: TemplateProfile } | { ok: false; problems: string[] }

// Markup is written inside a table cell or a list item; a line break ends either.
const LINE_BREAK = /[\r\n]/

function markupProblems(markups: Record<string, unknown>): ProfileProblem[] {
  const problems: ProfileProblem[] = []
  const missing = STATUS_IDS.filter((status) => typeof markups[status] !== 'string')
  if (missing.length > 0) {
    const labels = missing.map(statusLabel).join(', ')
    problems.push({
      path: ['statuses'],
      message: `The template profile has no markup for: ${labels}.`,
    })
  }
  // Two statuses written alike could not be told apart when the page is read back.
  const owners = new Map<string, StatusId>()
  for (const status of STATUS_IDS) {
    const markup = markups[status]
    if (typeof markup !== 'string') continue
    const path = ['statuses', status]
    const label = statusLabel(status)
    if (markup.trim() === '') problems.push({ path, message: `${label} markup cannot be empty.` })
    else if (LINE_BREAK.test(markup)) {
      problems.push({ path, message: `${label} markup must fit on one line.` })
    } else {
      const owner = owners.get(markup.trim())
      if (owner === undefined) owners.set(markup.trim(), status)
      else {
        problems.push({
          path,
          message: `${label} markup "${markup.trim()}" is the same as ${statusLabel(owner)}'s; each status needs its own markup.`,
        })
      }
    }
  }
  return problems
}

function taskProblem(task: unknown): string | null {
  if (typeof task !== 'string') return 'The template profile has no task link pattern.'
  if (!task.includes('$1')) {
    return 'Task link pattern must contain $1, which stands for the task id (T123).'
  }
  if (LINE_BREAK.test(task)) return 'Task link pattern must fit on one line.'
  return null
}

/**
 * Every rule a template profile breaks, with the field it concerns: known
 * kind, a name, one non-empty single-line markup per status, no markup
 * shared by two statuses, and a single-line task pattern holding `$1`.
 * Accepts any value, so untrusted input (files, pages, IPC) can be checked.
 */
export function templateProfileProblems(value: unknown): ProfileProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: [], message: 'The template profile is missing.' }]
  }
  const { kind, name, statuses, task } = value as Record<string, unknown>
  const problems: ProfileProblem[] = []
  if (!PROFILE_KINDS.includes(kind as TemplateProfile['kind'])) {
    problems.push({
      path: ['kind'],
      message: `Unknown template profile kind "${String(kind)}"; use mediawiki, plain or custom.`,
    })
  }
  if (typeof name !== 'string')
    problems.push({ path: ['name'], message: 'The profile needs a name.' })
  problems.push(
    ...markupProblems(
      typeof statuses === 'object' && statuses !== null
        ? (statuses as Record<string, unknown>)
        : {},
    ),
  )
  const taskIssue = taskProblem(task)
  if (taskIssue !== null) problems.push({ path: ['task'], message: taskIssue })
  return problems
}

/**
 * Checks a template profile (see `templateProfileProblems`). On success gives
 * a copy holding only the profile's own fields, so nothing else is stored.
 */
export function checkTemplateProfile(value: unknown): ProfileCheck {
  const problems = templateProfileProblems(value)
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => p.message) }
  const profile = value as TemplateProfile
  const statuses = {} as Record<StatusId, string>
  for (const status of STATUS_IDS) statuses[status] = profile.statuses[status]
  return {
    ok: true,
    profile: { kind: profile.kind, name: profile.name, statuses, task: profile.task },
  }
}
