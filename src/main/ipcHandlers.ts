/**
 * The main-process side of the preload API (src/shared/api.ts): one handler
 * per channel, each checking who is calling (ipcChannels.ts) and what it was
 * given (ipcValidation.ts) before showing a dialog or touching a file.
 */
import { basename, join } from 'node:path'
import type {
  BrowserWindow,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron'
import { IPC, type InvokeChannel } from '../shared/api'
import { isTaskId, taskUrl } from '../shared/taskLinks'
import { isThemeChoice, type ThemeChoice } from '../shared/theme'
import type { AutoBackups } from './autoBackups'
import { keepDamagedStore } from './damagedStore'
import { isQuarterCount, readQuarterCount, writeQuarterCount } from './quarterCount'
import { readFileBytesLimited } from './fileIo'
import { writeTextFileAtomic } from './atomicWrite'
import {
  noArguments,
  oneArgument,
  toIpcListeners,
  type ChannelHandlers,
  type IpcHandler,
} from './ipcChannels'
import {
  MAX_TEXT_BYTES,
  parseAutoBackupContent,
  parseOpenTextRequest,
  parseSaveTextRequest,
} from './ipcValidation'
import type { WikiService } from './wiki/wikiService'
import { parseWikiLogin, parseWikiSaveRequest, parseWikiTitle } from './wiki/wikiValidation'

/** The native dialogs, as main uses them (adapted from electron's dialog). */
export interface NativeDialogs {
  showSaveDialog(
    window: BrowserWindow | undefined,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(
    window: BrowserWindow | undefined,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** What the handlers need from the running app. */
export interface IpcDependencies {
  dialogs: NativeDialogs
  /** The window a call came from, to parent its dialog. */
  windowFor(event: IpcMainInvokeEvent): BrowserWindow | undefined
  /** Where Chromium keeps the app's IndexedDB (app.getPath('userData')). */
  userDataPath(): string
  /** The folder Save dialogs open in first (app.getPath('documents')). */
  documentsPath(): string
  trustedOrigins: readonly string[]
  /** The page that sent `event` now listens for menu commands (MenuDelivery.listening). */
  menuListening(event: IpcMainInvokeEvent): void
  /** The automatic backups of this data folder (autoBackups.ts). */
  autoBackups: Pick<AutoBackups, 'offer' | 'latest' | 'location' | 'problem'>
  /** Sets Electron's nativeTheme.themeSource. */
  setThemeSource(choice: ThemeChoice): void
  /** Enables or disables the application menu's "Save Backup…". */
  backupAvailable(available: boolean): void
  /** Hands an address to the system browser (shell.openExternal). */
  openExternal(url: string): Promise<void>
  /** The wiki connection (wiki/wikiService.ts): the network stays in main. */
  wiki: WikiService
}

function parseThemeChoice(input: unknown): ThemeChoice {
  if (!isThemeChoice(input)) throw new Error('setThemeSource takes "system", "light" or "dark".')
  return input
}

function parseAvailable(input: unknown): boolean {
  if (typeof input !== 'boolean') throw new Error('backupAvailable takes true or false.')
  return input
}

function parseTaskId(input: unknown): string {
  if (!isTaskId(input)) throw new Error('openTask takes a task id: T followed by digits.')
  return input
}

/**
 * Main's side of every invoke channel, typed by IpcChannels (src/shared/api.ts).
 * Exported apart from createIpcHandlers so the types can be checked on their own.
 */
export function createChannelHandlers(deps: IpcDependencies): ChannelHandlers {
  return {
    [IPC.saveTextFile]: {
      parse: oneArgument('saveTextFile', parseSaveTextRequest),
      handle: async (event, request) => {
        const choice = await deps.dialogs.showSaveDialog(deps.windowFor(event), {
          title: request.title,
          defaultPath: join(deps.documentsPath(), request.defaultName),
          filters: request.filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        })
        if (choice.canceled || !choice.filePath) return { saved: false }
        await writeTextFileAtomic(choice.filePath, request.content)
        return { saved: true, path: choice.filePath }
      },
    },
    [IPC.openTextFile]: {
      parse: oneArgument('openTextFile', parseOpenTextRequest),
      handle: async (event, request) => {
        const choice = await deps.dialogs.showOpenDialog(deps.windowFor(event), {
          title: request.title,
          filters: request.filters,
          properties: ['openFile'],
        })
        const path = choice.filePaths[0]
        if (choice.canceled || path === undefined) return { opened: false }
        // Only the size is checked here: the page decodes the bytes in a worker, as in web mode.
        const bytes = await readFileBytesLimited(path, MAX_TEXT_BYTES)
        return { opened: true, name: basename(path), bytes }
      },
    },
    [IPC.dataLocation]: {
      parse: noArguments('dataLocation'),
      handle: async () => deps.userDataPath(),
    },
    [IPC.menuReady]: {
      parse: noArguments('menuReady'),
      handle: async (event) => deps.menuListening(event),
    },
    [IPC.autoBackup]: {
      parse: oneArgument('autoBackup', parseAutoBackupContent),
      handle: async (_event, content) => {
        deps.autoBackups.offer(content)
        return deps.autoBackups.problem()
      },
    },
    [IPC.latestAutoBackup]: {
      parse: noArguments('latestAutoBackup'),
      handle: () => deps.autoBackups.latest(),
    },
    [IPC.autoBackupLocation]: {
      parse: noArguments('autoBackupLocation'),
      handle: async () => deps.autoBackups.location(),
    },
    [IPC.keepDamagedStore]: {
      parse: noArguments('keepDamagedStore'),
      handle: () => keepDamagedStore(deps.userDataPath(), new Date()),
    },
    [IPC.rememberedQuarterCount]: {
      parse: noArguments('rememberedQuarterCount'),
      handle: () => readQuarterCount(deps.userDataPath()),
    },
    [IPC.rememberQuarterCount]: {
      parse: oneArgument('rememberQuarterCount', parseQuarterCount),
      handle: (_event, count) => writeQuarterCount(deps.userDataPath(), count),
    },
    [IPC.setThemeSource]: {
      parse: oneArgument('setThemeSource', parseThemeChoice),
      handle: async (_event, choice) => deps.setThemeSource(choice),
    },
    [IPC.backupAvailable]: {
      parse: oneArgument('backupAvailable', parseAvailable),
      handle: async (_event, available) => deps.backupAvailable(available),
    },
    [IPC.openTask]: {
      parse: oneArgument('openTask', parseTaskId),
      // The address is built here from the id: a page cannot name any other.
      handle: (_event, taskId) => deps.openExternal(taskUrl(taskId)),
    },
    [IPC.wikiAccount]: {
      parse: noArguments('wikiAccount'),
      handle: () => deps.wiki.account(),
    },
    [IPC.wikiConnect]: {
      parse: oneArgument('wikiConnect', parseWikiLogin),
      handle: (_event, login) => deps.wiki.connect(login),
    },
    [IPC.wikiDisconnect]: {
      parse: noArguments('wikiDisconnect'),
      handle: () => deps.wiki.disconnect(),
    },
    [IPC.wikiRead]: {
      parse: oneArgument('wikiRead', parseWikiTitle),
      handle: (_event, title) => deps.wiki.readLatest(title),
    },
    [IPC.wikiSave]: {
      parse: oneArgument('wikiSave', parseWikiSaveRequest),
      handle: (_event, request) => deps.wiki.save(request),
    },
  }
}

function parseQuarterCount(input: unknown): number {
  if (!isQuarterCount(input)) throw new Error('Invalid rememberQuarterCount: expected a count.')
  return input
}

/** The ipcMain listeners for every invoke channel of the preload API. */
export function createIpcHandlers(deps: IpcDependencies): Record<InvokeChannel, IpcHandler> {
  return toIpcListeners(createChannelHandlers(deps), deps.trustedOrigins)
}
