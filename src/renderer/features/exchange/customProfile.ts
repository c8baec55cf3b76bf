/**
 * Rules for a template profile the user edits: what the custom profile
 * editor checks before the profile is saved with the plan.
 */
import type { TemplateProfile } from '../../../shared/model'
import { STATUS_IDS, statusLabel } from '../../../shared/statuses'

/** Name shown for a user-edited profile. */
export const CUSTOM_PROFILE_NAME = 'Custom'

/** A custom profile starting from another profile's markup. */
export function customProfileFrom(base: TemplateProfile): TemplateProfile {
  return {
    kind: 'custom',
    name: CUSTOM_PROFILE_NAME,
    statuses: { ...base.statuses },
    task: base.task,
  }
}

/**
 * Problems with a profile, as messages for the editor; empty when it can be
 * saved. A line break would end the table cell or list item it is written
 * into, so markup must stay on one line.
 */
export function profileProblems(profile: TemplateProfile): string[] {
  const problems: string[] = []
  for (const status of STATUS_IDS) {
    const markup = profile.statuses[status]
    if (markup.trim() === '') problems.push(`${statusLabel(status)} markup cannot be empty.`)
    else if (/[\r\n]/.test(markup)) {
      problems.push(`${statusLabel(status)} markup must fit on one line.`)
    }
  }
  if (!profile.task.includes('$1')) {
    problems.push('Task link pattern must contain $1, which stands for the task id (T123).')
  } else if (/[\r\n]/.test(profile.task)) {
    problems.push('Task link pattern must fit on one line.')
  }
  return problems
}
