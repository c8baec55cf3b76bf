/**
 * Menu commands (desktop) and keyboard shortcuts (desktop and browser), both
 * running the app commands of the registry.
 */
import { useEffect } from 'react'
import { onMenuCommand } from '../platform'
import { runAppCommand, type AppCommand } from './registry'
import { shortcutFor } from './shortcuts'
import { isDialogOpen } from '../components/openDialogs'

/** True for elements that take typed text (they keep their letters and their own undo). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
}

/** The app command a key press asks for, if any (see the table in shortcuts.ts). */
export function shortcutOf(event: KeyboardEvent): AppCommand | null {
  // The element that has the key, even inside a shadow root (the wikitext editor's),
  // where `target` is only the shadow root's host.
  const typedInto = event.composedPath()[0] ?? event.target
  return shortcutFor(event, 'window', isTextField(typedInto))?.command ?? null
}

function onKeyDown(event: KeyboardEvent): void {
  // A modal dialog owns the keyboard while it is open.
  if (isDialogOpen()) return
  const command = shortcutOf(event)
  if (!command) return
  event.preventDefault()
  runAppCommand(command)
}

/** Wires the application menu and the keyboard shortcuts for the app's lifetime. */
export function useShortcuts(): void {
  useEffect(() => onMenuCommand(runAppCommand), [])
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
