/**
 * Where a task id (T123) points: its page on Wikimedia's Phabricator. The
 * desktop app opens only these addresses in the system browser, and builds
 * them itself from the id, so a page can never hand main another address.
 */

const TASK_ID = /^T[1-9][0-9]*$/

/** The Phabricator the department's tasks live on. */
export const PHABRICATOR_ORIGIN = 'https://phabricator.wikimedia.org'

/** True for a task id as goals store it: "T" and digits, no leading zero. */
export function isTaskId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 16 && TASK_ID.test(value)
}

/** The address of a task's page, e.g. https://phabricator.wikimedia.org/T123. */
export function taskUrl(taskId: string): string {
  if (!isTaskId(taskId)) throw new Error(`"${taskId}" is not a task id (T followed by digits).`)
  return `${PHABRICATOR_ORIGIN}/${taskId}`
}
