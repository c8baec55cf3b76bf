/**
 * The domain model of a quarterly goals page. Everything a plan holds is plain
 * data (no classes) so it can be stored in IndexedDB, sent over IPC, written to
 * a backup file and exported without conversion.
 */
import type { StatusId } from './statuses'

export type { StatusId } from './statuses'

/** Quarter of a fiscal year. */
export type QuarterNumber = 1 | 2 | 3 | 4

/** Layout of the exported wiki page. */
export type PageLayout = 'table' | 'list'

/**
 * How statuses and task ids are written on a wiki. `statuses` maps each status
 * to the wikitext written for it (e.g. `{{Done}}`); `task` is wikitext with
 * `$1` standing for the task id (e.g. `{{Phabricator|$1}}`).
 */
export interface TemplateProfile {
  /** `mediawiki` and `plain` are built in; `custom` is edited by the user and saved with the plan. */
  kind: 'mediawiki' | 'plain' | 'custom'
  name: string
  statuses: Record<StatusId, string>
  task: string
}

/** One quarter's page. */
export interface Plan {
  id: string
  /** Department name, e.g. "Wikimedia Technology". */
  department: string
  /** Calendar year in which the fiscal year starts: 2019 for FY2019–20. */
  fiscalYear: number
  quarter: QuarterNumber
  /** Month (1–12) in which the fiscal year starts; 7 (July) by default. */
  fiscalYearStartMonth: number
  /** Page title pattern; see `pageTitle` in plan.ts for the placeholders. */
  titlePattern: string
  intro: string
  layout: PageLayout
  profile: TemplateProfile
  createdAt: number
  updatedAt: number
}

/** Joining names as "A, B, C" (commas) or "A, B, and C" (oxford), rather than "A, B and C". */
export type ManagerJoin = 'commas' | 'oxford'

/** A team (or sub-team) section of the page. */
export interface Team {
  id: string
  planId: string
  name: string
  /** Label before the managers: "Team Manager", "Directors", ... */
  managerLabel: string
  managers: string[]
  /** How the page joins the managers' names; absent for "A, B and C". */
  managerJoin?: ManagerJoin
  /** Parent team for sub-teams (SRE → Traffic); null for top-level teams. */
  parentId: string | null
  /** Text after "Dependencies on:"; may be empty. */
  dependencies: string
  rank: string
  /**
   * The headers of the team's goals table when the page used a layout of its
   * own ("Goal", "Dependencies", "ETA", "Status"), in page order; the table
   * layout writes the team's goals back in it. Absent for the default layout.
   */
  columns?: string[]
}

/** A priority heading inside a team's section; goals sit under it. */
export interface PriorityGroup {
  id: string
  planId: string
  teamId: string
  title: string
  /** Optional description line under the heading. */
  description: string
  rank: string
}

/** A goal card. */
export interface Goal {
  id: string
  planId: string
  teamId: string
  /** Null when the goal sits outside any priority group. */
  groupId: string | null
  /** May contain inline wikitext on purpose. */
  text: string
  status: StatusId
  /** Phabricator task ids, "T" followed by digits. */
  tasks: string[]
  /** Text that follows the status ("this work continues from Q1"). */
  note: string
  stretch: boolean
  /** "Q1" when the goal was carried over from an earlier quarter; null otherwise. */
  carriedOverFrom: string | null
  /** Fractional rank within its status column; see ranks.ts. */
  rank: string
  /**
   * What the goal's row holds in its team's other columns (Dependencies,
   * ETA, ...; see Team.columns), by column header. Absent when there are none.
   */
  columns?: Record<string, string>
  createdAt: number
  updatedAt: number
}

/** One entry of a goal's status history. */
export interface StatusChange {
  id: string
  planId: string
  goalId: string
  /** Null for the goal's creation. */
  from: StatusId | null
  to: StatusId
  at: number
}

/** One item of a dated status update. */
export interface StatusUpdateItem {
  text: string
  /** Null for free items without a status. */
  status: StatusId | null
  note: string
}

/** A team's dated status update ("October 28, 2019 status: ..."). */
export interface StatusUpdate {
  id: string
  planId: string
  teamId: string
  /** ISO date, yyyy-mm-dd; empty (UNDATED in dates.ts) when the page gave the update no date. */
  date: string
  /** Free text after "status:" on the heading line; usually empty. */
  summary: string
  /** True: items listed under status headings; false: each item followed by its status. */
  grouped: boolean
  items: StatusUpdateItem[]
  rank: string
}

/** A plan with everything in it: the unit of export, import and backup. */
export interface PlanDocument {
  plan: Plan
  teams: Team[]
  groups: PriorityGroup[]
  goals: Goal[]
  history: StatusChange[]
  updates: StatusUpdate[]
}
