/**
 * Every keyboard shortcut, once: the window-wide ones run app commands
 * (useShortcuts.ts), the card ones move the focus on the board
 * (features/board/useCardKeys.ts), and the "?" dialog lists them all from
 * this same table. Keys handled by a widget itself (the board's Space, the
 * editor's Escape) are listed here too, marked `listed`, so the dialog is
 * complete.
 */
import type { AppCommand } from './registry'

/** Where a shortcut works. */
export type ShortcutScope = 'window' | 'card' | 'listed'

/** A key and the modifiers it needs. `mod` is Ctrl, or ⌘ on a Mac. */
export interface KeyChord {
  key: string
  mod?: boolean
  shift?: boolean
}

/** The focus moves a card shortcut asks for. */
export type FocusMove =
  'card-up' | 'card-down' | 'column-left' | 'column-right' | 'lane-up' | 'lane-down' | 'edit-card'

/** One row of the table. */
export interface Shortcut {
  /** What the dialog shows, e.g. "Ctrl+Shift+Z". */
  keys: string
  description: string
  scope: ShortcutScope
  /** The chords that trigger it (none for `listed` ones). */
  chords: KeyChord[]
  command?: AppCommand
  move?: FocusMove
}

/** The table, in the order the dialog shows it. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: 'N',
    description: 'New goal (quick add in To do)',
    scope: 'window',
    chords: [{ key: 'n' }],
    command: 'new-goal',
  },
  {
    keys: '/ or Ctrl+F',
    description: 'Search goals',
    scope: 'window',
    chords: [{ key: '/' }, { key: 'f', mod: true }],
    command: 'find',
  },
  {
    keys: 'Ctrl+Z',
    description: 'Undo the last change',
    scope: 'window',
    chords: [{ key: 'z', mod: true }],
    command: 'undo',
  },
  {
    keys: 'Ctrl+Shift+Z or Ctrl+Y',
    description: 'Redo what was undone last',
    scope: 'window',
    chords: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    command: 'redo',
  },
  {
    keys: 'L',
    description: 'Swimlanes by team on or off',
    scope: 'window',
    chords: [{ key: 'l' }],
    command: 'toggle-lanes',
  },
  // The views in the order of the header's tabs.
  {
    keys: '1',
    description: 'Show the board',
    scope: 'window',
    chords: [{ key: '1' }],
    command: 'show-board',
  },
  {
    keys: '2',
    description: 'Show the team view',
    scope: 'window',
    chords: [{ key: '2' }],
    command: 'show-team',
  },
  {
    keys: '3',
    description: 'Show the activity',
    scope: 'window',
    chords: [{ key: '3' }],
    command: 'show-activity',
  },
  {
    keys: '4',
    description: 'Show the wiki export',
    scope: 'window',
    chords: [{ key: '4' }],
    command: 'export-wiki',
  },
  {
    keys: '5',
    description: 'Show the wiki import',
    scope: 'window',
    chords: [{ key: '5' }],
    command: 'import-wiki',
  },
  {
    keys: '?',
    description: 'This list of shortcuts',
    scope: 'window',
    chords: [{ key: '?' }],
    command: 'show-shortcuts',
  },
  {
    keys: 'Enter or E',
    description: 'Edit the focused card',
    scope: 'card',
    chords: [{ key: 'e' }],
    move: 'edit-card',
  },
  {
    keys: '↑ / ↓',
    description: 'Focus the card above or below',
    scope: 'card',
    chords: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }],
  },
  {
    keys: '← / →',
    description: 'Focus a card in the column to the left or right',
    scope: 'card',
    chords: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }],
  },
  {
    keys: 'Ctrl+↑ / Ctrl+↓',
    description: 'Focus a card in the lane above or below (swimlanes)',
    scope: 'card',
    chords: [
      { key: 'ArrowUp', mod: true },
      { key: 'ArrowDown', mod: true },
    ],
  },
  {
    keys: 'Space, arrows, Space',
    description: 'Pick a card up, move it, drop it (Escape puts it back)',
    scope: 'listed',
    chords: [],
  },
  {
    keys: 'Shift while dropping',
    description: 'Move a dragged card to the team of the lane it is dropped in',
    scope: 'listed',
    chords: [],
  },
  {
    keys: 'Enter / Shift+Enter / Escape',
    description: 'In quick add: add the goal / new line / close',
    scope: 'listed',
    chords: [],
  },
  {
    keys: 'Escape',
    description: 'Close a dialog or the editor (asks first if there are changes)',
    scope: 'listed',
    chords: [],
  },
  {
    // Radix Toast's own key (components/Toasts.tsx).
    keys: 'F8',
    description: 'Go to the messages (Tab moves through them, Escape dismisses one)',
    scope: 'listed',
    chords: [],
  },
]

function matches(chord: KeyChord, event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (key !== chord.key || mod !== (chord.mod ?? false)) return false
  if (chord.shift !== undefined) return event.shiftKey === chord.shift
  // "?" is Shift+/ on most layouts: punctuation does not care about Shift; letters and arrows do.
  return !event.shiftKey || (chord.key.length === 1 && !/^[a-z0-9]$/.test(chord.key))
}

/** The row of `scope` a key press asks for, if any; `inTextField` says where the focus is. */
export function shortcutFor(
  event: KeyboardEvent,
  scope: Exclude<ShortcutScope, 'listed'>,
  inTextField: boolean,
): Shortcut | null {
  if (event.defaultPrevented || event.altKey) return null
  for (const shortcut of SHORTCUTS) {
    if (shortcut.scope !== scope) continue
    const chord = shortcut.chords.find((c) => matches(c, event))
    if (!chord) continue
    // Text fields keep their letters and their own undo; Ctrl+F still searches.
    if (inTextField && !(chord.key === 'f' && chord.mod)) return null
    return shortcut
  }
  return null
}

/** The focus move an arrow key on a card asks for. */
export function focusMoveOf(event: KeyboardEvent): FocusMove | null {
  const row = shortcutFor(event, 'card', false)
  if (!row) return null
  if (row.move) return row.move
  const mod = event.ctrlKey || event.metaKey
  switch (event.key) {
    case 'ArrowUp':
      return mod ? 'lane-up' : 'card-up'
    case 'ArrowDown':
      return mod ? 'lane-down' : 'card-down'
    case 'ArrowLeft':
      return 'column-left'
    case 'ArrowRight':
      return 'column-right'
    default:
      return null
  }
}
