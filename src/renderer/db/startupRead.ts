/**
 * The first read of a start: just what the board needs to paint its first
 * screen. Reading all 2,000 goals of a big quarter out of IndexedDB takes
 * Chromium 110–330 ms on our machines however it is asked, and the live
 * queries can only ask once the whole app script (React, Dexie, the board)
 * has run and the store is open. Reading the top cards of each column and
 * each column's count takes 10–40 ms. So the first module the app evaluates
 * starts this read with IndexedDB itself, while the rest of the script is
 * still being evaluated.
 *
 * It reads, in one read-only transaction, every quarter; the remembered
 * quarter's teams and groups; and for each status the first goals in board
 * order (through the `[planId+status+rank]` index) and how many there are.
 * The live queries show these rows until their own first result arrives,
 * then each part is dropped: the live queries stay the only source of data
 * after that. The board shows a column's first cards as "loading the rest"
 * and takes no drags until every goal is there.
 *
 * It never changes anything: a database that does not exist is not created,
 * and one written by a newer schema is not read (openStore reports it).
 */
import type { Goal, Plan, PriorityGroup, Team } from '../../shared/model'
import { STATUS_IDS, type StatusId } from '../../shared/statuses'
import { markStartup } from '../startupMarks'
import { byRank, newestPlanFirst } from './rowOrder'
import { SCHEMA_VERSION, schemaVersionOf } from './storeName'

/** The first goals of each column and how many each column has. */
export interface FirstGoals {
  /** The first goals of every status, status by status, each in board order. */
  goals: Goal[]
  /** Goals per status in the whole quarter (statuses without goals left out). */
  counts: Partial<Record<StatusId, number>>
}

/** What the startup read found; a part is null once the live query has replaced it. */
export interface StartupRows {
  plans: Plan[] | null
  /** The quarter whose rows follow. */
  planId: string
  teams: Team[] | null
  groups: PriorityGroup[] | null
  goals: FirstGoals | null
}

// The shortest card with the gap below it: one line of text and its team.
const SHORT_CARD_PX = 64
// Where a column's first card starts, below the header, the filters and the
// column's heading (132 px in Chromium with the default font; a little less here
// so a window never lacks a card).
const BOARD_TOP_PX = 128

/**
 * Cards per column that fill a column's view of the window with the shortest
 * cards. Every card mounted costs first-paint time; the rest come with the
 * live query.
 */
export function firstCardsPerColumn(): number {
  const height = typeof window === 'undefined' ? 1080 : window.innerHeight
  return Math.ceil((height - BOARD_TOP_PX) / SHORT_CARD_PX)
}

type Part = 'plans' | 'teams' | 'groups' | 'goals'

let rows: StartupRows | null = null
const listeners = new Set<() => void>()

function publish(next: StartupRows | null): void {
  rows = next
  for (const listener of listeners) listener()
}

/** The rows of the startup read, or null (not read yet, nothing found, or all replaced). */
export function startupRows(): StartupRows | null {
  return rows
}

/** Calls `listener` when the startup rows arrive or a part is dropped. */
export function subscribeStartupRows(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Drops `part`: its live query has delivered, and the snapshot must never be shown again. */
export function releaseStartupPart(part: Part): void {
  if (!rows || rows[part] === null) return
  const next = { ...rows, [part]: null }
  const allDropped = [next.plans, next.teams, next.groups, next.goals].every((p) => p === null)
  publish(allDropped ? null : next)
}

/**
 * Opens `name` without a version. Resolves null when there is no such
 * database: the creation IndexedDB starts is aborted, so nothing is created.
 */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    let absent = false
    request.onupgradeneeded = (event) => {
      // Only a new database upgrades when opened without a version.
      if (event.oldVersion === 0) {
        absent = true
        request.transaction?.abort()
      }
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = (event) => {
      if (absent) {
        // The abort is expected: keep it from reaching window.onerror.
        event.preventDefault()
        resolve(null)
      } else {
        reject(request.error ?? new Error(`could not open ${name}`))
      }
    }
  })
}

function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T)
    request.onerror = () => reject(request.error ?? new Error('read failed'))
  })
}

/** The first goals and the count of every status, from the `[planId+status+rank]` index. */
async function readFirstGoals(goalStore: IDBObjectStore, planId: string): Promise<FirstGoals> {
  const index = goalStore.index('[planId+status+rank]')
  const limit = firstCardsPerColumn()
  const columns = await Promise.all(
    STATUS_IDS.map(async (status) => {
      // Every rank of one status: [] sorts after every string in IndexedDB.
      const range = IDBKeyRange.bound([planId, status], [planId, status, []])
      const [goals, count] = await Promise.all([
        result<Goal[]>(index.getAll(range, limit)),
        result<number>(index.count(range)),
      ])
      return { status, goals, count }
    }),
  )
  const counts: Partial<Record<StatusId, number>> = {}
  for (const { status, count } of columns) if (count > 0) counts[status] = count
  return { goals: columns.flatMap((column) => column.goals), counts }
}

async function read(name: string, planId: string): Promise<StartupRows | null> {
  const db = await openExisting(name)
  if (!db) return null
  // Step aside at once if a newer Quarterdeck or openStore wants to upgrade.
  db.onversionchange = () => db.close()
  try {
    if (schemaVersionOf(db.version) !== SCHEMA_VERSION) return null
    const tx = db.transaction(['plans', 'teams', 'groups', 'goals'], 'readonly')
    const ofPlan = (table: string) => tx.objectStore(table).index('planId').getAll(planId)
    const [plans, teams, groups, goals] = await Promise.all([
      result<Plan[]>(tx.objectStore('plans').getAll()),
      result<Team[]>(ofPlan('teams')),
      result<PriorityGroup[]>(ofPlan('groups')),
      readFirstGoals(tx.objectStore('goals'), planId),
    ])
    if (!plans.some((plan) => plan.id === planId)) return null
    return {
      plans: plans.sort(newestPlanFirst),
      planId,
      teams: teams.sort(byRank),
      groups: groups.sort(byRank),
      goals,
    }
  } finally {
    db.close()
  }
}

/**
 * Starts the startup read of database `name` for the quarter `planId`
 * (nothing when there is none). Resolves when it is done; never rejects: a
 * failed read only means the live queries fill the board a little later.
 */
export async function startStartupRead(name: string, planId: string | null): Promise<void> {
  if (!planId || typeof indexedDB === 'undefined') return
  try {
    const found = await read(name, planId)
    markStartup('startup-read')
    if (found) publish(found)
  } catch {
    // The live queries read everything again and report real failures.
  }
}
