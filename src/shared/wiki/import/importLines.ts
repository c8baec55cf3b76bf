/**
 * What kind of line a page line is, judged by the line alone: the first step
 * of reading a page, shared by the page reader (which splits it into team
 * sections) and the section reader.
 */

export { HEADING, isStatusLine, isTeamHeading } from '../syntax/headings'
import { isStatusLine } from '../syntax/headings'

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
