/**
 * Builds the object the preload exposes as window.quarterdeck: named
 * functions over a few fixed IPC channels. ipcRenderer itself never reaches
 * the page.
 */
import {
  IPC,
  MENU_COMMANDS,
  type InvokeChannel,
  type IpcArgs,
  type IpcResult,
  type MenuCommand,
  type QuarterdeckApi,
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
 * Calls an invoke channel with the arguments IpcChannels (src/shared/api.ts)
 * gives it, typed with the result main answers. Electron prefixes errors
 * thrown in main with "Error invoking remote method …"; the renderer shows
 * messages to users, so the prefix goes.
 */
export async function invokeChannel<C extends InvokeChannel>(
  ipc: IpcRendererLike,
  channel: C,
  ...args: IpcArgs<C>
): Promise<IpcResult<C>> {
  try {
    // Main answers with the type its handler is declared with (src/main/ipcChannels.ts).
    return (await ipc.invoke(channel, ...args)) as IpcResult<C>
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''))
  }
}

/** The preload API over the given IPC endpoint. */
export function createQuarterdeckApi(ipc: IpcRendererLike): QuarterdeckApi {
  return {
    saveTextFile: (request) => invokeChannel(ipc, IPC.saveTextFile, request),
    openTextFile: (request) => invokeChannel(ipc, IPC.openTextFile, request),
    dataLocation: () => invokeChannel(ipc, IPC.dataLocation),
    autoBackup: (content) => invokeChannel(ipc, IPC.autoBackup, content),
    latestAutoBackup: () => invokeChannel(ipc, IPC.latestAutoBackup),
    autoBackupLocation: () => invokeChannel(ipc, IPC.autoBackupLocation),
    keepDamagedStore: () => invokeChannel(ipc, IPC.keepDamagedStore),
    rememberedQuarterCount: () => invokeChannel(ipc, IPC.rememberedQuarterCount),
    rememberQuarterCount: (count) => invokeChannel(ipc, IPC.rememberQuarterCount, count),
    setThemeSource: (choice) => invokeChannel(ipc, IPC.setThemeSource, choice),
    backupAvailable: (available) => invokeChannel(ipc, IPC.backupAvailable, available),
    openTask: (taskId) => invokeChannel(ipc, IPC.openTask, taskId),
    wikiAccount: () => invokeChannel(ipc, IPC.wikiAccount),
    wikiConnect: (login) => invokeChannel(ipc, IPC.wikiConnect, login),
    wikiDisconnect: () => invokeChannel(ipc, IPC.wikiDisconnect),
    wikiRead: (title) => invokeChannel(ipc, IPC.wikiRead, title),
    wikiSave: (request) => invokeChannel(ipc, IPC.wikiSave, request),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.')
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command)
      }
      ipc.on(IPC.menuCommand, forward)
      // Only now can commands reach the page: main holds back those chosen
      // before (with no window open, or while this page was loading) until it
      // hears this. It fails only if main is gone, and then no command comes anyway.
      invokeChannel(ipc, IPC.menuReady).catch(() => {})
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        ipc.removeListener(IPC.menuCommand, forward)
      }
    },
  }
}
