/**
 * App commands, shared by the application menu and the keyboard shortcuts so
 * both do exactly the same thing.
 */
import type { MenuCommand } from '../../../shared/api'
import { useUiStore } from '../../store/uiStore'
import { SEARCH_INPUT_ID } from '../board/BoardFilters'
import { loadExample } from '../start/LoadExampleButton'

/** Focuses the search box once the board is on screen. */
export function focusSearch(): void {
  useUiStore.getState().setView('board')
  const focus = () => {
    const input = document.getElementById(SEARCH_INPUT_ID)
    if (input instanceof HTMLInputElement) {
      input.focus()
      input.select()
    }
  }
  // The board may only render on the next frame after switching views.
  if (document.getElementById(SEARCH_INPUT_ID)) focus()
  else requestAnimationFrame(focus)
}

/** Undoes the newest action and says what was undone. */
export async function undoLast(): Promise<void> {
  const state = useUiStore.getState()
  const entry = state.undoStack.at(-1)
  if (!entry) {
    state.showToast({ message: 'Nothing to undo.', tone: 'info' })
    return
  }
  if (await state.undo(entry.id)) {
    useUiStore.getState().showToast({ message: `${entry.label}: undone.`, tone: 'info' })
  }
}

/**
 * Runs a menu command. save-backup and open-backup belong to the exchange
 * feature, which listens for them itself.
 */
export function runCommand(command: MenuCommand): void {
  const state = useUiStore.getState()
  switch (command) {
    case 'new-quarter':
      state.setNewQuarterOpen(true)
      break
    case 'load-example':
      void loadExample()
      break
    case 'new-goal':
      state.setView('board')
      state.openQuickAdd('todo')
      break
    case 'find':
      focusSearch()
      break
    case 'undo':
      void undoLast()
      break
    case 'show-board':
      state.setView('board')
      break
    case 'export-wiki':
      state.setView('export')
      break
    case 'import-wiki':
      state.setView('import')
      break
    case 'save-backup':
    case 'open-backup':
      break
  }
}
