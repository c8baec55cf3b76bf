import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '../../../src/shared/api'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp'
import { backupText } from './backupText'
import { INVOKE_CHANNELS } from './invokeChannels'

type Handler = (...args: unknown[]) => unknown
type FakePage = {
  id: number
  send: ReturnType<typeof vi.fn>
  on: ReturnType<typeof vi.fn>
  once: ReturnType<typeof vi.fn>
  isDestroyed: ReturnType<typeof vi.fn>
}

/** A stand-in for the parts of electron that src/main/index.ts wires. */
const fake = vi.hoisted(() => {
  let nextPageId = 1
  /** A window's page: what menu delivery and the window wiring use. */
  class FakePage {
    id = nextPageId++
    send = vi.fn()
    on = vi.fn()
    once = vi.fn()
    isDestroyed = vi.fn(() => false)
  }
  const state = {
    appHandlers: new Map<string, Handler>(),
    windows: [] as Array<{
      options: Record<string, unknown>
      loadURL: ReturnType<typeof vi.fn>
      webContents: FakePage
    }>,
    gotLock: true,
    focused: null as unknown,
    ready: Promise.resolve(),
    paths: new Map<string, string>([['appData', '/home/me/.config']]),
  }
  class BrowserWindow {
    static getFocusedWindow = vi.fn(() => state.focused)
    static getAllWindows = vi.fn(() => state.windows)
    static fromWebContents = vi.fn(() => null)
    options: Record<string, unknown>
    loadURL = vi.fn(async () => {})
    once = vi.fn()
    show = vi.fn()
    webContents = new FakePage()
    constructor(options: Record<string, unknown>) {
      this.options = options
      state.windows.push(this)
    }
  }
  return {
    state,
    electron: {
      app: {
        isPackaged: false,
        setName: vi.fn(),
        getName: () => 'Quarterdeck',
        getVersion: () => '0.1.0',
        setPath: vi.fn((name: string, value: string) => state.paths.set(name, value)),
        getPath: vi.fn((name: string) => state.paths.get(name) ?? `/home/me/${name}`),
        requestSingleInstanceLock: vi.fn(() => state.gotLock),
        quit: vi.fn(),
        on: vi.fn((event: string, handler: Handler) => state.appHandlers.set(event, handler)),
        whenReady: vi.fn(() => state.ready),
      },
      BrowserWindow,
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: {
        // Built items are the template's objects, so a test sees what main sets on them.
        buildFromTemplate: vi.fn((t: Array<{ submenu?: Array<{ id?: string }> }>) => ({
          template: t,
          getMenuItemById: (id: string) =>
            t.flatMap((menu) => menu.submenu ?? []).find((item) => item.id === id) ?? null,
        })),
        setApplicationMenu: vi.fn(),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
        },
      },
      shell: { openExternal: vi.fn(async () => {}) },
      nativeTheme: { themeSource: 'system' as string },
      safeStorage: {
        isEncryptionAvailable: () => false,
        encryptString: (text: string) => Buffer.from(text),
        decryptString: (data: Buffer) => data.toString(),
      },
    },
  }
})

vi.mock('electron', () => fake.electron)

const { electron, state } = fake

async function startMain(
  env: { devUrl?: string; gotLock?: boolean; appData?: string } = {},
): Promise<void> {
  vi.resetModules()
  vi.clearAllMocks()
  state.appHandlers.clear()
  state.windows.length = 0
  state.gotLock = env.gotLock ?? true
  state.focused = null
  state.paths = new Map([['appData', env.appData ?? '/home/me/.config']])
  if (env.devUrl) process.env['ELECTRON_RENDERER_URL'] = env.devUrl
  else delete process.env['ELECTRON_RENDERER_URL']
  await import('../../../src/main/index')
  await state.ready
  await new Promise((resolve) => setImmediate(resolve))
}

function lastCall<T>(mock: { mock: { calls: T[][] } }): T[] {
  const call = mock.mock.calls.at(-1)
  if (!call) throw new Error('never called')
  return call
}

/** The permission request handler main installed on the default session. */
function permissionRequestHandler(): Handler {
  return lastCall(electron.session.defaultSession.setPermissionRequestHandler)[0] as Handler
}

/** The menu item labelled `label`, from the installed menu. */
function menuItem(label: string): { label?: string; click?: () => void; enabled?: boolean } {
  const template = lastCall(electron.Menu.buildFromTemplate)[0] as Array<{
    submenu?: Array<{ label?: string; click?: () => void; enabled?: boolean }>
  }>
  const item = template.flatMap((menu) => menu.submenu ?? []).find((i) => i.label === label)
  if (!item) throw new Error(`no menu item ${label}`)
  return item
}

