/**
 * The plain-record shape of the example quarter's data: what the reference
 * page shows, without ids, ranks or timestamps (the builder adds those).
 */
import type { StatusId } from '../statuses'

/** A goal as the page writes it; no status on the page means 'todo'. */
export interface ExampleGoalRecord {
  text: string
  status?: StatusId
  tasks?: string[]
  note?: string
  /** The page marks it "(stretch)"; the export writes that marker from this flag. */
  stretch?: boolean
}

/** A priority heading with its optional description line and its goals. */
export interface ExampleGroupRecord {
  title: string
  description?: string
  goals: ExampleGoalRecord[]
}

/** An item of an inline update: each item is followed by its status. */
export interface ExampleInlineItem {
  text: string
  status: StatusId | null
  note?: string
}

/** A dated status update, either inline items or items grouped under statuses. */
export type ExampleUpdateRecord =
  | { date: string; summary?: string; items: ExampleInlineItem[] }
  | { date: string; summary?: string; sections: { status: StatusId; items: string[] }[] }

/** A team (or sub-team, naming its parent) section of the page. */
export interface ExampleTeamRecord {
  name: string
  /** "Team Manager" unless given. */
  managerLabel?: string
  managers: string[]
  parent?: string
  dependencies?: string
  groups: ExampleGroupRecord[]
  updates?: ExampleUpdateRecord[]
}
