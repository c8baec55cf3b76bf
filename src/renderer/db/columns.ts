/**
 * Reading a status column in rank order through the [planId+status+rank]
 * index: a move or an append touches a couple of index entries, never the
 * whole column.
 */
import { Dexie } from 'dexie'
import type { Goal, StatusId } from '../../shared/model'
import type { QuarterdeckDatabase } from './database'

const INDEX = '[planId+status+rank]'

/** The last goal of a column, skipping `excludeId` (the goal being moved). */
export function lastInColumn(
  db: QuarterdeckDatabase,
  planId: string,
  status: StatusId,
  excludeId?: string,
): Promise<Goal | undefined> {
  return db.goals
    .where(INDEX)
    .between([planId, status, Dexie.minKey], [planId, status, Dexie.maxKey], true, true)
    .reverse()
    .filter((goal) => goal.id !== excludeId)
    .first()
}

/**
 * The goal directly before rank `rank` in a column (ranks strictly smaller),
 * skipping `excludeId`; undefined when `rank` starts the column.
 */
export function lastBeforeRank(
  db: QuarterdeckDatabase,
  planId: string,
  status: StatusId,
  rank: string,
  excludeId?: string,
): Promise<Goal | undefined> {
  return db.goals
    .where(INDEX)
    .between([planId, status, Dexie.minKey], [planId, status, rank], true, false)
    .reverse()
    .filter((goal) => goal.id !== excludeId)
    .first()
}
