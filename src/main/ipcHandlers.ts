/**
 * The main-process side of the preload API (src/shared/api.ts): one handler
 * per channel, each checking who is calling and what it was given before
 * showing a dialog or touching a file.
 */
import { join } from 'node:path'
import type {
  BrowserWindow,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron'
import { IPC, type OpenTextResult, type SaveTextResult } from '../shared/api'
import { isTrustedUrl } from './appOrigin'
import { readTextFileLimited, writeTextFileAtomic } from './fileIo'
import { MAX_TEXT_BYTES, parseOpenTextRequest, parseSaveTextRequest } from './ipcValidation'

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
}

/** An IPC handler as ipcMain.handle calls it. */
export type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

/**
 * Refuses calls from anything but the top frame of one of our own pages: a
 * frame that navigated elsewhere, or an iframe, gets no access to files.
 */
export function assertTrustedSender(
  event: IpcMainInvokeEvent,
  trustedOrigins: readonly string[],
): void {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null || !isTrustedUrl(frame.url, trustedOrigins)) {
    throw new Error('Refused: this request did not come from a Quarterdeck page.')
  }
}

function singleArgument(args: unknown[], channel: string): unknown {
  if (args.length !== 1) throw new Error(`${channel} takes exactly one argument.`)
  return args[0]
}

/** Builds the handlers for every invoke channel of the preload API. */
export function createIpcHandlers(deps: IpcDependencies): Record<string, IpcHandler> {
  const guard =
    (handler: IpcHandler): IpcHandler =>
    async (event, ...args) => {
      assertTrustedSender(event, deps.trustedOrigins)
      return handler(event, ...args)
    }

  const saveTextFile: IpcHandler = async (event, ...args): Promise<SaveTextResult> => {
    const request = parseSaveTextRequest(singleArgument(args, 'saveTextFile'))
    const choice = await deps.dialogs.showSaveDialog(deps.windowFor(event), {
      title: request.title,
      defaultPath: join(deps.documentsPath(), request.defaultName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    await writeTextFileAtomic(choice.filePath, request.content)
    return { saved: true, path: choice.filePath }
  }

  const openTextFile: IpcHandler = async (event, ...args): Promise<OpenTextResult> => {
    const request = parseOpenTextRequest(singleArgument(args, 'openTextFile'))
    const choice = await deps.dialogs.showOpenDialog(deps.windowFor(event), {
      title: request.title,
      filters: request.filters,
      properties: ['openFile'],
    })
    const path = choice.filePaths[0]
    if (choice.canceled || path === undefined) return { opened: false }
    const content = await readTextFileLimited(path, MAX_TEXT_BYTES)
    const name = path.split(/[/\\]/).pop() ?? path
    return { opened: true, name, content }
  }

  const dataLocation: IpcHandler = async (_event, ...args) => {
    if (args.length !== 0) throw new Error('dataLocation takes no arguments.')
    return deps.userDataPath()
  }

  const menuReady: IpcHandler = async (event, ...args) => {
    if (args.length !== 0) throw new Error('menuReady takes no arguments.')
    deps.menuListening(event)
  }

  return {
    [IPC.menuReady]: guard(menuReady),
    [IPC.saveTextFile]: guard(saveTextFile),
    [IPC.openTextFile]: guard(openTextFile),
    [IPC.dataLocation]: guard(dataLocation),
  }
}

/** Registers the handlers with ipcMain. */
export function registerIpcHandlers(
  ipcMain: { handle(channel: string, handler: IpcHandler): void },
  handlers: Record<string, IpcHandler>,
): void {
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler)
}
