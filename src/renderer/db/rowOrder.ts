/**
 * The orders rows are shown and exported in, shared by the store's reads and
 * the open quarter in memory so they can never disagree.
 */
import type { Plan } from '../../shared/model'
import { compareRanks } from '../../shared/ranks'

/** By rank, ties by id: the order of goals in a column, of teams, of groups. */
export const byRank = <T extends { rank: string; id: string }>(a: T, b: T): number =>
  compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)

/** Status changes oldest first, ties by id. */
export const byTime = <T extends { at: number; id: string }>(a: T, b: T): number =>
  a.at - b.at || compareRanks(a.id, b.id)

/**
 * Quarters newest first; quarters of the same period by creation, newest
 * first, then by id, so every order is total and memory, which places a
 * changed row by binary search, agrees with a fresh read.
 */
export const newestPlanFirst = (a: Plan, b: Plan): number =>
  b.fiscalYear - a.fiscalYear ||
  b.quarter - a.quarter ||
  b.createdAt - a.createdAt ||
  compareRanks(a.id, b.id)
