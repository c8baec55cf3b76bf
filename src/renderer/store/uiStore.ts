/**
 * UI state only: the view, filters, open dialogs, where the focus should go
 * next, and toasts. Quarter data lives in quarterStore.ts; the undo and redo
 * stacks in commands/runCommand.ts.
 */
import { create } from 'zustand'
import type { StatusId } from '../../shared/statuses'

/** The main views of the app. */
export type View = 'board' | 'team' | 'activity' | 'export' | 'import'

/**
 * A short message at the bottom of the window, over the page (it never moves
 * the layout). `undoId` adds an Undo button for that command, `action` another
 * button. A message with a `topic` replaces the one before it on that topic,
 * and goes when what it says no longer applies (see dismissTopic).
 */
export interface Toast {
  id: number
  message: string
  undoId?: number
  /** A button after the message ("Import"); pressing it also dismisses the message. */
  action?: { label: string; run: () => void }
  tone: 'info' | 'error'
  /** What the message is about, e.g. 'backup' or 'export-page'. */
  topic?: string
  /**
   * A job under way ("Merging theirs.json…"): a progress bar after the
   * message, at this fraction from 0 to 1, or moving without a value (null)
   * when the job cannot tell how far it has come. Such a message stays until
   * the job takes it away.
   */
  progress?: number | null
}

/** A wiki page opened where a backup was expected, waiting for the Import view. */
export interface ImportDraft {
  fileName: string
  content: string
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
  /** The team the Team view shows; '' for the first team. */
  teamViewId: string
  editingGoalId: string | null
  /** Column whose quick-add form is open. */
  quickAddStatus: StatusId | null
  /** With swimlanes on, the team whose lane holds that column (null: the plain board). */
  quickAddLane: string | null
  /** The keyboard shortcuts dialog is open. */
  shortcutsOpen: boolean
  newQuarterOpen: boolean
  focusRequest: FocusRequest | null
  toasts: Toast[]
  /** A page handed to the Import view, and a count of pages handed over (its key). */
  importDraft: ImportDraft | null
  importDrafts: number
  setView: (view: View) => void
  /** Shows a team in the Team view. */
  showTeam: (teamId: string) => void
  /** Filters and open forms name one quarter's goals: forgotten when another opens. */
  resetForQuarter: () => void
  openEditor: (goalId: string | null) => void
  /** Opens quick add in a column (null closes it), in a team's lane when swimlanes are on. */
  openQuickAdd: (status: StatusId | null, laneTeamId?: string | null) => void
  setShortcutsOpen: (open: boolean) => void
  setNewQuarterOpen: (open: boolean) => void
  requestFocus: (request: FocusRequest | null) => void
  showToast: (toast: Omit<Toast, 'id'>) => number
  dismissToast: (id: number) => void
  /** Changes a message as it stands (a job's progress), if it is still shown. */
  updateToast: (id: number, change: Partial<Omit<Toast, 'id'>>) => void
  /** Dismisses the messages on a topic: what they said no longer applies. */
  dismissTopic: (topic: string) => void
  /** Shows the Import view with this page in it. */
  importPage: (draft: ImportDraft) => void
  /** The Import view has taken the page. */
  takeImportDraft: () => void
}

let nextId = 1

/** The one UI store. */
export const useUiStore = create<UiState>()((set) => ({
  view: 'board',
  teamViewId: '',
  editingGoalId: null,
  quickAddStatus: null,
  quickAddLane: null,
  shortcutsOpen: false,
  newQuarterOpen: false,
  focusRequest: null,
  toasts: [],
  importDraft: null,
  importDrafts: 0,
  setView: (view) => set({ view }),
  showTeam: (teamViewId) => set({ teamViewId, view: 'team' }),
  resetForQuarter: () =>
    set({ teamViewId: '', editingGoalId: null, quickAddStatus: null, focusRequest: null }),
  openEditor: (editingGoalId) => set({ editingGoalId }),
  openQuickAdd: (quickAddStatus, quickAddLane = null) => set({ quickAddStatus, quickAddLane }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setNewQuarterOpen: (newQuarterOpen) => set({ newQuarterOpen }),
  requestFocus: (focusRequest) => set({ focusRequest }),
  showToast: (toast) => {
    const id = nextId++
    set((state) => ({
      toasts: [
        ...state.toasts.filter((t) => toast.topic === undefined || t.topic !== toast.topic),
        { ...toast, id },
      ],
    }))
    return id
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  updateToast: (id, change) =>
    set((state) =>
      state.toasts.some((t) => t.id === id)
        ? { toasts: state.toasts.map((t) => (t.id === id ? { ...t, ...change } : t)) }
        : state,
    ),
  dismissTopic: (topic) =>
    set((state) =>
      state.toasts.some((t) => t.topic === topic)
        ? { toasts: state.toasts.filter((t) => t.topic !== topic) }
        : state,
    ),
  importPage: (importDraft) =>
    set((state) => ({ importDraft, importDrafts: state.importDrafts + 1, view: 'import' })),
  takeImportDraft: () => set({ importDraft: null }),
}))

/** A message for the user from anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong; nothing was changed.'
}
