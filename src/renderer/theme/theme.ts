/**
 * The colour theme: the person's choice (System, Light or Dark), remembered
 * in localStorage, drawn by setting data-theme on <html> (tokens.css holds
 * both palettes). "System" follows prefers-color-scheme as it changes; in
 * the desktop app the choice also goes to Electron's nativeTheme, which
 * makes prefers-color-scheme, the window frame and native dialogs agree.
 */
import { create } from 'zustand'
import { isThemeChoice, resolveTheme, type ThemeChoice } from '../../shared/theme'
import { setThemeSource } from '../platform'

const STORAGE_KEY = 'quarterdeck.theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

/** The remembered choice; "system" when none was made or storage is unavailable. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | null): ThemeChoice {
  try {
    const saved = storage?.getItem(STORAGE_KEY)
    return isThemeChoice(saved) ? saved : 'system'
  } catch {
    return 'system'
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function systemPrefersDark(): boolean {
  return window.matchMedia?.(DARK_QUERY).matches ?? false
}

/** Draws the theme a choice stands for now. */
function draw(choice: ThemeChoice): void {
  document.documentElement.dataset['theme'] = resolveTheme(choice, systemPrefersDark())
}

/** The theme choice, for the header's menu. */
interface ThemeState {
  choice: ThemeChoice
  choose: (choice: ThemeChoice) => void
}

export const useThemeStore = create<ThemeState>((set) => ({
  choice: 'system',
  choose: (choice) => {
    try {
      storage()?.setItem(STORAGE_KEY, choice)
    } catch {
      // Private windows may refuse storage: the choice still holds until the window closes.
    }
    set({ choice })
    draw(choice)
    void setThemeSource(choice).catch(() => {})
  },
}))

/**
 * Draws the remembered theme before the first render, and follows the
 * system setting while the choice is "System". Call once, at start.
 */
export function startTheme(): void {
  const choice = readThemeChoice(storage())
  useThemeStore.setState({ choice })
  draw(choice)
  void setThemeSource(choice).catch(() => {})
  window.matchMedia?.(DARK_QUERY).addEventListener('change', () => {
    draw(useThemeStore.getState().choice)
  })
}
