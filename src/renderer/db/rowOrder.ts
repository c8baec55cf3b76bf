/**
 * The orders rows are shown and exported in, shared by the live queries, the
 * startup read and whole-plan reads so they can never disagree.
 */
import type { Plan } from '../../shared/model'
import { compareRanks } from '../../shared/ranks'

/** By rank, ties by id: the order of goals in a column, of teams, of groups. */
export const byRank = <T extends { rank: string; id: string }>(a: T, b: T): number =>
  compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)

/** Quarters newest first; quarters of the same period by creation, newest first. */
export const newestPlanFirst = (a: Plan, b: Plan): number =>
  b.fiscalYear - a.fiscalYear || b.quarter - a.quarter || b.createdAt - a.createdAt
