/**
 * The comment that carries a custom template profile at the top of a page, so
 * the page reads back with the same profile: written by the exporter, found
 * by the importer.
 */
import type { TemplateProfile } from '../../model'

/** Marks the comment that carries a custom profile, so the page reads back exactly. */
export const PROFILE_COMMENT_PREFIX = '<!-- Quarterdeck template profile: '

/** The comment line holding a custom profile. */
export function profileComment(profile: TemplateProfile): string {
  const json = JSON.stringify({
    name: profile.name,
    statuses: profile.statuses,
    task: profile.task,
  })
  // `>` as \u003e keeps "-->" in a markup string from closing the comment.
  return PROFILE_COMMENT_PREFIX + json.replace(/>/g, '\\u003e').replace(/\n/g, '\\n') + ' -->'
}
