/**
 * The columns of a goals table as a page names them in its header row
 * ("Goal", "Dependencies", "ETA", "Status", "Team", in any order): which one
 * holds the goal's text, which its status and which its note. Every other
 * column is kept by its header as written. Shared by the importer, which maps
 * a page's columns, and the exporter, which writes them back in that layout.
 */

/** What a column of a goals table holds. */
export type ColumnRole = 'goal' | 'status' | 'note' | 'other'

const GOAL = /^(?:goals?|objectives?|deliverables?|key results?|outcomes?|description|what)$/i
const STATUS = /^(?:status|state|progress)$/i
const NOTE = /^(?:notes?|comments?|remarks?)$/i

/** The role of a column from its header label (plain text, without bold or links). */
export function columnRole(label: string): ColumnRole {
  const plain = label.replace(/'''?/g, '').replace(/[:.]$/, '').trim()
  if (GOAL.test(plain)) return 'goal'
  if (STATUS.test(plain)) return 'status'
  if (NOTE.test(plain)) return 'note'
  return 'other'
}

/**
 * Whether header labels make a layout of their own: a goal column, and
 * something beyond the Goal / Status / Notes columns Quarterdeck writes by default.
 */
export function isOwnLayout(labels: readonly string[]): boolean {
  if (labels.length < 2) return false
  const roles = labels.map(columnRole)
  // Other columns are kept by their header, so each header must be its own.
  if (new Set(labels.map((l) => l.trim())).size !== labels.length) return false
  if (roles.filter((r) => r === 'goal').length !== 1) return false
  if (roles.filter((r) => r === 'status').length > 1) return false
  if (roles.filter((r) => r === 'note').length > 1) return false
  const plain = ['goal', 'status', 'note']
  return !(roles.length === 3 && roles.every((r, i) => r === plain[i]))
}

const TASK_LINK =
  /\{\{\s*(?:phabricator|phab)\s*\|\s*[tT]([1-9][0-9]*)\s*\}\}|\[\[\s*phab:[tT]([1-9][0-9]*)(?:\|[^\]|]*)?\]\]|\bT([1-9][0-9]{2,})\b/gi

/**
 * Task ids a cell's wikitext names, in page order: task links and bare ids
 * ("T223626"). Any column of a goal's row may hold the goal's tasks.
 */
export function taskIdsIn(wikitext: string): string[] {
  const ids: string[] = []
  for (const match of wikitext.matchAll(TASK_LINK)) {
    const id = `T${match[1] ?? match[2] ?? match[3]}`
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}
