/**
 * Whole plans in and out of the store: the unit of backup, import and the
 * example quarter. Every operation is one transaction over all tables, so a
 * plan is saved whole or not at all.
 */
import { newId } from '../../shared/ids'
import type { Plan, PlanDocument } from '../../shared/model'
import { compareRanks, isRank } from '../../shared/ranks'
import { byRank } from './rowOrder'
import { isStatusId, statusOrder } from '../../shared/statuses'
import { now } from './clock'
import { readyDb, type QuarterdeckDatabase } from './database'
import { ValidationError } from './errors'
import { requirePlan } from './goalRules'

/**
 * Everything in a plan. Teams, groups and updates come in rank order, goals
 * in board order (status column, then rank), history oldest first.
 */
export async function readPlanDocument(planId: string): Promise<PlanDocument> {
  const db = await readyDb()
  return db.transaction('r', db.allTables(), async () => {
    const plan = await requirePlan(db, planId)
    const [teams, groups, goals, history, updates] = await Promise.all([
      db.teams.where('planId').equals(planId).toArray(),
      db.groups.where('planId').equals(planId).toArray(),
      db.goals.where('planId').equals(planId).toArray(),
      db.history.where('planId').equals(planId).toArray(),
      db.updates.where('planId').equals(planId).toArray(),
    ])
    return {
      plan,
      teams: teams.sort(byRank),
      groups: groups.sort(byRank),
      goals: goals.sort((a, b) => statusOrder(a.status) - statusOrder(b.status) || byRank(a, b)),
      history: history.sort((a, b) => a.at - b.at || compareRanks(a.id, b.id)),
      updates: updates.sort(byRank),
    }
  })
}

/** Which of these plan ids are already stored: for asking "replace?" before saving. */
export async function planIdsThatExist(ids: string[]): Promise<string[]> {
  const db = await readyDb()
  const found = await db.plans.bulkGet(ids)
  return ids.filter((_id, index) => found[index] !== undefined)
}

// Rows that name another plan would end up in the wrong quarter.
function checkDocuments(docs: PlanDocument[]): void {
  const seen = new Set<string>()
  for (const doc of docs) {
    const { plan } = doc
    if (seen.has(plan.id)) {
      throw new ValidationError(`The same quarter appears twice (id ${plan.id}).`)
    }
    seen.add(plan.id)
    const tables = [doc.teams, doc.groups, doc.goals, doc.history, doc.updates]
    if (tables.some((rows) => rows.some((row) => row.planId !== plan.id))) {
      throw new ValidationError(
        `Some records of the quarter "${plan.department} Q${plan.quarter}" belong to another quarter.`,
      )
    }
    // Later moves compute ranks from these; a bad one would break the board, not just this save.
    const ranked = [doc.teams, doc.groups, doc.goals, doc.updates]
    if (ranked.some((rows) => rows.some((row) => !isRank(row.rank)))) {
      throw new ValidationError(
        `Some records of the quarter "${plan.department} Q${plan.quarter}" have an invalid order key.`,
      )
    }
    const badStatus = doc.goals.find((goal) => !isStatusId(goal.status))
    if (badStatus) {
      throw new ValidationError(
        `The goal "${badStatus.text}" has an unknown status "${String(badStatus.status)}".`,
      )
    }
  }
}

async function deletePlanRows(db: QuarterdeckDatabase, planId: string): Promise<void> {
  for (const table of [db.teams, db.groups, db.goals, db.history, db.updates]) {
    await table.where('planId').equals(planId).delete()
  }
  await db.plans.delete(planId)
}

/**
 * Saves whole plans in one transaction: all of them or none. `add` refuses
 * plans whose id is already stored; `replace` deletes the stored plan with
 * that id first. Records are added, never overwritten, so a file can never
 * overwrite rows of another plan.
 */
export async function savePlanDocuments(
  docs: PlanDocument[],
  mode: 'add' | 'replace',
): Promise<void> {
  checkDocuments(docs)
  const db = await readyDb()
  try {
    await db.transaction('rw', db.allTables(), async () => {
      const ids = docs.map((doc) => doc.plan.id)
      const existing = (await db.plans.bulkGet(ids)).filter((plan) => plan !== undefined)
      if (mode === 'add' && existing.length > 0) {
        const names = existing.map((plan) => `"${plan.department} Q${plan.quarter}"`)
        throw new ValidationError(
          `Already stored: ${names.join(', ')}. Replace it, or keep the stored one; nothing was saved.`,
        )
      }
      for (const plan of existing) await deletePlanRows(db, plan.id)
      await db.plans.bulkAdd(docs.map((doc) => doc.plan))
      await db.teams.bulkAdd(docs.flatMap((doc) => doc.teams))
      await db.groups.bulkAdd(docs.flatMap((doc) => doc.groups))
      await db.goals.bulkAdd(docs.flatMap((doc) => doc.goals))
      await db.history.bulkAdd(docs.flatMap((doc) => doc.history))
      await db.updates.bulkAdd(docs.flatMap((doc) => doc.updates))
    })
  } catch (error) {
    if (error instanceof ValidationError) throw error
    if (error instanceof Error && /Constraint|BulkError/.test(error.name)) {
      throw new ValidationError(
        'Some records have ids that are already used by another stored quarter; nothing was saved.',
      )
    }
    throw error
  }
}

/**
 * Stores the example quarter (built from the reference page) as a new plan,
 * in one transaction, and returns it. Every call makes a fresh copy.
 */
export async function loadExampleQuarter(): Promise<Plan> {
  // The example's data loads only when asked for, not with the board.
  const { buildExampleQuarter } = await import('../../shared/example')
  const doc = buildExampleQuarter({ newId, now: now() })
  await savePlanDocuments([doc], 'add')
  return doc.plan
}
