/**
 * The quarter count kept outside IndexedDB (src/main/quarterCount.ts), with
 * a real folder: written through the IPC handler, read back, and nonsense
 * refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '../../../src/shared/api'
import { createIpcHandlers, type NativeDialogs } from '../../../src/main/ipcHandlers'
import { createWikiService, memoryLoginKeeper } from '../../../src/main/wiki/wikiService'
import {
  QUARTER_COUNT_FILE,
  readQuarterCount,
  writeQuarterCount,
} from '../../../src/main/quarterCount'

let root: string
const fromApp = {
  senderFrame: { url: 'app://quarterdeck/index.html', parent: null },
  sender: {},
} as unknown as IpcMainInvokeEvent

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qd-count-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function handlers() {
  return createIpcHandlers({
    menuListening: vi.fn(),
    autoBackups: {
      offer: vi.fn(),
      latest: vi.fn(async () => null),
      location: () => root,
      problem: () => null,
    },
    dialogs: {} as NativeDialogs,
    windowFor: () => undefined,
    setThemeSource: () => {},
    backupAvailable: () => {},
    openExternal: async () => {},
    wiki: createWikiService(memoryLoginKeeper()),
    userDataPath: () => root,
    documentsPath: () => root,
    trustedOrigins: ['app://quarterdeck'],
  })
}

describe('the quarter count beside the automatic backups', () => {
  it('is 0 before anything was recorded, and then what was recorded last', async () => {
    expect(await readQuarterCount(root)).toBe(0)
    await writeQuarterCount(root, 3)
    expect(await readQuarterCount(root)).toBe(3)
    await writeQuarterCount(root, 0)
    expect(await readQuarterCount(root)).toBe(0)
    expect(JSON.parse(readFileSync(join(root, QUARTER_COUNT_FILE), 'utf8'))).toMatchObject({
      quarters: 0,
    })
  })

  it('reads a damaged file as 0 rather than failing the start', async () => {
    writeFileSync(join(root, QUARTER_COUNT_FILE), '{"quarters": -4')
    expect(await readQuarterCount(root)).toBe(0)
    writeFileSync(join(root, QUARTER_COUNT_FILE), '{"quarters": "many"}')
    expect(await readQuarterCount(root)).toBe(0)
  })

  it('is written and read through IPC, which refuses anything but a count', async () => {
    const ipc = handlers()
    await ipc[IPC.rememberQuarterCount](fromApp, 2)
    await expect(ipc[IPC.rememberedQuarterCount](fromApp)).resolves.toBe(2)
    for (const bad of [-1, 1.5, '2', null, 1e9]) {
      await expect(ipc[IPC.rememberQuarterCount](fromApp, bad)).rejects.toThrow(/expected a count/)
    }
    await expect(ipc[IPC.rememberedQuarterCount](fromApp)).resolves.toBe(2)
  })

  it('says the disk is the problem when the file cannot be written', async () => {
    // A folder where the file should be: the write fails like a full disk would, with a reason.
    rmSync(root, { recursive: true, force: true })
    await expect(writeQuarterCount(join(root, 'missing'), 1)).rejects.toThrow(
      /Could not save "Quarters kept.json": the (file or folder|folder) does not exist/,
    )
  })
})
