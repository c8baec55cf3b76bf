/**
 * Goal field rules shared by the editor, the repository, import and backup.
 */

const TASK_ID = /^T[1-9][0-9]*$/

/** True for a Phabricator task id such as "T223626". */
export function isTaskId(value: string): boolean {
  return TASK_ID.test(value)
}

/**
 * Parses what a user typed in the task field ("T1, T2 t3"): ids separated by
 * commas or white space. Lower-case "t" is accepted and normalised; anything
 * else is reported, naming the bad entries.
 */
export function parseTaskList(input: string): { tasks: string[] } | { error: string } {
  const entries = input
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const tasks: string[] = []
  const bad: string[] = []
  for (const entry of entries) {
    const normalised = entry.replace(/^t/, 'T')
    if (isTaskId(normalised)) {
      if (!tasks.includes(normalised)) tasks.push(normalised)
    } else bad.push(entry)
  }
  if (bad.length > 0) {
    return {
      error: `Not a Phabricator task id: ${bad.map((b) => `"${b}"`).join(', ')}. Use T followed by digits, such as T223626.`,
    }
  }
  return { tasks }
}

/** Problem with a goal's text, or null when it is acceptable. */
export function validateGoalText(text: string): string | null {
  if (text.trim() === '') return 'Goal text cannot be empty.'
  return null
}
