import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { QuarterdeckApi } from '../../../src/shared/api'
import { IPC } from '../../../src/shared/api'

type Listener = (event: unknown, ...args: unknown[]) => void

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>()
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set())
        listeners.get(channel)?.add(listener)
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener)
      }),
    },
  }
})

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}))

function emitMenu(command: unknown): void {
  for (const listener of electron.listeners.get(IPC.menuCommand) ?? []) listener({}, command)
}

let api: QuarterdeckApi

beforeEach(async () => {
  vi.resetModules()
  electron.contextBridge.exposeInMainWorld.mockClear()
  electron.ipcRenderer.invoke.mockReset()
  electron.listeners.clear()
  await import('../../../src/preload/index')
  api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as QuarterdeckApi
})

describe('preload', () => {
  it('exposes window.quarterdeck with named functions only, never ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('quarterdeck')
    expect(Object.keys(api).sort()).toEqual([
      'autoBackup',
      'autoBackupLocation',
      'backupAvailable',
      'dataLocation',
      'keepDamagedStore',
      'latestAutoBackup',
      'onMenuCommand',
      'openTask',
      'openTextFile',
      'rememberQuarterCount',
      'rememberedQuarterCount',
      'saveTextFile',
      'setThemeSource',
      'wikiAccount',
      'wikiConnect',
      'wikiDisconnect',
      'wikiRead',
      'wikiSave',
    ])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke)
  })

  it('invokes the api.ts channels with the request as given', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ saved: false })
    const request = { title: 'Save', defaultName: 'a.wiki', filters: [], content: 'x' }
    await expect(api.saveTextFile(request)).resolves.toEqual({ saved: false })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.saveTextFile, request)

    electron.ipcRenderer.invoke.mockResolvedValue('/home/me/.config/Quarterdeck')
    await expect(api.dataLocation()).resolves.toBe('/home/me/.config/Quarterdeck')
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.dataLocation)
  })

  it('sends automatic backups and asks for the newest one and its folder', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue(undefined)
    await expect(api.autoBackup('{"format":"quarterdeck"}')).resolves.toBeUndefined()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      IPC.autoBackup,
      '{"format":"quarterdeck"}',
    )

    electron.ipcRenderer.invoke.mockResolvedValue(null)
    await expect(api.latestAutoBackup()).resolves.toBeNull()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.latestAutoBackup)

    electron.ipcRenderer.invoke.mockResolvedValue('/home/me/.config/Quarterdeck/Automatic backups')
    await expect(api.autoBackupLocation()).resolves.toMatch(/Automatic backups$/)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.autoBackupLocation)
    await api.keepDamagedStore()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.keepDamagedStore)
    await api.rememberQuarterCount(3)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.rememberQuarterCount, 3)
    electron.ipcRenderer.invoke.mockResolvedValue(3)
    await expect(api.rememberedQuarterCount()).resolves.toBe(3)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.rememberedQuarterCount)
  })

  it('passes the theme choice and task ids on as given (main checks them)', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue(undefined)
    await api.setThemeSource('dark')
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.setThemeSource, 'dark')
    await api.openTask('T42')
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openTask, 'T42')
  })

  it("hands the page main's answer to openTextFile, the chosen file's bytes, as they came", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x3d, 0xe9])
    electron.ipcRenderer.invoke.mockResolvedValue({ opened: true, name: 'goals.wiki', bytes })
    const request = { title: 'Open', filters: [{ name: 'Wiki', extensions: ['wiki'] }] }
    const reply = await api.openTextFile(request)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openTextFile, request)
    expect(reply).toEqual({ opened: true, name: 'goals.wiki', bytes })
  })

  it("turns main's errors into plain messages the renderer can show", async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(
      new Error(
        'Error invoking remote method \'quarterdeck:open-text-file\': FileReadError: "big.json" is 25.0 MB; Quarterdeck opens files up to 20.0 MB.',
      ),
    )
    await expect(api.openTextFile({ title: 'Open', filters: [] })).rejects.toThrow(
      /^"big\.json" is 25\.0 MB; Quarterdeck opens files up to 20\.0 MB\.$/,
    )
  })

  it('forwards known menu commands only, until unsubscribed', () => {
    const received: string[] = []
    const unsubscribe = api.onMenuCommand((command) => received.push(command))
    emitMenu('save-backup')
    emitMenu('rm -rf /')
    emitMenu({ command: 'undo' })
    emitMenu('undo')
    unsubscribe()
    unsubscribe()
    emitMenu('find')
    expect(received).toEqual(['save-backup', 'undo'])
    expect(electron.listeners.get(IPC.menuCommand)?.size).toBe(0)
  })

  it('tells main it listens once its listener is in place, so held-back commands can come', () => {
    let listeningWhenAnnounced = -1
    electron.ipcRenderer.invoke.mockImplementation(async (channel: string) => {
      if (channel === IPC.menuReady) {
        listeningWhenAnnounced = electron.listeners.get(IPC.menuCommand)?.size ?? 0
      }
    })
    api.onMenuCommand(() => {})
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.menuReady)
    expect(listeningWhenAnnounced).toBe(1)
  })

  it('keeps separate subscriptions independent', () => {
    const first: string[] = []
    const second: string[] = []
    const stopFirst = api.onMenuCommand((c) => first.push(c))
    api.onMenuCommand((c) => second.push(c))
    stopFirst()
    emitMenu('find')
    expect(first).toEqual([])
    expect(second).toEqual(['find'])
  })
})
