/**
 * Template profiles: how a wiki writes statuses and task links. The default
 * follows mediawiki.org's templates; the plain profile suits wikis without
 * them.
 */
import type { TemplateProfile } from '../model'

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

/** Wikitext of a task link under a profile. */
export function taskMarkup(profile: TemplateProfile, taskId: string): string {
  return profile.task.split('$1').join(taskId)
}
