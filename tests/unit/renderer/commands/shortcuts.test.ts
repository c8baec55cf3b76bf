import { describe, expect, it } from 'vitest'
import { focusMoveOf, SHORTCUTS, shortcutFor } from '../../../../src/renderer/commands/shortcuts'

function press(key: string, mods: Partial<KeyboardEvent> = {}): KeyboardEvent {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
    ...mods,
  } as KeyboardEvent
}

const command = (event: KeyboardEvent, inText = false) =>
  shortcutFor(event, 'window', inText)?.command ?? null

describe('shortcut table', () => {
  it('runs undo and redo with Ctrl or Cmd, Shift telling them apart', () => {
    expect(command(press('z', { ctrlKey: true }))).toBe('undo')
    expect(command(press('z', { metaKey: true }))).toBe('undo')
    expect(command(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(command(press('y', { ctrlKey: true }))).toBe('redo')
  })

  it('leaves letters and undo to text fields, but Ctrl+F still searches', () => {
    expect(command(press('n'))).toBe('new-goal')
    expect(command(press('n'), true)).toBeNull()
    expect(command(press('z', { ctrlKey: true }), true)).toBeNull()
    expect(command(press('f', { ctrlKey: true }), true)).toBe('find')
    expect(command(press('/'))).toBe('find')
  })

  it('opens the list with "?" (Shift+/), switches views in the order of the tabs, and swimlanes', () => {
    expect(command(press('?', { shiftKey: true }))).toBe('show-shortcuts')
    expect(command(press('1'))).toBe('show-board')
    expect(command(press('2'))).toBe('show-team')
    expect(command(press('3'))).toBe('show-activity')
    expect(command(press('4'))).toBe('export-wiki')
    expect(command(press('5'))).toBe('import-wiki')
    expect(command(press('6'))).toBeNull()
    expect(command(press('l'))).toBe('toggle-lanes')
  })

  it('ignores Alt, a Shift that changes a letter, and keys already handled', () => {
    expect(command(press('n', { altKey: true }))).toBeNull()
    expect(command(press('N', { shiftKey: true }))).toBeNull()
    expect(command(press('n', { defaultPrevented: true }))).toBeNull()
    expect(command(press('n', { ctrlKey: true }))).toBeNull()
  })

  it('moves the focus on cards with arrows, between lanes with Ctrl, and edits with E', () => {
    expect(focusMoveOf(press('ArrowUp'))).toBe('card-up')
    expect(focusMoveOf(press('ArrowDown'))).toBe('card-down')
    expect(focusMoveOf(press('ArrowLeft'))).toBe('column-left')
    expect(focusMoveOf(press('ArrowRight'))).toBe('column-right')
    expect(focusMoveOf(press('ArrowUp', { ctrlKey: true }))).toBe('lane-up')
    expect(focusMoveOf(press('ArrowDown', { metaKey: true }))).toBe('lane-down')
    expect(focusMoveOf(press('e'))).toBe('edit-card')
    expect(focusMoveOf(press('ArrowUp', { shiftKey: true }))).toBeNull()
    expect(focusMoveOf(press('x'))).toBeNull()
  })

  it('lists every key once, each with a description', () => {
    const keys = SHORTCUTS.map((shortcut) => shortcut.keys)
    expect(new Set(keys).size).toBe(keys.length)
    for (const shortcut of SHORTCUTS) {
      expect(shortcut.description).not.toBe('')
      if (shortcut.scope !== 'listed') expect(shortcut.chords.length).toBeGreaterThan(0)
    }
  })
})
