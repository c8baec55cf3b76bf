/** Merging two copies of one quarter (a pulled wiki page, a colleague's backup) with this one. */
export { mergePlans, type MergeInput } from './mergePlans'
export { applyMergeDecisions } from './build'
export { matchGoals, type MatchOptions, type MatchSide } from './matchGoals'
export type {
  MergeChoice,
  MergeConflict,
  MergeConflictKind,
  MergeDecisions,
  MergeOptions,
  MergeResult,
  MergeSideValue,
  MergeSummary,
  MergeTable,
} from './types'
