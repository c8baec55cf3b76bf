/**
 * Headings and the Status block's title, as both sides see them: the
 * importer splits a page into team sections at headings other than a Status
 * title, so the exporter must never write a team heading that reads as one.
 */

/** A `== Heading ==` line: its marks and its title. */
export const HEADING = /^(={1,6})\s*(.*?)\s*\1\s*$/

// "Status", "Status:", "Status updates": the title of a team's Status block.
const STATUS_TITLE = /^(?:'''|'')?\s*status(?:\s+updates?)?\s*:?\s*(?:'''|'')?\s*:?$/i

/**
 * The line that opens a team's Status block: `'''Status'''`, `; Status`, or a
 * heading such as `=== Status ===` (which is not a sub-team).
 */
export function isStatusLine(text: string): boolean {
  const heading = HEADING.exec(text)
  if (heading) return STATUS_TITLE.test(heading[2] ?? '')
  return STATUS_TITLE.test(text.replace(/^;\s*/, ''))
}

/** A heading that opens a team (or sub-team) section: any heading but a Status heading. */
export function isTeamHeading(text: string): boolean {
  return HEADING.test(text) && !isStatusLine(text)
}
