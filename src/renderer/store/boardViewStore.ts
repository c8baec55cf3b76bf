/**
 * How the board is looked at, per quarter: its filters and which swimlanes
 * are collapsed; and for every quarter, whether swimlanes are on. Kept in
 * localStorage so a reload shows the board as it was left. Goals are never
 * here: this is only a view.
 */
import { create } from 'zustand'
import { NO_FILTER, parseFilter, type GoalFilter } from '../../shared/goalFilter'

const KEY = 'quarterdeck.boardView'

/** One quarter's view of the board. */
interface QuarterView {
  filter: GoalFilter
  /** Team ids of collapsed lanes. */
  collapsed: string[]
}

interface BoardViewState {
  lanes: boolean
  byPlan: Record<string, QuarterView>
  setLanes: (on: boolean) => void
  setFilter: (planId: string, filter: GoalFilter) => void
  setCollapsed: (planId: string, teamId: string, collapsed: boolean) => void
}

const EMPTY_VIEW: QuarterView = { filter: NO_FILTER, collapsed: [] }

function read(): Pick<BoardViewState, 'lanes' | 'byPlan'> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}')
    const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
      string,
      unknown
    >
    const byPlan: Record<string, QuarterView> = {}
    const plans = record.byPlan
    if (typeof plans === 'object' && plans !== null) {
      for (const [planId, view] of Object.entries(plans as Record<string, unknown>)) {
        const v = (view ?? {}) as Record<string, unknown>
        byPlan[planId] = {
          filter: parseFilter(v.filter),
          collapsed: Array.isArray(v.collapsed)
            ? v.collapsed.filter((id): id is string => typeof id === 'string')
            : [],
        }
      }
    }
    return { lanes: record.lanes === true, byPlan }
  } catch {
    return { lanes: false, byPlan: {} }
  }
}

function write(state: Pick<BoardViewState, 'lanes' | 'byPlan'>): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ lanes: state.lanes, byPlan: state.byPlan }))
  } catch {
    // Storage can be disabled: the board still works and forgets its view on reload.
  }
}

/** The board's view settings. */
export const useBoardView = create<BoardViewState>()((set, get) => {
  const update = (planId: string, change: (view: QuarterView) => QuarterView) => {
    const byPlan = { ...get().byPlan, [planId]: change(get().byPlan[planId] ?? EMPTY_VIEW) }
    set({ byPlan })
    write(get())
  }
  return {
    ...(typeof window === 'undefined' ? { lanes: false, byPlan: {} } : read()),
    setLanes: (lanes) => {
      set({ lanes })
      write(get())
    },
    setFilter: (planId, filter) => update(planId, (view) => ({ ...view, filter })),
    setCollapsed: (planId, teamId, collapsed) =>
      update(planId, (view) => ({
        ...view,
        collapsed: collapsed
          ? [...view.collapsed.filter((id) => id !== teamId), teamId]
          : view.collapsed.filter((id) => id !== teamId),
      })),
  }
})

const NO_COLLAPSED: string[] = []

/** The open quarter's filter. */
export function useFilter(planId: string | null): GoalFilter {
  return useBoardView((state) => (planId ? state.byPlan[planId]?.filter : undefined) ?? NO_FILTER)
}

/** Team ids of the open quarter's collapsed lanes. */
export function useCollapsedLanes(planId: string | null): string[] {
  return useBoardView(
    (state) => (planId ? state.byPlan[planId]?.collapsed : undefined) ?? NO_COLLAPSED,
  )
}
