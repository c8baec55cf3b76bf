/**
 * Test fixture: a fresh, uniquely named store per test over fake-indexeddb,
 * with a quarter, two teams and a priority group ready for goals.
 */
import 'fake-indexeddb/auto'
import type { DBCoreMutateRequest } from 'dexie'
import { newId } from '../../../src/shared/ids'
import type { Goal, Plan, PriorityGroup, StatusId, Team } from '../../../src/shared/model'
import {
  closeStore,
  openStore,
  readyDb,
  storeStatus,
  type QuarterdeckDatabase,
} from '../../../src/renderer/db/database'
import {
  addGoal,
  createGroup,
  createPlan,
  createTeam,
  readPlanDocument,
} from '../../../src/renderer/db/repository'

/** Opens a store no other test uses and returns its database. */
export async function freshStore(): Promise<QuarterdeckDatabase> {
  closeStore()
  await openStore(`quarterdeck-test-${newId()}`)
  return readyDb()
}

/** The name of the store the fixture opened. */
export function openStoreName(): string {
  const status = storeStatus()
  if (status.state !== 'open') throw new Error('the fixture left no open store')
  return status.name
}

/** A store with one quarter, teams Analytics and Performance, and a group under Analytics. */
export interface Fixture {
  db: QuarterdeckDatabase
  plan: Plan
  analytics: Team
  performance: Team
  group: PriorityGroup
}

/** Opens a fresh store holding a quarter with two teams and one group. */
export async function planFixture(): Promise<Fixture> {
  const db = await freshStore()
  const plan = await createPlan({
    department: 'Wikimedia Technology',
    fiscalYear: 2019,
    quarter: 2,
  })
  const analytics = await createTeam(plan.id, { name: 'Analytics', managers: ['Nuria Ruiz'] })
  const performance = await createTeam(plan.id, { name: 'Performance' })
  const group = await createGroup(plan.id, analytics.id, { title: 'Modern Event Platform' })
  return { db, plan, analytics, performance, group }
}

/** Adds goals with the given texts to a column, in order. */
export async function addGoals(
  fixture: Fixture,
  status: StatusId,
  texts: string[],
): Promise<Goal[]> {
  const goals: Goal[] = []
  for (const text of texts) {
    goals.push(
      await addGoal({ planId: fixture.plan.id, teamId: fixture.analytics.id, text, status }),
    )
  }
  return goals
}

/** The texts of a column's goals in board order. */
export async function columnTexts(planId: string, status: StatusId): Promise<string[]> {
  const doc = await readPlanDocument(planId)
  return doc.goals.filter((goal) => goal.status === status).map((goal) => goal.text)
}

/** Everything in the store, table by table, for "nothing changed" checks. */
export async function snapshot(db: QuarterdeckDatabase): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {}
  for (const table of db.allTables()) {
    result[table.name] = (await table.toArray()).sort((a, b) =>
      String(a.id).localeCompare(String(b.id)),
    )
  }
  return result
}

/** One low-level write the database performed. */
export interface WriteRecord {
  table: string
  type: DBCoreMutateRequest['type']
  count: number
  transaction: object
  values: readonly unknown[]
}

/**
 * Records every write the database performs from now on (reopening it so
 * Dexie builds its middleware stack with the recorder in it).
 */
export async function recordWrites(db: QuarterdeckDatabase): Promise<WriteRecord[]> {
  const writes: WriteRecord[] = []
  db.close({ disableAutoOpen: false })
  db.use({
    stack: 'dbcore',
    name: 'write-recorder',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req) => {
            const values = 'values' in req ? req.values : []
            const count = 'keys' in req && req.keys ? req.keys.length : values.length
            writes.push({ table: name, type: req.type, count, transaction: req.trans, values })
            return table.mutate(req)
          },
        }
      },
    }),
  })
  await db.open()
  return writes
}
