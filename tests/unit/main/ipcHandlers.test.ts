import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC, type AutoBackupFile } from '../../../src/shared/api'
import { registerIpcHandlers, type IpcHandler } from '../../../src/main/ipcChannels'
import { createIpcHandlers, type NativeDialogs } from '../../../src/main/ipcHandlers'
import type { WikiService } from '../../../src/main/wiki/wikiService'
import { backupText } from './backupText'
import { INVOKE_CHANNELS } from './invokeChannels'

let dir: string
let dialogs: { showSaveDialog: ReturnType<typeof vi.fn>; showOpenDialog: ReturnType<typeof vi.fn> }
let handlers: Record<string, IpcHandler>
let wiki: { [K in keyof WikiService]: ReturnType<typeof vi.fn> }
let menuListening: ReturnType<typeof vi.fn<(event: IpcMainInvokeEvent) => void>>
let autoBackups: {
  offer: ReturnType<typeof vi.fn<(content: string) => void>>
  latest: ReturnType<typeof vi.fn<() => Promise<AutoBackupFile | null>>>
  location: () => string
  problem: () => string | null
}

function eventFrom(url: string | null, parent: unknown = null): IpcMainInvokeEvent {
  return {
    senderFrame: url === null ? null : { url, parent },
    sender: {},
  } as unknown as IpcMainInvokeEvent
}
const fromApp = eventFrom('app://quarterdeck/index.html')

function handler(channel: string): IpcHandler {
  const found = handlers[channel]
  if (!found) throw new Error(`no handler for ${channel}`)
  return found
}

const saveRequest = (content: string, defaultName = 'plan.json'): unknown => ({
  title: 'Save backup',
  defaultName,
  filters: [{ name: 'Backup', extensions: ['json'] }],
  content,
})
const openRequest = { title: 'Open', filters: [{ name: 'Wiki', extensions: ['wiki', 'txt'] }] }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qd-ipc-'))
  dialogs = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }
  wiki = {
    account: vi.fn(async () => null),
    connect: vi.fn(async () => ({ ok: true, value: { apiUrl: 'x', username: 'E@q', user: 'E' } })),
    disconnect: vi.fn(async () => {}),
    readLatest: vi.fn(async () => ({ ok: true, value: null })),
    save: vi.fn(),
  }
  menuListening = vi.fn<(event: IpcMainInvokeEvent) => void>()
  autoBackups = {
    offer: vi.fn<(content: string) => void>(),
    latest: vi.fn<() => Promise<AutoBackupFile | null>>(async () => null),
    location: () => '/home/me/.config/Quarterdeck/Automatic backups',
    problem: () => null,
  }
  handlers = createIpcHandlers({
    menuListening,
    autoBackups,
    dialogs: dialogs as unknown as NativeDialogs,
    windowFor: () => undefined,
    userDataPath: () => '/home/me/.config/Quarterdeck',
    documentsPath: () => '/home/me/Documents',
    trustedOrigins: ['app://quarterdeck'],
    setThemeSource: () => {},
    backupAvailable: () => {},
    openExternal: async () => {},
    wiki: wiki as unknown as WikiService,
  })
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('IPC handlers', () => {
  it('handle exactly the invoke channels of the preload API', () => {
    const ipcMain = { handle: vi.fn() }
    registerIpcHandlers(ipcMain, handlers)
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(INVOKE_CHANNELS)
  })

  it('refuse callers that are not a top-level Quarterdeck page, before any dialog', async () => {
    const strangers = [
      eventFrom('https://evil.example/'),
      eventFrom('file:///tmp/page.html'),
      eventFrom(null),
      eventFrom('app://quarterdeck/index.html', { url: 'app://quarterdeck/' }),
    ]
    for (const event of strangers) {
      await expect(handler(IPC.saveTextFile)(event, saveRequest('x'))).rejects.toThrow(
        /did not come from a Quarterdeck page/,
      )
      await expect(handler(IPC.dataLocation)(event)).rejects.toThrow(/Quarterdeck page/)
      await expect(handler(IPC.menuReady)(event)).rejects.toThrow(/Quarterdeck page/)
      await expect(handler(IPC.autoBackup)(event, backupText('Q4'))).rejects.toThrow(
        /Quarterdeck page/,
      )
      await expect(handler(IPC.latestAutoBackup)(event)).rejects.toThrow(/Quarterdeck page/)
    }
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled()
    expect(menuListening).not.toHaveBeenCalled()
    expect(autoBackups.offer).not.toHaveBeenCalled()
    expect(autoBackups.latest).not.toHaveBeenCalled()
  })

  it('hear a page say it listens for menu commands, with no arguments', async () => {
    await expect(handler(IPC.menuReady)(fromApp, 'extra')).rejects.toThrow(/no arguments/)
    expect(menuListening).not.toHaveBeenCalled()
    await handler(IPC.menuReady)(fromApp)
    expect(menuListening).toHaveBeenCalledWith(fromApp)
  })

  it('report where data lives', async () => {
    await expect(handler(IPC.dataLocation)(fromApp)).resolves.toBe('/home/me/.config/Quarterdeck')
    await expect(handler(IPC.dataLocation)(fromApp, 'extra')).rejects.toThrow(/no arguments/)
  })
})

