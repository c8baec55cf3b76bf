/**
 * The template profile comment Quarterdeck writes at the top of a page that
 * uses a custom profile. Reading it lets the importer read the page's own
 * markers; keeping it with the plan requires that it follows the profile
 * rules, or the plan could not be stored, backed up or exported.
 */
import type { TemplateProfile } from '../../model'
import { checkTemplateProfile } from '../../profiles'
import { STATUS_IDS } from '../../statuses'
import { PROFILE_COMMENT_PREFIX } from '../syntax/profileComment'

/** What the profile comment of a page gives. */
export interface ProfileComment {
  /** Markup to read the page with; null when there is no readable comment. */
  reading: TemplateProfile | null
  /** The profile to keep with the plan; null when the comment is missing or breaks a rule. */
  kept: TemplateProfile | null
  /** Why the comment is not kept, for the import report (with its 1-based line); null when kept or absent. */
  problem: { line: number; text: string; reason: string } | null
}

const NONE: ProfileComment = { reading: null, kept: null, problem: null }

// The comment's markup as written, or null when it is not a full profile.
function parseComment(json: string): TemplateProfile | null {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const { name, statuses, task } = data as Record<string, unknown>
  if (typeof name !== 'string' || typeof task !== 'string') return null
  if (typeof statuses !== 'object' || statuses === null) return null
  const record = statuses as Record<string, unknown>
  const result = {} as TemplateProfile['statuses']
  for (const status of STATUS_IDS) {
    const markup = record[status]
    if (typeof markup !== 'string') return null
    result[status] = markup
  }
  return { kind: 'custom', name, statuses: result, task }
}

/** Reads the page's profile comment; see ProfileComment. */
export function readProfileComment(text: string): ProfileComment {
  const at = text.indexOf(PROFILE_COMMENT_PREFIX)
  if (at < 0) return NONE
  const line = text.slice(0, at).split('\n').length
  const end = text.indexOf(' -->', at)
  const shown = text.slice(at, end < 0 ? undefined : end + 4).split('\n')[0] ?? ''
  const profile = end < 0 ? null : parseComment(text.slice(at + PROFILE_COMMENT_PREFIX.length, end))
  if (profile === null) {
    return {
      ...NONE,
      problem: {
        line,
        text: shown,
        reason:
          'Template profile comment could not be read; the profile is chosen from the markup the page uses.',
      },
    }
  }
  const checked = checkTemplateProfile(profile)
  if (checked.ok) return { reading: profile, kept: checked.profile, problem: null }
  const why = checked.problems.join(' ').replace(/\.$/, '')
  return {
    reading: profile,
    kept: null,
    problem: {
      line,
      text: shown,
      reason: `Template profile comment not kept (${why}); the default profile is used.`,
    },
  }
}
