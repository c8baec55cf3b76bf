/**
 * The colour theme a person chooses: follow the system setting, or always
 * light, or always dark. The renderer remembers the choice and applies it;
 * in the desktop app main also hands it to Electron's nativeTheme, so the
 * window frame and native dialogs match.
 */

/** Every theme choice, in the order the menu offers them. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const

export type ThemeChoice = (typeof THEME_CHOICES)[number]

/** The theme actually drawn. */
export type Theme = 'light' | 'dark'

/** Type guard for untrusted input (IPC, localStorage). */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
}

/** The theme to draw for a choice, given whether the system asks for dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light'
  return choice
}

/** What the menu calls each choice. */
export const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}
