/**
 * Which goals show in which status column of the board, in the order given.
 * Pure: the board renders from it, and the store makes it ahead for a long
 * quarter a slice at a time (a columns builder fed in turns), so both make
 * the very same columns by the same code.
 */
import type { Goal } from './model'
import { STATUS_IDS, type StatusId } from './statuses'

/** Goal ids shown in each column, in board order. */
export type ColumnItems = Record<StatusId, string[]>

/** A column for every status, each empty. */
export function emptyColumns<T>(): Record<StatusId, T[]> {
  const columns = {} as Record<StatusId, T[]>
  for (const status of STATUS_IDS) columns[status] = []
  return columns
}

/** Columns made from goals given a slice at a time, in order. */
export interface ColumnsBuilder<T> {
  /** Adds `goals[start]` up to (not including) `goals[end]`: by default all of them. */
  add(goals: readonly Goal[], start?: number, end?: number): void
  /** The columns of every goal added so far. */
  result(): Record<StatusId, T[]>
}

/** A builder whose columns hold what `entry` makes of each goal added. */
export function columnsBuilder<T>(entry: (goal: Goal) => T): ColumnsBuilder<T> {
  const columns = emptyColumns<T>()
  return {
    add(goals, start = 0, end = goals.length) {
      for (let index = start; index < end; index++) {
        const goal = goals[index] as Goal
        columns[goal.status].push(entry(goal))
      }
    },
    result: () => columns,
  }
}

const itself = (goal: Goal): Goal => goal
const idOf = (goal: Goal): string => goal.id

/** A builder of the ids in each column. */
export const columnIdsBuilder = (): ColumnsBuilder<string> => columnsBuilder(idOf)

/** Goals per status in the order given (the store sorts by rank; filters apply before). */
export function groupGoals(goals: readonly Goal[]): Record<StatusId, Goal[]> {
  const columns = columnsBuilder(itself)
  columns.add(goals)
  return columns.result()
}

/** The ids of `goals` in each column, in the order given. */
export function goalColumnItems(goals: readonly Goal[]): ColumnItems {
  const columns = columnIdsBuilder()
  columns.add(goals)
  return columns.result()
}

/** Ids per column of grouped goals. */
export function columnItems(grouped: Record<StatusId, Goal[]>): ColumnItems {
  const items = emptyColumns<string>()
  for (const status of STATUS_IDS) items[status] = grouped[status].map(idOf)
  return items
}
