/**
 * Test fixture: a fresh, uniquely named store per test over fake-indexeddb,
 * with a quarter, two teams and a priority group ready for goals, open in
 * the in-memory quarter store the way the app has it. Everything is written
 * through commands (runCommand), the app's only way to change data.
 */
import 'fake-indexeddb/auto'
import type { DBCoreMutateRequest } from 'dexie'
import { expect } from 'vitest'
import { newId } from '../../../../src/shared/ids'
import type {
  Goal,
  Plan,
  PlanDocument,
  PriorityGroup,
  StatusId,
  Team,
} from '../../../../src/shared/model'
import {
  closeStore,
  openStore,
  QuarterdeckDatabase,
  readyDb,
  storeStatus,
} from '../../../../src/renderer/db/database'
import { readPlans, readQuarter } from '../../../../src/renderer/db/reads'
import type { Memory } from '../../../../src/renderer/commands/applyToQuarter'
import type { Command } from '../../../../src/renderer/commands/command'
import { addGoal, type NewGoalInput } from '../../../../src/renderer/commands/goalCommands'
import { perform } from '../../../../src/renderer/commands/perform'
import {
  createGroup,
  createPlan,
  createTeam,
  type NewGroupInput,
  type NewTeamInput,
} from '../../../../src/renderer/commands/planCommands'
import { clearCommandHistory, runCommand } from '../../../../src/renderer/commands/runCommand'
import { currentMemory, useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import { allWritten, openQuarter } from '../../../../src/renderer/store/quarterSync'

// The renderer always runs in a window; these tests run in Node. A bare one
// is enough: no preload API (web mode, so no automatic backups), no storage.
if (typeof window === 'undefined') Object.assign(globalThis, { window: {} })

/** Empties the quarter store and the undo history, as a new window has them. */
export function resetMemory(): void {
  clearCommandHistory()
  useQuarterStore.setState({
    phase: 'ready',
    error: null,
    plans: [],
    quarter: null,
    openPlanId: null,
    saving: false,
  })
}

/** Opens a store no other test uses, with empty memory, and returns its database. */
export async function freshStore(): Promise<QuarterdeckDatabase> {
  await allWritten()
  closeStore()
  resetMemory()
  await openStore(`quarterdeck-test-${newId()}`)
  return readyDb()
}

/** The name of the store the fixture opened. */
export function openStoreName(): string {
  const status = storeStatus()
  if (status.state !== 'open') throw new Error('the fixture left no open store')
  return status.name
}

/**
 * A second connection to the open store, as another window of the app has:
 * what it writes reaches this window only through Dexie's change events.
 */
export async function otherWindow(): Promise<QuarterdeckDatabase> {
  const db = new QuarterdeckDatabase(openStoreName())
  await db.open()
  return db
}

/** Runs a command and fails the test when it does not land. */
export async function mustRun<C extends Command>(command: C): Promise<C> {
  const result = await runCommand(command)
  if (!result.ok) throw result.error
  return command
}

/** The open quarter in memory (the test fails when none is open). */
export function openDoc(): PlanDocument {
  const { quarter } = currentMemory()
  if (!quarter) throw new Error('no quarter is open in memory')
  return quarter
}

/** A store with one quarter, teams Analytics and Performance, and a group under Analytics. */
export interface Fixture {
  db: QuarterdeckDatabase
  plan: Plan
  analytics: Team
  performance: Team
  group: PriorityGroup
}

/** Adds a team to the open quarter. */
export async function addTeam(input: NewTeamInput): Promise<Team> {
  return (await mustRun(createTeam(openDoc(), input))).team
}

/** Adds a priority group to the open quarter. */
export async function addGroup(teamId: string, input: NewGroupInput): Promise<PriorityGroup> {
  return (await mustRun(createGroup(openDoc(), teamId, input))).group
}

/**
 * Creates a quarter with two teams and one group in the open store and opens
 * it in memory; the undo history starts empty.
 */
export async function seedQuarter(
  department = 'Wikimedia Technology',
): Promise<Omit<Fixture, 'db'>> {
  const { plan } = await mustRun(createPlan({ department, fiscalYear: 2019, quarter: 2 }))
  await openQuarter(plan.id)
  const analytics = await addTeam({ name: 'Analytics', managers: ['Nuria Ruiz'] })
  const performance = await addTeam({ name: 'Performance' })
  const group = await addGroup(analytics.id, { title: 'Modern Event Platform' })
  clearCommandHistory()
  return { plan, analytics, performance, group }
}

/** Opens a fresh store holding a quarter with two teams and one group, open in memory. */
export async function planFixture(): Promise<Fixture> {
  const db = await freshStore()
  return { db, ...(await seedQuarter()) }
}

/** Adds goals with the given texts to a column of Analytics, in order. */
export async function addGoals(
  fixture: Pick<Fixture, 'analytics'>,
  status: StatusId,
  texts: string[],
  input: Partial<NewGoalInput> = {},
): Promise<Goal[]> {
  const goals: Goal[] = []
  for (const text of texts) {
    const command = addGoal(openDoc(), { teamId: fixture.analytics.id, text, status, ...input })
    await mustRun(command)
    goals.push(command.changes[0]!.after as Goal)
  }
  clearCommandHistory()
  return goals
}

/** Runs a command built from the open quarter and fails the test when it does not land. */
export async function mustPerform(build: (quarter: PlanDocument) => Command | null): Promise<void> {
  const result = await perform(build)
  if (result && !result.ok) throw result.error
}

/** The texts of a column's goals in board order, as stored. */
export async function columnTexts(planId: string, status: StatusId): Promise<string[]> {
  const doc = await readQuarter(planId)
  return (doc?.goals ?? []).filter((goal) => goal.status === status).map((goal) => goal.text)
}

/** The texts of a column's goals in board order, as memory shows them. */
export function memoryColumn(status: StatusId): string[] {
  return openDoc()
    .goals.filter((goal) => goal.status === status)
    .map((goal) => goal.text)
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

/** A deep copy of `value` without any `updatedAt`: the time of a write is not its content. */
export function withoutUpdatedAt<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, field: unknown) => (key === 'updatedAt' ? undefined : field)),
  ) as T
}

/** What the store holds for memory's open quarter, read as memory would read it. */
export async function storedMemory(): Promise<Memory> {
  const planId = currentMemory().quarter?.plan.id
  return { plans: await readPlans(), quarter: planId ? await readQuarter(planId) : null }
}

/** Memory and the store agree (apart from updatedAt), once every write has landed. */
export async function expectMemoryAsStored(): Promise<void> {
  await allWritten()
  expect(withoutUpdatedAt(currentMemory())).toEqual(withoutUpdatedAt(await storedMemory()))
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