describe('saveTextFile', () => {
  it('offers a safe base name in Documents and writes UTF-8 where the user chose', async () => {
    const target = join(dir, 'Q2 backup.json')
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await handler(IPC.saveTextFile)(
      fromApp,
      saveRequest('Zürich ✓', '../../etc/passwd'),
    )
    expect(result).toEqual({ saved: true, path: target })
    expect(dialogs.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Save backup',
      defaultPath: join('/home/me/Documents', 'passwd'),
      filters: [{ name: 'Backup', extensions: ['json'] }],
    })
    expect(readFileSync(target, 'utf8')).toBe('Zürich ✓')
  })

  it('replaces an existing file whole and leaves no temporary files', async () => {
    const target = join(dir, 'plan.json')
    writeFileSync(target, 'old content that is longer than the new one')
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    await handler(IPC.saveTextFile)(fromApp, saveRequest('new'))
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['plan.json'])
  })

  it('leaves the old file intact and cleans up when the write fails', async () => {
    // A folder where the file should go: the final rename fails.
    const target = join(dir, 'taken.json')
    mkdirSync(target)
    writeFileSync(join(target, 'keep.txt'), 'keep')
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    await expect(handler(IPC.saveTextFile)(fromApp, saveRequest('new'))).rejects.toThrow(
      /^Could not save "taken\.json": /,
    )
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep')
    expect(readdirSync(dir)).toEqual(['taken.json'])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    dialogs.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await expect(handler(IPC.saveTextFile)(fromApp, saveRequest('x'))).resolves.toEqual({
      saved: false,
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses malformed requests without showing a dialog', async () => {
    await expect(handler(IPC.saveTextFile)(fromApp, { content: 1 })).rejects.toThrow(/Invalid/)
    await expect(handler(IPC.saveTextFile)(fromApp)).rejects.toThrow(/exactly one argument/)
    await expect(
      handler(IPC.saveTextFile)(fromApp, saveRequest('x'), saveRequest('y')),
    ).rejects.toThrow(/exactly one argument/)
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled()
  })
})

/** The reply's bytes, checked to be a plain Uint8Array (what IPC clones) of exactly its own buffer. */
function ownBytesOf(reply: unknown): number[] {
  const bytes = (reply as { bytes?: unknown }).bytes
  expect(bytes).toBeInstanceOf(Uint8Array)
  const array = bytes as Uint8Array
  // Not a Buffer, and not a view of a larger pool that IPC would send whole.
  expect(Object.getPrototypeOf(array)).toBe(Uint8Array.prototype)
  expect([array.byteOffset, array.buffer.byteLength]).toEqual([0, array.length])
  return Array.from(array)
}

describe('openTextFile', () => {
  it("answers the chosen file's name and exact bytes, for the page to decode", async () => {
    const path = join(dir, 'goals.wiki')
    const content = Buffer.from('\uFEFF== Analytics ==\n')
    writeFileSync(path, content)
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    const reply = await handler(IPC.openTextFile)(fromApp, openRequest)
    expect(reply).toMatchObject({ opened: true, name: 'goals.wiki' })
    expect(Object.keys(reply as object).sort()).toEqual(['bytes', 'name', 'opened'])
    expect(ownBytesOf(reply)).toEqual([...content])
    expect(dialogs.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      properties: ['openFile'],
      filters: openRequest.filters,
    })
  })

  it("gives UTF-16, Latin-1 and binary files as they are: deciding on them is the page's job", async () => {
    const files = {
      'page.wiki': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café', 'utf16le')]),
      'latin.wiki': Buffer.from('Caf\xe9', 'latin1'),
      'photo.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    }
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), content)
      dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, name)] })
      const reply = await handler(IPC.openTextFile)(fromApp, openRequest)
      expect(reply).toMatchObject({ opened: true, name })
      expect(ownBytesOf(reply)).toEqual([...content])
    }
  })

  it('returns nothing when cancelled', async () => {
    dialogs.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await expect(handler(IPC.openTextFile)(fromApp, openRequest)).resolves.toEqual({
      opened: false,
    })
  })

  it('refuses files over 20 MB with a message naming the file and sizes', async () => {
    const path = join(dir, 'huge.json')
    writeFileSync(path, Buffer.alloc(25 * 1024 * 1024, 0x61))
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    await expect(handler(IPC.openTextFile)(fromApp, openRequest)).rejects.toThrow(
      '"huge.json" is 25.0 MB; Quarterdeck opens files up to 20.0 MB.',
    )
  })

  it('explains a file that vanished between choosing and reading', async () => {
    dialogs.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(dir, 'gone.wiki')],
    })
    await expect(handler(IPC.openTextFile)(fromApp, openRequest)).rejects.toThrow(
      'Could not open "gone.wiki": the file or folder does not exist.',
    )
  })

  it('refuses a request carrying a path of its own', async () => {
    await expect(
      handler(IPC.openTextFile)(fromApp, { ...openRequest, path: '/etc/shadow' }),
    ).rejects.toThrow(/Invalid openTextFile request/)
    expect(dialogs.showOpenDialog).not.toHaveBeenCalled()
  })
})

