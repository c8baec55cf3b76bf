/**
 * What the section reader produces and needs: goals, groups, updates and
 * sections as read (before ids and ranks), and the shared state of an import.
 */
import type { Goal, ManagerJoin, StatusUpdateItem } from '../../model'
import type { StatusMatch, StatusReader, TaskReader } from '../syntax/markup'

/** A goal as read (with the line it came from), before ids and ranks. */
export type RawGoal = Pick<
  Goal,
  'text' | 'status' | 'tasks' | 'note' | 'stretch' | 'carriedOverFrom'
> & {
  line: number
  /** Values of the team table's other columns, by header; see Goal.columns. */
  columns?: Record<string, string>
}

/** A priority group as read. */
export interface RawGroup {
  line: number
  title: string
  description: string
  goals: RawGoal[]
}

/** A status update as read. */
export interface RawUpdate {
  line: number
  date: string
  summary: string
  grouped: boolean
  items: StatusUpdateItem[]
}

/** A team section as read. */
export interface RawSection {
  managerLabel: string
  managers: string[]
  managerJoin?: ManagerJoin
  dependencies: string
  /** The line of the section's own "Dependencies on:", if it has one. */
  dependenciesLine: number | null
  loose: RawGoal[]
  groups: RawGroup[]
  updates: RawUpdate[]
  /** Headers of the team's goals table when it has a layout of its own; see Team.columns. */
  columns?: string[]
  usedTable: boolean
  usedList: boolean
  /**
   * What a sub-team's section holds after a second "Dependencies on:" line: the
   * enclosing teams' own lines, written after their last sub-team as on the
   * reference page; the first tail is the parent's, the next the grandparent's.
   */
  tails: RawTail[]
}

/** An enclosing team's "Dependencies on:" line and Status block, read after its sub-teams. */
export interface RawTail {
  line: number
  dependencies: string
  updates: RawUpdate[]
}

/** Shared state of one import: readers, the report and what was seen. */
export interface ReadContext {
  statuses: StatusReader
  tasks: TaskReader
  note(line: number, text: string, reason: string): void
  /** Called for every status read, so the importer can tell which profile the page uses. */
  sawStatus(match: StatusMatch): void
  /**
   * The year of a month (1–12) when it is one of the quarter's months, for a
   * status date written without a year; absent when the page does not name its quarter.
   */
  yearOf?(month: number): number | null
  /** Called as reading reaches each line (1-based) of the page, for a progress bar. */
  reached?(line: number): void
}

/** A team section as read, with its heading. */
export interface SectionOut {
  name: string
  depth: number
  line: number
  body: RawSection
}
