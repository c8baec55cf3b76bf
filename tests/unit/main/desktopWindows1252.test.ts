/**
 * The desktop app's offer to read a file that is not UTF-8 as Windows-1252,
 * end to end below the UI: main's real handler reads the bytes, the real
 * preload API carries them, and the renderer's openTextFile decodes them as in
 * web mode, rejecting with the same NotUtf8Error, whose readAsWindows1252
 * gives the text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '../../../src/shared/api'
import { createIpcHandlers, type NativeDialogs } from '../../../src/main/ipcHandlers'
import type { WikiService } from '../../../src/main/wiki/wikiService'
import { createQuarterdeckApi } from '../../../src/preload/api'

if (typeof window === 'undefined') Object.assign(globalThis, { window: {} })
const { NotUtf8Error, openTextFile } = await import('../../../src/renderer/platform')

let dir: string
let chosen: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qd-1252-'))
  const handlers = createIpcHandlers({
    menuListening: () => {},
    autoBackups: {
      offer: () => {},
      latest: async () => null,
      location: () => dir,
      problem: () => null,
    },
    dialogs: {
      showSaveDialog: vi.fn(),
      showOpenDialog: async () => ({ canceled: false, filePaths: [chosen] }),
    } as unknown as NativeDialogs,
    windowFor: () => undefined,
    userDataPath: () => dir,
    documentsPath: () => dir,
    trustedOrigins: ['app://quarterdeck'],
    setThemeSource: () => {},
    backupAvailable: () => {},
    openExternal: async () => {},
    // Not used here: opening a file never touches the wiki.
    wiki: {} as WikiService,
  })
  const event = {
    senderFrame: { url: 'app://quarterdeck/index.html', parent: null },
    sender: {},
  } as unknown as IpcMainInvokeEvent
  const api = createQuarterdeckApi({
    invoke: (channel, ...args) => {
      const handle = (handlers as Record<string, (typeof handlers)[typeof IPC.openTextFile]>)[
        channel
      ]
      if (!handle) throw new Error(`no handler for ${channel}`)
      return handle(event, ...args)
    },
    on: () => {},
    removeListener: () => {},
  })
  Object.assign(window, { quarterdeck: api })
})

afterEach(() => {
  Object.assign(window, { quarterdeck: undefined })
  rmSync(dir, { recursive: true, force: true })
})

const request = { title: 'Open wiki page', filters: [{ name: 'Wiki page', extensions: ['wiki'] }] }

describe('the desktop app, given a file that is not UTF-8', () => {
  it('says so, and reads it as Windows-1252 only when asked', async () => {
    chosen = join(dir, 'qualite.wiki')
    // "Équipe Qualité – phase 2" in Windows-1252 bytes (0x96 is the en dash).
    writeFileSync(chosen, Buffer.from('== \xc9quipe Qualit\xe9 \x96 phase 2 ==\n', 'latin1'))

    const refused = await openTextFile(request).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(NotUtf8Error)
    const error = refused as InstanceType<typeof NotUtf8Error>
    expect(error.message).toBe(
      'qualite.wiki is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.',
    )
    expect(error.readAsWindows1252()).toEqual({
      name: 'qualite.wiki',
      content: '== Équipe Qualité – phase 2 ==\n',
    })
  })

  it('opens UTF-8 as before, and still refuses a binary file outright', async () => {
    chosen = join(dir, 'goals.wiki')
    writeFileSync(chosen, '== Équipe ==\n')
    await expect(openTextFile(request)).resolves.toEqual({
      opened: true,
      name: 'goals.wiki',
      content: '== Équipe ==\n',
    })

    chosen = join(dir, 'photo.wiki')
    writeFileSync(chosen, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))
    const refused = await openTextFile(request).catch((error: unknown) => error)
    expect(refused).not.toBeInstanceOf(NotUtf8Error)
    expect((refused as Error).message).toBe(
      'photo.wiki is not a text file: it holds binary data, not text. Nothing was read from it.',
    )
  })
})
