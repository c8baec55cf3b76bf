/**
 * Seed data for the board benchmark: a quarter of generated goals built with
 * the domain's own constructors, and the in-page writer that stores it.
 */
import { newId } from '../src/shared/ids'
import type { Goal, PlanDocument, PriorityGroup, StatusChange, Team } from '../src/shared/model'
import { createPlan } from '../src/shared/plan'
import { evenRanks } from '../src/shared/ranks'
import { BOARD_STATUSES, type StatusId } from '../src/shared/statuses'

/** Size of the generated quarter. */
export interface SeedSize {
  goals: number
  teams: number
  groupsPerTeam: number
}

const WORDS = ['Improve', 'Migrate', 'Deploy', 'Reduce', 'Measure', 'Document', 'Refactor']
const THINGS = ['the event platform', 'search latency', 'the API gateway', 'dashboards', 'caches']

/** The text of generated goal `index`: unique, and a prefix no other goal text starts with. */
export function seedGoalText(index: number): string {
  const word = WORDS[index % WORDS.length] ?? ''
  const thing = THINGS[index % THINGS.length] ?? ''
  return `Goal ${String(index + 1).padStart(5, '0')}: ${word} ${thing}`
}

/**
 * A plan document with `size.goals` goals spread over `size.teams` teams and
 * round-robin over the five board columns, each goal with its creation
 * history entry, as the app itself would store them.
 */
export function seedDocument(size: SeedSize, now = Date.now()): PlanDocument {
  const plan = createPlan(
    { department: 'Benchmark Department', fiscalYear: 2019, quarter: 2 },
    newId(),
    now,
  )
  const teamRanks = evenRanks(size.teams)
  const teams: Team[] = teamRanks.map((rank, i) => ({
    id: newId(),
    planId: plan.id,
    name: `Team ${i + 1}`,
    managerLabel: 'Team Manager',
    managers: [`Manager ${i + 1}`],
    parentId: null,
    dependencies: '',
    rank,
  }))
  const groupRanks = evenRanks(size.groupsPerTeam)
  const groups: PriorityGroup[] = teams.flatMap((team, t) =>
    groupRanks.map((rank, g) => ({
      id: newId(),
      planId: plan.id,
      teamId: team.id,
      title: `Priority ${t + 1}.${g + 1}`,
      description: '',
      rank,
    })),
  )
  const statuses: StatusId[] = Array.from(
    { length: size.goals },
    (_, i) => BOARD_STATUSES[i % BOARD_STATUSES.length] ?? 'todo',
  )
  const perColumn = new Map<StatusId, string[]>()
  for (const status of BOARD_STATUSES) {
    perColumn.set(status, evenRanks(statuses.filter((s) => s === status).length))
  }
  const goals: Goal[] = statuses.map((status, i) => {
    const team = teams[i % teams.length]
    const group = groups[(i % teams.length) * size.groupsPerTeam + (i % size.groupsPerTeam)]
    if (!team || !group) throw new Error('seed: team or group missing')
    const rank = perColumn.get(status)?.shift()
    if (!rank) throw new Error('seed: ranks exhausted')
    return {
      id: newId(),
      planId: plan.id,
      teamId: team.id,
      groupId: i % 7 === 0 ? null : group.id,
      text: seedGoalText(i),
      status,
      tasks: i % 3 === 0 ? [`T${200000 + i}`] : [],
      note: i % 4 === 0 ? 'this work continues from Q1' : '',
      stretch: i % 10 === 0,
      carriedOverFrom: null,
      rank,
      createdAt: now,
      updatedAt: now,
    }
  })
  const history: StatusChange[] = goals.map((goal) => ({
    id: newId(),
    planId: plan.id,
    goalId: goal.id,
    from: null,
    to: goal.status,
    at: now,
  }))
  return { plan, teams, groups, goals, history, updates: [] }
}

/** How many seeded goals each board column holds. */
export function columnCounts(doc: PlanDocument): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const goal of doc.goals) counts[goal.status] = (counts[goal.status] ?? 0) + 1
  return counts
}

/**
 * Runs in the page (passed to page.evaluate, so it must be self-contained):
 * writes a plan document into the app's existing IndexedDB in one
 * transaction. The app creates the schema when it first opens; writing raw
 * records of the domain model's shapes is exactly what the app's Dexie
 * tables hold.
 */
export async function writeDocumentInPage(args: {
  databaseName: string
  doc: PlanDocument
}): Promise<number> {
  const { databaseName, doc } = args
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'))
  })
  const rows: Record<string, unknown[]> = {
    plans: [doc.plan],
    teams: doc.teams,
    groups: doc.groups,
    goals: doc.goals,
    history: doc.history,
    updates: doc.updates,
  }
  const missing = Object.keys(rows).filter((name) => !db.objectStoreNames.contains(name))
  if (missing.length > 0) {
    db.close()
    throw new Error(`the app's database has no ${missing.join(', ')} table(s)`)
  }
  const tx = db.transaction(Object.keys(rows), 'readwrite')
  let written = 0
  for (const [name, records] of Object.entries(rows)) {
    const store = tx.objectStore(name)
    for (const record of records) {
      store.put(record)
      written++
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('seed transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'))
  })
  db.close()
  return written
}
