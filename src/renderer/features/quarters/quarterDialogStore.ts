/**
 * Which of the open quarter's dialogs is showing ("Start next quarter" or
 * "Quarter settings"). A store of its own, not the header menu's state, so
 * the application menu (Electron) and the header's menu open the same
 * dialog through the same app command (commands/registry.ts).
 */
import { create } from 'zustand'

/** The open quarter's dialogs. */
export type QuarterDialogName = 'next' | 'settings'

interface QuarterDialogState {
  which: QuarterDialogName | null
  open: (which: QuarterDialogName) => void
  close: () => void
}

export const useQuarterDialog = create<QuarterDialogState>()((set) => ({
  which: null,
  open: (which) => set({ which }),
  close: () => set({ which: null }),
}))
