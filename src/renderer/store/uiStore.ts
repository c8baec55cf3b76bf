/**
 * UI state only: which plan and view are shown, filters, open dialogs, the
 * undo stack and toasts. Goals never live here: they are read from Dexie with
 * live queries, so every window sees the same data.
 */
import { create } from 'zustand'
import type { StatusId } from '../../shared/statuses'
import { rememberedPlanId, rememberPlanId } from './rememberedPlan'

/** The main views of the app. */
export type View = 'board' | 'export' | 'import'

/** Something the user can take back with Undo. */
export interface UndoEntry {
  id: number
  label: string
  undo: () => Promise<void>
}

/** A short message at the bottom of the window; `undoId` adds an Undo button. */
export interface Toast {
  id: number
  message: string
  undoId?: number
  tone: 'info' | 'error'
}

/**
 * What has been typed into the open quick-add form. Kept here rather than in
 * the form, so it outlives the form's remount when the board turns from
 * static to draggable (see features/board/Board.tsx).
 */
export interface QuickAddDraft {
  text: string
  /** The team picked in the form ('' for the default). */
  teamId: string
  /** The first team's name, when the plan has no team yet. */
  newTeamName: string
}

const EMPTY_DRAFT: QuickAddDraft = { text: '', teamId: '', newTeamName: '' }

/** The UI store's state and actions. */
export interface UiState {
  planId: string | null
  view: View
  teamFilter: string
  search: string
  editingGoalId: string | null
  /** Column whose quick-add form is open. */
  quickAddStatus: StatusId | null
  quickAddDraft: QuickAddDraft
  newQuarterOpen: boolean
  undoStack: UndoEntry[]
  toasts: Toast[]
  setPlanId: (planId: string | null) => void
  setView: (view: View) => void
  setTeamFilter: (teamId: string) => void
  setSearch: (search: string) => void
  openEditor: (goalId: string | null) => void
  /** Opens quick add in a column (null closes it); a draft is dropped when its form closes. */
  openQuickAdd: (status: StatusId | null) => void
  setQuickAddDraft: (change: Partial<QuickAddDraft>) => void
  setNewQuarterOpen: (open: boolean) => void
  pushUndo: (label: string, undo: () => Promise<void>) => number
  /** Runs the newest undo entry (or the one with `id`); false when there is none. */
  undo: (id?: number) => Promise<boolean>
  showToast: (toast: Omit<Toast, 'id'>) => number
  dismissToast: (id: number) => void
}

let nextId = 1

/** The one UI store. */
export const useUiStore = create<UiState>()((set, get) => ({
  planId: rememberedPlanId(),
  view: 'board',
  teamFilter: '',
  search: '',
  editingGoalId: null,
  quickAddStatus: null,
  quickAddDraft: EMPTY_DRAFT,
  newQuarterOpen: false,
  undoStack: [],
  toasts: [],
  setPlanId: (planId) => {
    rememberPlanId(planId)
    // Filters name teams of one plan; they mean nothing in another.
    set({
      planId,
      teamFilter: '',
      editingGoalId: null,
      quickAddStatus: null,
      quickAddDraft: EMPTY_DRAFT,
    })
  },
  setView: (view) => set({ view }),
  setTeamFilter: (teamFilter) => set({ teamFilter }),
  setSearch: (search) => set({ search }),
  openEditor: (editingGoalId) => set({ editingGoalId }),
  openQuickAdd: (quickAddStatus) =>
    set((state) =>
      state.quickAddStatus === quickAddStatus ? {} : { quickAddStatus, quickAddDraft: EMPTY_DRAFT },
    ),
  setQuickAddDraft: (change) =>
    set((state) => ({ quickAddDraft: { ...state.quickAddDraft, ...change } })),
  setNewQuarterOpen: (newQuarterOpen) => set({ newQuarterOpen }),
  pushUndo: (label, undo) => {
    const id = nextId++
    set((state) => ({ undoStack: [...state.undoStack.slice(-49), { id, label, undo }] }))
    return id
  },
  undo: async (id) => {
    const stack = get().undoStack
    const entry = id === undefined ? stack.at(-1) : stack.find((e) => e.id === id)
    if (!entry) return false
    // Remove first so a double click cannot run the same undo twice.
    set((state) => ({
      undoStack: state.undoStack.filter((e) => e.id !== entry.id),
      toasts: state.toasts.filter((t) => t.undoId !== entry.id),
    }))
    try {
      await entry.undo()
    } catch (error) {
      get().showToast({ message: errorMessage(error), tone: 'error' })
      return false
    }
    return true
  },
  showToast: (toast) => {
    const id = nextId++
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }] }))
    return id
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}))

/** A message for the user from anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong; nothing was changed.'
}
