/**
 * Builds the object the preload exposes as window.quarterdeck: named
 * functions over a few fixed IPC channels. ipcRenderer itself never reaches
 * the page.
 */
import {
  IPC,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenTextRequest,
  type OpenTextResult,
  type QuarterdeckApi,
  type SaveTextRequest,
  type SaveTextResult,
} from '../shared/api'

/** The part of ipcRenderer the API uses (so tests can pass a fake). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/

/** True for the strings the menu may send. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/**
 * Electron prefixes errors thrown in main with "Error invoking remote
 * method …"; the renderer shows messages to users, so the prefix goes.
 */
async function invoke<T>(ipc: IpcRendererLike, channel: string, ...args: unknown[]): Promise<T> {
  try {
    return (await ipc.invoke(channel, ...args)) as T
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''))
  }
}

/** The preload API over the given IPC endpoint. */
export function createQuarterdeckApi(ipc: IpcRendererLike): QuarterdeckApi {
  return {
    saveTextFile: (request: SaveTextRequest) =>
      invoke<SaveTextResult>(ipc, IPC.saveTextFile, request),
    openTextFile: (request: OpenTextRequest) =>
      invoke<OpenTextResult>(ipc, IPC.openTextFile, request),
    dataLocation: () => invoke<string>(ipc, IPC.dataLocation),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.')
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command)
      }
      ipc.on(IPC.menuCommand, forward)
      // Only now can commands reach the page: main holds back those chosen
      // before (with no window open, or while this page was loading) until it
      // hears this. It fails only if main is gone, and then no command comes anyway.
      invoke(ipc, IPC.menuReady).catch(() => {})
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        ipc.removeListener(IPC.menuCommand, forward)
      }
    },
  }
}
