/**
 * Menu commands (desktop) and keyboard shortcuts (desktop and browser).
 */
import { useEffect } from 'react'
import { onMenuCommand } from '../../platform'
import { focusSearch, runCommand, undoLast } from './commands'

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey) return
  // A modal dialog owns the keyboard while it is open.
  if (document.querySelector('dialog[open]')) return
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (mod && key === 'f') {
    event.preventDefault()
    focusSearch()
    return
  }
  if (isTextField(event.target)) return
  if (mod && key === 'z' && !event.shiftKey) {
    event.preventDefault()
    void undoLast()
  } else if (!mod && event.key === '/') {
    event.preventDefault()
    focusSearch()
  } else if (!mod && key === 'n') {
    event.preventDefault()
    runCommand('new-goal')
  }
}

/** Wires the application menu and the keyboard shortcuts for the app's lifetime. */
export function useAppCommands(): void {
  useEffect(() => onMenuCommand(runCommand), [])
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
