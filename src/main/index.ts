/**
 * Electron main: wires the small modules of this folder to the running app.
 * The logic lives in those modules, where it is unit-tested.
 */
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron'
import { APP_ENTRY_URL, APP_SCHEME, trustedOrigins } from './appOrigin'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol'
import { autoBackupFolder } from './autoBackupFolder'
import { createAutoBackups, holdQuitForAutoBackup } from './autoBackups'
import { registerIpcHandlers } from './ipcChannels'
import { createIpcHandlers } from './ipcHandlers'
import { buildMenuTemplate } from './menu'
import { createMenuDelivery } from './menuDelivery'
import { createMenuItemSwitch, SAVE_BACKUP_ITEM_ID } from './menuItemSwitch'
import { fileLoginKeeper } from './wiki/wikiLoginFile'
import { createWikiService } from './wiki/wikiService'
import { hardenWebContents, isPermissionAllowed } from './security'
import { preloadPath, rendererDir, userDataPath, windowOptions } from './windowOptions'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const trusted = trustedOrigins(devServerUrl)

// The data folder is named here, not derived from package.json, so `npm start`
// and a packaged build find the same goals; development gets its own folder.
app.setName('Quarterdeck')
app.setPath('userData', userDataPath(app.getPath('appData'), devServerUrl !== undefined))

// A copy of the goals outside IndexedDB, in case the store is lost (autoBackups.ts).
const autoBackups = createAutoBackups(autoBackupFolder(app.getPath('userData')), {
  log: (message) => console.error(`Quarterdeck: ${message}`),
})

// Must happen before 'ready': the scheme's privileges are fixed at startup.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

function openExternal(url: string): void {
  void shell.openExternal(url)
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath(import.meta.dirname)))
  const page = window.webContents
  const pageId = page.id
  page.on('did-start-loading', () => menuDelivery.loading(page))
  page.once('destroyed', () => menuDelivery.closed(pageId))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL)
  return window
}

// "Save Backup…" in the application menu: on only while there is a quarter to back up.
const saveBackupItem = createMenuItemSwitch()

const menuDelivery = createMenuDelivery({
  current: () =>
    (BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0])?.webContents,
  open: () => createWindow().webContents,
})

function showAbout(): void {
  const window = BrowserWindow.getFocusedWindow()
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail:
      'Plan quarterly goals offline and publish them to a wiki.' +
      `\n\nYour goals are stored in:\n${app.getPath('userData')}` +
      `\n\nAutomatic backups are kept in:\n${autoBackups.location()}`,
    buttons: ['OK'],
  }
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}

function installSecurity(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, trusted)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, trusted),
  )
  app.on('web-contents-created', (_event, contents: WebContents) =>
    hardenWebContents(contents, { trustedOrigins: trusted, openExternal }),
  )
}

function installIpc(): void {
  // The wiki login's password is encrypted by the operating system (safeStorage).
  const wiki = createWikiService(
    fileLoginKeeper(join(app.getPath('userData'), 'wiki-login.json'), safeStorage),
  )
  const handlers = createIpcHandlers({
    dialogs: {
      showSaveDialog: (window, options) =>
        window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
      showOpenDialog: (window, options) =>
        window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
    },
    windowFor: (event) => BrowserWindow.fromWebContents(event.sender) ?? undefined,
    userDataPath: () => app.getPath('userData'),
    documentsPath: () => app.getPath('documents'),
    trustedOrigins: trusted,
    menuListening: (event) => menuDelivery.listening(event.sender),
    autoBackups,
    setThemeSource: (choice) => {
      nativeTheme.themeSource = choice
    },
    backupAvailable: (available) => saveBackupItem.enable(available),
    openExternal: (url) => shell.openExternal(url),
    wiki,
  })
  registerIpcHandlers(ipcMain, handlers)
}

function installMenu(): void {
  const template = buildMenuTemplate(
    { isMac: process.platform === 'darwin', isDev: !app.isPackaged, appName: app.getName() },
    {
      send: (command) => menuDelivery.send(command),
      newWindow: () => createWindow(),
      about: showAbout,
    },
  )
  const menu = Menu.buildFromTemplate(template)
  saveBackupItem.attach(menu.getMenuItemById(SAVE_BACKUP_ITEM_ID))
  Menu.setApplicationMenu(menu)
}

// One process owns the profile: a second Chromium on the same IndexedDB
// would fail to open it. A second launch opens a window in the first one.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  installSecurity()
  app.on('second-instance', () => createWindow())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // The last backup the renderer sent may still be waiting for its interval.
  app.on(
    'will-quit',
    holdQuitForAutoBackup(autoBackups, () => app.quit()),
  )
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir(import.meta.dirname)))
    installIpc()
    installMenu()
    if (devServerUrl) {
      console.log(
        `Quarterdeck (development): renderer from ${devServerUrl}; ` +
          `data (IndexedDB of that origin) in ${app.getPath('userData')}`,
      )
    }
    createWindow()
  })
}
