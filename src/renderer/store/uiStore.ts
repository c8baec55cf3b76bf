/**
 * UI state only: the view, filters, open dialogs, where the focus should go
 * next, and toasts. Quarter data lives in quarterStore.ts; the undo and redo
 * stacks in commands/runCommand.ts.
 */
import { create } from 'zustand'
import type { StatusId } from '../../shared/statuses'

/** The main views of the app. */
export type View = 'board' | 'export' | 'import'

/** A short message at the bottom of the window; `undoId` adds an Undo button for that command. */
export interface Toast {
  id: number
  message: string
  undoId?: number
  tone: 'info' | 'error'
}

/**
 * Where the keyboard focus goes once the board has re-rendered: a goal's
 * card (the card that moved, or the one that took a deleted card's place),
 * else the column's "Add goal" button. The card or button takes it as it
 * renders, so no code outside React moves the focus.
 */
export interface FocusRequest {
  goalIds: string[]
  status: StatusId
}

/** The UI store's state and actions. */
export interface UiState {
  view: View
  teamFilter: string
  search: string
  editingGoalId: string | null
  /** Column whose quick-add form is open. */
  quickAddStatus: StatusId | null
  newQuarterOpen: boolean
  focusRequest: FocusRequest | null
  toasts: Toast[]
  setView: (view: View) => void
  setTeamFilter: (teamId: string) => void
  setSearch: (search: string) => void
  /** Filters and open forms name one quarter's goals: forgotten when another opens. */
  resetForQuarter: () => void
  openEditor: (goalId: string | null) => void
  /** Opens quick add in a column (null closes it). */
  openQuickAdd: (status: StatusId | null) => void
  setNewQuarterOpen: (open: boolean) => void
  requestFocus: (request: FocusRequest | null) => void
  showToast: (toast: Omit<Toast, 'id'>) => number
  dismissToast: (id: number) => void
}

let nextId = 1

/** The one UI store. */
export const useUiStore = create<UiState>()((set) => ({
  view: 'board',
  teamFilter: '',
  search: '',
  editingGoalId: null,
  quickAddStatus: null,
  newQuarterOpen: false,
  focusRequest: null,
  toasts: [],
  setView: (view) => set({ view }),
  setTeamFilter: (teamFilter) => set({ teamFilter }),
  setSearch: (search) => set({ search }),
  resetForQuarter: () =>
    set({ teamFilter: '', editingGoalId: null, quickAddStatus: null, focusRequest: null }),
  openEditor: (editingGoalId) => set({ editingGoalId }),
  openQuickAdd: (quickAddStatus) => set({ quickAddStatus }),
  setNewQuarterOpen: (newQuarterOpen) => set({ newQuarterOpen }),
  requestFocus: (focusRequest) => set({ focusRequest }),
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