/** Calls the handler main registered for `channel`, as the preload in `page` would. */
async function invoke(channel: string, page: unknown, ...args: unknown[]): Promise<unknown> {
  const call = electron.ipcMain.handle.mock.calls.find(([c]) => c === channel)
  const handler = call?.[1] as Handler | undefined
  if (!handler) throw new Error(`no ${channel} handler`)
  const event = { senderFrame: { url: 'app://quarterdeck/index.html', parent: null }, sender: page }
  return handler(event, ...args)
}

/** `page` tells main it listens for menu commands, as the preload does once the app subscribes. */
async function pageListens(page: FakePage): Promise<void> {
  await invoke(IPC.menuReady, page)
}

let log: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {})
})
afterEach(() => {
  log.mockRestore()
  delete process.env['ELECTRON_RENDERER_URL']
})

describe('Electron main', () => {
  it('registers app:// as privileged before the app is ready', async () => {
    await startMain()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('keeps data in a fixed folder named Quarterdeck', async () => {
    await startMain()
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', '/home/me/.config/Quarterdeck')
  })

  it('opens a sandboxed, isolated window on app://quarterdeck/', async () => {
    await startMain()
    expect(state.windows).toHaveLength(1)
    const window = state.windows[0]
    expect(window?.loadURL).toHaveBeenCalledWith('app://quarterdeck/index.html')
    expect(window?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
    })
  })

  it('serves the renderer with the CSP header through the registered handler', async () => {
    await startMain()
    const serve = lastCall(electron.protocol.handle)[1] as (r: Request) => Promise<Response>
    // In tests main's folder is src/main, so its ../renderer is src/renderer.
    const response = await serve(new Request('app://quarterdeck/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    const escape = await serve(new Request('app://quarterdeck/..%2F..%2Fpackage.json'))
    expect(escape.status).toBe(403)
    expect(await escape.text()).not.toContain('quarterdeck')
  })

  it('handles every invoke channel of the preload API', async () => {
    await startMain()
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(INVOKE_CHANNELS)
  })

  it('denies permission requests and checks', async () => {
    await startMain()
    const request = permissionRequestHandler()
    const callback = vi.fn()
    request({}, 'geolocation', callback, { requestingUrl: 'app://quarterdeck/index.html' })
    request({}, 'media', callback, { requestingUrl: 'app://quarterdeck/index.html' })
    expect(callback.mock.calls).toEqual([[false], [false]])
    const check = lastCall(electron.session.defaultSession.setPermissionCheckHandler)[0] as Handler
    expect(check({}, 'notifications', 'app://quarterdeck')).toBe(false)
  })

  it('grants the app its persistent storage (the renderer asks for it), and no other origin', async () => {
    await startMain()
    const request = permissionRequestHandler()
    const callback = vi.fn()
    request({}, 'persistent-storage', callback, { requestingUrl: 'app://quarterdeck/index.html' })
    request({}, 'persistent-storage', callback, { requestingUrl: 'https://evil.example/' })
    expect(callback.mock.calls).toEqual([[true], [false]])
  })

  it('installs a menu whose commands reach the focused window', async () => {
    await startMain()
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const template = lastCall(electron.Menu.buildFromTemplate)[0] as Array<{
      submenu?: Array<{ label?: string; click?: () => void }>
    }>
    const saveBackup = template
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.label === 'Save Backup…')
    const window = state.windows[0]!
    state.focused = window
    // The page has not subscribed yet (its script is still loading): the command waits.
    saveBackup?.click?.()
    expect(window.webContents.send).not.toHaveBeenCalled()
    await pageListens(window.webContents)
    expect(window.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'save-backup')
    saveBackup?.click?.()
    expect(window.webContents.send).toHaveBeenCalledTimes(2)
  })

  it('opens a window for a command chosen with none open (macOS), and delivers it there', async () => {
    await startMain()
    const findItem = menuItem('Find…')
    state.windows.length = 0
    findItem.click?.()
    const opened = state.windows[0]
    expect(opened).toBeDefined()
    expect(opened!.loadURL).toHaveBeenCalledOnce()
    expect(opened!.webContents.send).not.toHaveBeenCalled()
    await pageListens(opened!.webContents)
    expect(opened!.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'find')
  })

  it('About names the version and where the goals and their automatic backups are stored', async () => {
    await startMain()
    const template = lastCall(electron.Menu.buildFromTemplate)[0] as Array<{
      submenu?: Array<{ label?: string; click?: () => void }>
    }>
    template
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.label === 'About Quarterdeck')
      ?.click?.()
    const options = lastCall(electron.dialog.showMessageBox).at(-1) as Record<string, string>
    expect(options['message']).toBe('Quarterdeck 0.1.0')
    expect(options['detail']).toContain('/home/me/.config/Quarterdeck')
    expect(options['detail']).toContain(
      `Automatic backups are kept in:\n${join('/home/me/.config/Quarterdeck', 'Automatic backups')}`,
    )
  })

  it('holds the quit until the last backup a page sent is on disk', async () => {
    const appData = mkdtempSync(join(tmpdir(), 'qd-main-'))
    try {
      await startMain({ appData })
      const page = state.windows[0]?.webContents
      await invoke(IPC.autoBackup, page, backupText('written at once'))
      await invoke(IPC.autoBackup, page, backupText('waiting for its interval'))
      const willQuit = { preventDefault: vi.fn() }
      state.appHandlers.get('will-quit')?.(willQuit)
      expect(willQuit.preventDefault).toHaveBeenCalledOnce()
      await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce())

      const latest = (await invoke(IPC.latestAutoBackup, page)) as { content: string }
      expect(latest.content).toBe(backupText('waiting for its interval'))
      const folder = join(appData, 'Quarterdeck', 'Automatic backups')
      await expect(invoke(IPC.autoBackupLocation, page)).resolves.toBe(folder)
      expect(readdirSync(folder).every((name) => name.endsWith('Z.json'))).toBe(true)
    } finally {
      rmSync(appData, { recursive: true, force: true })
    }
  })

  it('quits when the last window closes, except on macOS', async () => {
    await startMain()
    state.appHandlers.get('window-all-closed')?.()
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })

  it('opens a window in the running instance when started a second time', async () => {
    await startMain()
    state.appHandlers.get('second-instance')?.()
    expect(state.windows).toHaveLength(2)
  })

  it('a second instance hands over and quits without opening anything', async () => {
    await startMain({ gotLock: false })
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(state.windows).toHaveLength(0)
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('in development loads the dev server, trusts it, and says where data lives', async () => {
    await startMain({ devUrl: 'http://localhost:5173/' })
    expect(state.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      '/home/me/.config/Quarterdeck (development)',
    )
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('/home/me/.config/Quarterdeck (development)'),
    )
    const check = lastCall(electron.session.defaultSession.setPermissionCheckHandler)[0] as Handler
    expect(check({}, 'clipboard-sanitized-write', 'http://localhost:5173')).toBe(true)
    expect(check({}, 'clipboard-sanitized-write', 'http://localhost:9999')).toBe(false)
  })
})

describe('theme and task links', () => {
  beforeEach(async () => {
    await startMain()
  })

  it('sets nativeTheme.themeSource to the theme chosen in the app', async () => {
    await invoke(IPC.setThemeSource, {}, 'dark')
    expect(electron.nativeTheme.themeSource).toBe('dark')
    await invoke(IPC.setThemeSource, {}, 'system')
    expect(electron.nativeTheme.themeSource).toBe('system')
    await expect(invoke(IPC.setThemeSource, {}, 'purple')).rejects.toThrow(/system/)
    expect(electron.nativeTheme.themeSource).toBe('system')
  })

  it('enables "Save Backup…" in the application menu only while the page has a quarter to save', async () => {
    await startMain()
    const save = menuItem('Save Backup…')
    expect(save.enabled).toBe(false)
    await invoke(IPC.backupAvailable, {}, true)
    expect(save.enabled).toBe(true)
    await invoke(IPC.backupAvailable, {}, false)
    expect(save.enabled).toBe(false)
    await expect(invoke(IPC.backupAvailable, {}, 'yes')).rejects.toThrow(/true or false/)
    expect(save.enabled).toBe(false)
  })

  it("opens a task's Phabricator page in the system browser, and nothing else", async () => {
    await invoke(IPC.openTask, {}, 'T1234')
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://phabricator.wikimedia.org/T1234',
    )
    for (const hostile of ['https://evil.example/', 'T12/../x', 'file:///etc/passwd', 'T0', 42]) {
      await expect(invoke(IPC.openTask, {}, hostile)).rejects.toThrow(/task id/)
    }
    expect(electron.shell.openExternal).toHaveBeenCalledOnce()
  })
})
