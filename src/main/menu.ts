/**
 * The application menu. Items for app actions send a MenuCommand to the
 * focused window (the renderer decides what it means there); editing, zoom
 * and window items use Electron's roles so text fields behave natively.
 *
 * Undo: Edit → Undo/Redo keep their native roles (CmdOrCtrl+Z undoes typing
 * in a text field, as everywhere else). Board changes (moves, deletes) are
 * undone by "Undo Board Change", CmdOrCtrl+Alt+Z, which sends 'undo' (and redone by
 * "Redo Board Change", Shift+CmdOrCtrl+Alt+Z, which sends 'redo'); the
 * renderer may also catch CmdOrCtrl+Z itself when focus is not in a text
 * field. Shift+CmdOrCtrl+Z is left alone because it is Redo on macOS/Linux.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/api'

/** What menu items do when chosen; wired to real windows in index.ts. */
export interface MenuActions {
  /** Sends a command to the focused window. */
  send(command: MenuCommand): void
  /** Opens another board window on the same data. */
  newWindow(): void
  /** Shows the About box (version and where data lives). */
  about(): void
}

/** Platform facts the menu depends on. */
export interface MenuOptions {
  isMac: boolean
  isDev: boolean
  appName: string
}

function command(
  label: string,
  cmd: MenuCommand,
  actions: MenuActions,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    id: `command:${cmd}`,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(cmd),
  }
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The whole menu bar as a template for Menu.buildFromTemplate. */
export function buildMenuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const { isMac, isDev, appName } = options
  // Alt-key mnemonics exist on Windows and Linux only.
  const top = (label: string): string => (isMac ? label : `&${label}`)
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: `About ${appName}`,
    click: () => actions.about(),
  }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : []

  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      command('New Quarter…', 'new-quarter', actions),
      command('Start Next Quarter…', 'next-quarter', actions),
      command('Quarter Settings…', 'quarter-settings', actions),
      command('New Goal', 'new-goal', actions, 'CmdOrCtrl+N'),
      command('Load Example Quarter', 'load-example', actions),
      separator,
      command('Import Wiki Page…', 'import-wiki', actions, 'CmdOrCtrl+Shift+O'),
      command('Export Wiki Page…', 'export-wiki', actions, 'CmdOrCtrl+E'),
      separator,
      command('Save Backup…', 'save-backup', actions, 'CmdOrCtrl+S'),
      command('Open Backup…', 'open-backup', actions, 'CmdOrCtrl+O'),
      command('Merge Backup…', 'merge-backup', actions),
      separator,
      command('Connect a Wiki…', 'connect-wiki', actions),
      command('Publish to the Wiki…', 'publish-wiki', actions),
      command('Pull from the Wiki', 'pull-wiki', actions),
      separator,
      {
        id: 'new-window',
        label: 'New Window',
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newWindow(),
      },
      separator,
      { role: 'close' },
      ...(isMac ? [] : [{ role: 'quit' } as const]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      command('Undo Board Change', 'undo', actions, 'CmdOrCtrl+Alt+Z'),
      command('Redo Board Change', 'redo', actions, 'Shift+CmdOrCtrl+Alt+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find', actions, 'CmdOrCtrl+F'),
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      // The views in the order of the window's tabs.
      command('Board', 'show-board', actions, 'CmdOrCtrl+1'),
      command('Team', 'show-team', actions, 'CmdOrCtrl+2'),
      command('Activity', 'show-activity', actions, 'CmdOrCtrl+3'),
      command('Swimlanes by Team', 'toggle-lanes', actions, 'CmdOrCtrl+Shift+L'),
      separator,
      ...(isDev
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: top('Window'),
    role: 'windowMenu',
  }

  const help: MenuItemConstructorOptions = {
    label: top('Help'),
    role: 'help',
    submenu: [
      command('Keyboard Shortcuts', 'show-shortcuts', actions, 'CmdOrCtrl+/'),
      ...(isMac ? [{ ...about, id: 'about-help' }] : [about]),
    ],
  }

  return [...appMenu, file, edit, view, windowMenu, help]
}
