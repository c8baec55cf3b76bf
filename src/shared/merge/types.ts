/**
 * The merge engine's public types. `mergePlans({ base, local, remote })`
 * merges two copies of one quarter (`PlanDocument`, the document of
 * src/shared/model.ts that backups, imports and the store all use): this
 * machine's (`local`) and another's (`remote`: a pulled wiki page or a
 * colleague's backup), against the copy both started from (`base`), or
 * without one (`base: null`, two ways: every difference is a choice).
 * `applyMergeDecisions(result, decisions)` then gives the document with
 * the person's choices; `result.merged` is that document with every
 * conflict decided for the local side.
 */
import type { PlanDocument } from '../model'

/** The tables merged row by row (the plan itself is merged field by field). */
export type MergeTable = 'plan' | 'teams' | 'groups' | 'goals' | 'updates'

/**
 * Why a conflict needs a person:
 * - `changed-both`: a field changed differently on the two sides (or, without
 *   a base, simply differs);
 * - `deleted-changed`: a row deleted on one side and changed on the other;
 * - `one-side-only`: without a base, a row only one side has (added there, or
 *   deleted on the other side: nobody can tell).
 */
export type MergeConflictKind = 'changed-both' | 'deleted-changed' | 'one-side-only'

/** One side's value in a conflict, as stored and as a person reads it. */
export interface MergeSideValue {
  /** False when the row is not there on this side (deleted, or never added). */
  exists: boolean
  /** The stored value (in merged ids for references); undefined when the row does not exist. */
  value: unknown
  /** The value for a person: "In progress", "Search › Improve ranking", "(deleted)". */
  text: string
}

/** A difference the merge cannot decide alone. */
export interface MergeConflict {
  /** Stable within one result: `goals:<id>:status`, `teams:<id>:presence`, `plan::intro`. */
  id: string
  kind: MergeConflictKind
  table: MergeTable
  /** The row's id in the merged document ('' for the plan). */
  rowId: string
  /** The field that differs (`text`, `status`, `placement`, ...); null when the row's presence differs. */
  field: string | null
  /** The field's name for a person ("Status", "Team and group"); "Whole goal" for presence. */
  fieldLabel: string
  /** What the row is for a person: the goal's text, the team's name, "Status update of 2019-10-28". */
  what: string
  /** The team the row belongs to (its name), or null for the plan and top-level things. */
  team: string | null
  /** The base's value; null when no base is known (two-way merge). */
  base: MergeSideValue | null
  local: MergeSideValue
  remote: MergeSideValue
}

/** What the merge did without asking. */
export interface MergeSummary {
  /** Changes made only on the remote side, applied (fields, and rows added or deleted there). */
  remoteChanges: number
  /** Changes made only locally, kept. */
  localChanges: number
  /** Goals added on each side and kept in the merge. */
  goalsAdded: { local: number; remote: number }
  /** Goals deleted on each side (unchanged on the other) and so gone from the merge. */
  goalsDeleted: { local: number; remote: number }
  /** Conflicts left for a person. */
  conflicts: number
}

/** A person's choice for one conflict. */
export type MergeChoice = 'local' | 'remote'

/** Choices by conflict id; a conflict without one keeps the local side. */
export type MergeDecisions = Readonly<Record<string, MergeChoice>>

/** The outcome of mergePlans. */
export interface MergeResult {
  /** The merge with every conflict decided for the local side. */
  merged: PlanDocument
  conflicts: MergeConflict[]
  summary: MergeSummary
  /** Everything applyMergeDecisions needs; plain data, opaque to callers. */
  draft: MergeDraft
}

/** Options of mergePlans. */
export interface MergeOptions {
  /** Time of status changes the merge records; Date.now() by default. */
  now?: number
  /** Id generator for rows the merge creates; `newId` from ids.ts by default. */
  newId?: () => string
  /**
   * Hears how far the merge has come, from 0 to 1, often (once per goal
   * merged): a big quarter takes seconds, and the person sees a progress bar.
   */
  onProgress?: (fraction: number) => void
}

/** A merged row and its alternatives (see build.ts). */
export interface DraftRow<R> {
  id: string
  /** The row with every conflict decided locally; null when it is then absent. */
  local: R | null
  /** For a presence conflict: the row when decided for the remote side (null: absent). */
  remote?: R | null
  presenceConflict?: string
  /** The row kept when something kept refers to it, whatever was decided (a goal's team, say). */
  restore: R
  /** Field conflicts: the value each takes when decided for the remote side. */
  fieldConflicts: Array<{ conflict: string; field: string; remote: unknown }>
  /** Whether the row's rank is in the local document's rank space (else it is placed, see build.ts). */
  ownRank: boolean
  /** Goals: whether local and remote share history ids (copies of one backup). */
  sameIds: boolean
  /** Ids of the row on each side, for history and rank placement. */
  localId: string | null
  remoteId: string | null
}

/** The merge before decisions: plain data. */
export interface MergeDraft {
  planId: string
  plan: DraftRow<PlanDocument['plan']>
  teams: DraftRow<PlanDocument['teams'][number]>[]
  groups: DraftRow<PlanDocument['groups'][number]>[]
  goals: DraftRow<PlanDocument['goals'][number]>[]
  updates: DraftRow<PlanDocument['updates'][number]>[]
  /** History of the local and remote copies (rows keep their own goal ids). */
  localHistory: PlanDocument['history']
  remoteHistory: PlanDocument['history']
  /** Merged ids of the remote rows of each table, in the remote copy's rank order. */
  remoteOrder: Record<'teams' | 'groups' | 'goals' | 'updates', string[]>
  now: number
  /** Ids the build may use for new history rows, reserved at merge time so applying decisions is pure. */
  spareIds: string[]
}