describe('automatic backups', () => {
  it('keep the backup text a page sends, as it came', async () => {
    const text = backupText('2026 Q4')
    await expect(handler(IPC.autoBackup)(fromApp, text)).resolves.toBeNull()
    expect(autoBackups.offer).toHaveBeenCalledWith(text)
  })

  it('refuse anything that is not a backup with plans, keeping nothing', async () => {
    const refused = [
      [],
      [{ content: backupText('Q4') }],
      ['{"format": "quarterdeck", '],
      ['{"plans": [{}]}'],
      [backupText('empty', [])],
      [backupText('Q4'), backupText('Q4')],
    ]
    for (const args of refused) {
      await expect(handler(IPC.autoBackup)(fromApp, ...args)).rejects.toThrow(
        /Invalid autoBackup content|exactly one argument/,
      )
    }
    expect(autoBackups.offer).not.toHaveBeenCalled()
  })

  it('give the newest one, and where they are kept', async () => {
    const newest = {
      name: 'quarterdeck-2026-12-02T05-40-12Z.json',
      savedAt: '2026-12-02T05:40:12.000Z',
      content: backupText('Q4'),
    }
    autoBackups.latest.mockResolvedValue(newest)
    await expect(handler(IPC.latestAutoBackup)(fromApp)).resolves.toEqual(newest)
    await expect(handler(IPC.autoBackupLocation)(fromApp)).resolves.toBe(
      '/home/me/.config/Quarterdeck/Automatic backups',
    )
    await expect(handler(IPC.latestAutoBackup)(fromApp, 'x')).rejects.toThrow(/no arguments/)
    await expect(handler(IPC.autoBackupLocation)(fromApp, 'x')).rejects.toThrow(/no arguments/)
  })
})

describe('keeping a damaged store', () => {
  it('takes no arguments, and says so when the store has no files to keep', async () => {
    // userDataPath points to a folder that does not exist here: nothing to copy.
    await expect(handler(IPC.keepDamagedStore)(fromApp)).resolves.toBeNull()
    await expect(handler(IPC.keepDamagedStore)(fromApp, 'x')).rejects.toThrow(/no arguments/)
  })
})

describe('the wiki channels', () => {
  const login = { apiUrl: 'https://wiki.example/w/api.php', username: 'Editor@qd', password: 'pw' }
  const save = {
    title: 'Goals',
    text: 'page',
    summary: 'Updated',
    base: { revid: 3, timestamp: '2026-12-02T10:00:00Z' },
    startedAt: '2026-12-02T10:05:00Z',
  }

  it('hand checked requests to the wiki service', async () => {
    await handler(IPC.wikiConnect)(fromApp, login)
    expect(wiki.connect).toHaveBeenCalledWith(login)
    await handler(IPC.wikiRead)(fromApp, 'Goals')
    expect(wiki.readLatest).toHaveBeenCalledWith('Goals')
    await handler(IPC.wikiSave)(fromApp, save)
    expect(wiki.save).toHaveBeenCalledWith(save)
    await handler(IPC.wikiDisconnect)(fromApp)
    expect(wiki.disconnect).toHaveBeenCalled()
  })

  it('refuse malformed requests and strangers before the network', async () => {
    await expect(handler(IPC.wikiConnect)(fromApp, { ...login, extra: 1 })).rejects.toThrow(
      /Invalid wiki login/,
    )
    await expect(handler(IPC.wikiRead)(fromApp, '')).rejects.toThrow(/Invalid wiki page title/)
    await expect(
      handler(IPC.wikiSave)(fromApp, { ...save, base: { revid: 'x', timestamp: 'now' } }),
    ).rejects.toThrow(/Invalid wiki save request/)
    await expect(
      handler(IPC.wikiConnect)(eventFrom('https://evil.example/'), login),
    ).rejects.toThrow(/Refused/)
    expect(wiki.connect).not.toHaveBeenCalled()
    expect(wiki.readLatest).not.toHaveBeenCalled()
    expect(wiki.save).not.toHaveBeenCalled()
  })
})
