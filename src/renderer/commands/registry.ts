/**
 * The app's commands by name: the application menu (Electron), the keyboard
 * shortcuts and the buttons all run them from here, so each does exactly
 * the same thing wherever it is triggered.
 */
import type { MenuCommand } from '../../shared/api'
import { openBackup, saveBackup } from '../features/exchange/backupActions'
import { mergeBackup } from '../features/exchange/mergeBackup'
import { loadExample } from '../features/start/loadExample'
import { pullFromWiki } from '../features/wiki/pullFromWiki'
import { useWikiStore } from '../features/wiki/wikiStore'
import { useQuarterDialog, type QuarterDialogName } from '../features/quarters/quarterDialogStore'
import { useBoardView } from '../store/boardViewStore'
import { useQuarterStore } from '../store/quarterStore'
import { useUiStore } from '../store/uiStore'
import { redoWithToast, undoWithToast } from './perform'

/** The id of the search box, so shortcuts and the menu can focus it. */
export const SEARCH_INPUT_ID = 'goal-search'

/** An app command's name: the menu, the shortcuts and the buttons name the same ones. */
export type AppCommand = MenuCommand

/** Focuses the search box once the board is on screen. */
function focusSearch(): void {
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

/**
 * With swimlanes on, quick add opens in the lane holding the focus, else the
 * first lane; null when no lane shows (no team yet: the plain board shows).
 */
function laneForNewGoal(): string | null {
  const focused = document.activeElement?.closest<HTMLElement>('[data-lane-team]')
  const lane = focused ?? document.querySelector<HTMLElement>('[data-lane-team]')
  return lane?.dataset.laneTeam ?? null
}

/** Opens one of the open quarter's dialogs; without a quarter, says what to do first. */
function openQuarterDialog(which: QuarterDialogName): void {
  if (useQuarterStore.getState().quarter) {
    useQuarterDialog.getState().open(which)
    return
  }
  const what = which === 'next' ? 'start the next quarter' : 'change its settings'
  useUiStore.getState().showToast({
    message: `Open or create a quarter first, then ${what}.`,
    tone: 'error',
  })
}

/** Runs an app command. */
export function runAppCommand(name: AppCommand): void {
  const state = useUiStore.getState()
  switch (name) {
    case 'new-quarter':
      state.setNewQuarterOpen(true)
      break
    case 'next-quarter':
      openQuarterDialog('next')
      break
    case 'quarter-settings':
      openQuarterDialog('settings')
      break
    case 'new-goal':
      state.setView('board')
      state.openQuickAdd('todo', useBoardView.getState().lanes ? laneForNewGoal() : null)
      break
    case 'find':
      focusSearch()
      break
    case 'undo':
      void undoWithToast()
      break
    case 'redo':
      void redoWithToast()
      break
    case 'show-board':
      state.setView('board')
      break
    case 'show-team':
      state.setView('team')
      break
    case 'show-activity':
      state.setView('activity')
      break
    case 'toggle-lanes': {
      const view = useBoardView.getState()
      view.setLanes(!view.lanes)
      state.setView('board')
      break
    }
    case 'show-shortcuts':
      state.setShortcutsOpen(true)
      break
    case 'export-wiki':
      state.setView('export')
      break
    case 'import-wiki':
      state.setView('import')
      break
    case 'load-example':
      void loadExample()
      break
    case 'save-backup':
      void saveBackup()
      break
    case 'open-backup':
      void openBackup()
      break
    case 'merge-backup':
      void mergeBackup()
      break
    case 'connect-wiki':
      useWikiStore.setState({ dialog: 'connect' })
      break
    case 'publish-wiki':
      useWikiStore.setState({
        dialog: useWikiStore.getState().connection ? 'publish' : 'connect',
      })
      break
    case 'pull-wiki':
      void pullFromWiki()
      break
  }
}
