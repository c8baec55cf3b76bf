/**
 * What kind of line a page line is, judged by the line alone: the first step
 * of reading a page, shared by the page reader (which splits it into team
 * sections) and the section reader.
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

/** A line of a team section, by what it looks like on its own. */
export type SectionLine =
  | { kind: 'table' }
  | { kind: 'dependencies'; label: string; text: string }
  | { kind: 'status' }
  | { kind: 'bullet'; marks: string; continuation: boolean; content: string }
  | { kind: 'indent'; content: string }
  | { kind: 'term'; content: string }
  | { kind: 'bold'; content: string }
  | { kind: 'plain'; text: string }

const DEPENDENCIES = /^(?:'''|'')?\s*(dependenc(?:y|ies)\b[^:]*?)\s*:\s*(?:'''|'')?\s*(.*)$/i
const BULLET = /^([*#]+)(:?)\s*(.*)$/
const BOLD_LINE = /^'''(.*)'''$/

/** What a trimmed, non-empty line of a team section is. */
export function classifyLine(text: string): SectionLine {
  if (text.startsWith('{|')) return { kind: 'table' }
  const dependencies = DEPENDENCIES.exec(text)
  if (dependencies) {
    return { kind: 'dependencies', label: dependencies[1] ?? '', text: dependencies[2] ?? '' }
  }
  if (isStatusLine(text)) return { kind: 'status' }
  const bullet = BULLET.exec(text)
  if (bullet) {
    const [, marks = '', colon, content = ''] = bullet
    return { kind: 'bullet', marks, continuation: colon === ':', content }
  }
  if (text.startsWith(':')) return { kind: 'indent', content: text.replace(/^:+\s*/, '') }
  if (text.startsWith(';')) return { kind: 'term', content: text.replace(/^;\s*/, '') }
  const bold = BOLD_LINE.exec(text)
  if (bold) return { kind: 'bold', content: bold[1] ?? '' }
  return { kind: 'plain', text }
}
