/**
 * The modal dialogs open now, innermost last. A modal dialog makes all of
 * the page outside it inert, so whatever must stay usable while one is open
 * (the messages: an Undo, an error's action, their ×) is drawn inside the
 * innermost one; Dialog keeps this list, Toasts reads it, and the window's
 * shortcuts stand aside while it is not empty.
 */
import { create } from 'zustand'

interface OpenDialogs {
  /** Each open dialog's element (the one with role="dialog"). */
  dialogs: HTMLElement[]
  opened: (dialog: HTMLElement) => void
  closed: (dialog: HTMLElement) => void
}

export const useOpenDialogs = create<OpenDialogs>((set) => ({
  dialogs: [],
  opened: (dialog) =>
    set((state) => ({ dialogs: [...state.dialogs.filter((d) => d !== dialog), dialog] })),
  closed: (dialog) => set((state) => ({ dialogs: state.dialogs.filter((d) => d !== dialog) })),
}))

/** The dialog opened last and still open, if any: the only part of the page not inert. */
export function useInnermostDialog(): HTMLElement | undefined {
  return useOpenDialogs((state) => state.dialogs.at(-1))
}

/** Whether a modal dialog is open (it then owns the keyboard). */
export function isDialogOpen(): boolean {
  return useOpenDialogs.getState().dialogs.length > 0
}
