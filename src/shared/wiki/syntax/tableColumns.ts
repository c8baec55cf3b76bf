/**
 * The columns of a goals table as a page names them in its header row
 * ("Goal", "Dependencies", "ETA", "Status", "Team", in any order): which one
 * holds the goal's text, which its status and which its note. Every other
 * column is kept by its header as written. Shared by the importer, which maps
 * a page's columns, and the exporter, which writes them back in that layout.
 */
import type { TaskReader } from './markup'

/** What a column of a goals table holds. */
export type ColumnRole = 'goal' | 'status' | 'note' | 'other'

const GOAL = /^(?:goals?|objectives?|deliverables?|key results?|outcomes?|description|what)$/i
// Names that hold the goal only in a table with no column named as above ("Task", "Project").
const GOAL_WHEN_ALONE = /^(?:tasks?|projects?|items?|work|initiatives?)$/i
const STATUS = /^(?:status|state|progress)$/i
const NOTE = /^(?:notes?|comments?|remarks?)$/i

function plain(label: string): string {
  return label.replace(/'''?/g, '').replace(/[:.]$/, '').trim()
}

/** The role of each column, from the header labels (plain text, without bold or links). */
export function columnRoles(labels: readonly string[]): ColumnRole[] {
  const names = labels.map(plain)
  const strongGoal = names.some((name) => GOAL.test(name))
  return names.map((name) => {
    if (GOAL.test(name) || (!strongGoal && GOAL_WHEN_ALONE.test(name))) return 'goal'
    if (STATUS.test(name)) return 'status'
    if (NOTE.test(name)) return 'note'
    return 'other'
  })
}

/** Whether header labels can map a table: one goal column, at most one status and one note column. */
export function isMappable(labels: readonly string[]): boolean {
  const roles = columnRoles(labels)
  const count = (role: ColumnRole): number => roles.filter((r) => r === role).length
  return count('goal') === 1 && count('status') <= 1 && count('note') <= 1
}

/**
 * Whether header labels make a layout of their own: mappable, with headers
 * that differ, and other than the Goal / Status / Notes columns Quarterdeck
 * writes by default.
 */
export function isOwnLayout(labels: readonly string[]): boolean {
  if (labels.length < 2 || !isMappable(labels)) return false
  // Other columns are kept by their header, so each header must be its own.
  if (new Set(labels.map((l) => l.trim())).size !== labels.length) return false
  const roles = columnRoles(labels)
  const standard = ['goal', 'status', 'note']
  return !(roles.length === 3 && roles.every((r, i) => r === standard[i]))
}

const TASK_LINK =
  /\{\{\s*(?:phabricator|phab)\s*\|\s*[tT]([1-9][0-9]*)\s*\}\}|\[\[\s*phab:[tT]([1-9][0-9]*)(?:\|[^\]|]*)?\]\]|\bT([1-9][0-9]{2,})\b/gi

/**
 * Task ids a cell's wikitext names, in page order: task links (the page
 * profile's own form too, when `tasks` reads it) and bare ids ("T223626").
 * Any column of a goal's row may hold the goal's tasks.
 */
export function taskIdsIn(wikitext: string, tasks?: TaskReader): string[] {
  const found: Array<{ at: number; id: string }> = []
  for (const match of wikitext.matchAll(TASK_LINK))
    found.push({ at: match.index, id: `T${match[1] ?? match[2] ?? match[3]}` })
  if (tasks) found.push(...tasks.links(wikitext))
  found.sort((a, b) => a.at - b.at)
  const ids: string[] = []
  for (const { id } of found) if (!ids.includes(id)) ids.push(id)
  return ids
}
