/**
 * Task links under a template profile. The profiles themselves and their
 * rules live in ../profiles.ts (they are part of the plan, not of the wiki
 * code); they are re-exported here for callers that still import them from
 * the wiki package.
 */
import type { TemplateProfile } from '../../model'

export { BUILT_IN_PROFILES, MEDIAWIKI_PROFILE, PLAIN_PROFILE } from '../../profiles'

/** Wikitext of a task link under a profile. */
export function taskMarkup(profile: TemplateProfile, taskId: string): string {
  return profile.task.split('$1').join(taskId)
}
