/**
 * The one source of data the UI renders from: every quarter's settings and
 * the open quarter whole, in memory. Commands change it at once (see
 * commands/runCommand.ts) and then write Dexie; quarterSync.ts fills it at
 * start and refreshes it when another window writes. No component reads
 * Dexie.
 */
import { create } from 'zustand'
import type { Goal, Plan, PlanDocument, PriorityGroup, Team } from '../../shared/model'
import type { Memory } from '../commands/applyToQuarter'

/** Where the store is: opening at start, ready, or failed to open (the UI shows why). */
export type QuarterPhase = 'opening' | 'ready' | 'failed'

/** The quarter store's state. */
export interface QuarterState extends Memory {
  phase: QuarterPhase
  error: Error | null
  /** The quarter the window shows (its rows are in `quarter` once read), or null when there is none. */
  openPlanId: string | null
  /** True while a change shown in memory is still being written to the store. */
  saving: boolean
}

/** The one quarter store. */
export const useQuarterStore = create<QuarterState>()(() => ({
  phase: 'opening',
  error: null,
  plans: [],
  quarter: null,
  openPlanId: null,
  saving: false,
}))

/** The data part of the store, for commands and refreshes. */
export function currentMemory(): Memory {
  const { plans, quarter } = useQuarterStore.getState()
  return { plans, quarter }
}

/** Replaces the data part; a no-op when nothing changed, so nothing re-renders. */
export function setMemory(next: Memory): void {
  const state = useQuarterStore.getState()
  if (next.plans === state.plans && next.quarter === state.quarter) return
  useQuarterStore.setState(next)
}

const NO_GOALS: Goal[] = []
const NO_TEAMS: Team[] = []
const NO_GROUPS: PriorityGroup[] = []

/** Every quarter, newest first. */
export const usePlans = (): Plan[] => useQuarterStore((state) => state.plans)

/** The open quarter's rows, or null while there is none or it is being read. */
export const useOpenQuarter = (): PlanDocument | null => useQuarterStore((state) => state.quarter)

/** The open quarter's goals in rank order. */
export const useGoals = (): Goal[] => useQuarterStore((state) => state.quarter?.goals ?? NO_GOALS)

/** The open quarter's teams in page order. */
export const useTeams = (): Team[] => useQuarterStore((state) => state.quarter?.teams ?? NO_TEAMS)

/** The open quarter's priority groups in rank order. */
export const useGroups = (): PriorityGroup[] =>
  useQuarterStore((state) => state.quarter?.groups ?? NO_GROUPS)
