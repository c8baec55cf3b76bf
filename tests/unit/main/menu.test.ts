import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '../../../src/shared/api'
import { buildMenuTemplate, type MenuActions } from '../../../src/main/menu'

function setup(isMac = false, isDev = false) {
  const actions: MenuActions = { send: vi.fn(), newWindow: vi.fn(), about: vi.fn() }
  const template = buildMenuTemplate({ isMac, isDev, appName: 'Quarterdeck' }, actions)
  return { actions, template }
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ])
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}

function byLabel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.label === label)
  if (!item) throw new Error(`no item ${label}`)
  return item
}

function click(item: MenuItemConstructorOptions): void {
  const handler = item.click as (() => void) | undefined
  if (!handler) throw new Error(`${item.label} does nothing`)
  handler()
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows/Linux, with Alt mnemonics', () => {
    const { template } = setup()
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
  })

  it('puts the app menu first on macOS and shows no mnemonics there', () => {
    const { template } = setup(true)
    expect(template.map((m) => m.label)).toEqual([
      'Quarterdeck',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it('lists the File actions in order with their shortcuts', () => {
    const file = submenu(setup().template, 'File').filter((i) => i.type !== 'separator')
    expect(file.map((i) => i.label ?? i.role)).toEqual([
      'New Quarter…',
      'Start Next Quarter…',
      'Quarter Settings…',
      'New Goal',
      'Load Example Quarter',
      'Import Wiki Page…',
      'Export Wiki Page…',
      'Save Backup…',
      'Open Backup…',
      'Merge Backup…',
      'Connect a Wiki…',
      'Publish to the Wiki…',
      'Pull from the Wiki',
      'New Window',
      'close',
      'quit',
    ])
    const shortcut = (label: string): unknown => byLabel(setup().template, label).accelerator
    expect(shortcut('Save Backup…')).toBe('CmdOrCtrl+S')
    expect(shortcut('Open Backup…')).toBe('CmdOrCtrl+O')
    expect(shortcut('Export Wiki Page…')).toBe('CmdOrCtrl+E')
    expect(shortcut('New Window')).toBe('CmdOrCtrl+Shift+N')
  })

  it('sends each app command to the focused window', () => {
    const { template, actions } = setup()
    const expected: Record<string, string> = {
      'New Quarter…': 'new-quarter',
      'Start Next Quarter…': 'next-quarter',
      'Quarter Settings…': 'quarter-settings',
      'New Goal': 'new-goal',
      'Load Example Quarter': 'load-example',
      'Import Wiki Page…': 'import-wiki',
      'Export Wiki Page…': 'export-wiki',
      'Save Backup…': 'save-backup',
      'Open Backup…': 'open-backup',
      'Merge Backup…': 'merge-backup',
      'Connect a Wiki…': 'connect-wiki',
      'Publish to the Wiki…': 'publish-wiki',
      'Pull from the Wiki': 'pull-wiki',
      'Undo Board Change': 'undo',
      'Redo Board Change': 'redo',
      'Find…': 'find',
      Board: 'show-board',
      Team: 'show-team',
      Activity: 'show-activity',
      'Swimlanes by Team': 'toggle-lanes',
      'Keyboard Shortcuts': 'show-shortcuts',
    }
    for (const [label, command] of Object.entries(expected)) {
      click(byLabel(template, label))
      expect(actions.send).toHaveBeenLastCalledWith(command)
    }
    // Every command the renderer understands is reachable from the menu.
    expect(new Set(Object.values(expected))).toEqual(new Set(MENU_COMMANDS))
  })

  it('keeps native undo for text fields and a separate board undo that does not clash', () => {
    const { template } = setup()
    const edit = submenu(template, 'Edit')
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
    const accelerators = items(template)
      .map((i) => i.accelerator)
      .filter((a): a is string => typeof a === 'string')
    expect(byLabel(template, 'Undo Board Change').accelerator).toBe('CmdOrCtrl+Alt+Z')
    expect(accelerators).not.toContain('CmdOrCtrl+Z')
    expect(accelerators).not.toContain('Shift+CmdOrCtrl+Z')
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(byLabel(template, 'Find…').accelerator).toBe('CmdOrCtrl+F')
  })

  it('switches to each view from the View menu, in the order of the tabs, with Ctrl/Cmd and its number', () => {
    const view = submenu(setup().template, 'View').filter((i) => i.id?.startsWith('command:show-'))
    expect(view.map((i) => [i.label, i.accelerator])).toEqual([
      ['Board', 'CmdOrCtrl+1'],
      ['Team', 'CmdOrCtrl+2'],
      ['Activity', 'CmdOrCtrl+3'],
    ])
  })

  it('opens a new window and the About box', () => {
    const { template, actions } = setup()
    click(byLabel(template, 'New Window'))
    expect(actions.newWindow).toHaveBeenCalledOnce()
    click(byLabel(template, 'About Quarterdeck'))
    expect(actions.about).toHaveBeenCalledOnce()
    expect(actions.send).not.toHaveBeenCalled()
  })

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean): unknown[] =>
      submenu(setup(false, isDev).template, 'View').map((i) => i.role)
    expect(roles(false)).not.toContain('reload')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']))
  })
})
