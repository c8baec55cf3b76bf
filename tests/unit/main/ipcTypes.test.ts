/**
 * Compile-time checks of the typed IPC (IpcChannels in src/shared/api.ts).
 * Each `@ts-expect-error` below marks a mismatch that must not compile:
 * if the types stop catching one, the directive itself becomes the error and
 * `tsc -p tsconfig.test.json` fails. Vitest does not type-check; the `it`
 * at the end only makes the file a test run like the others.
 */
import { describe, expect, it, vi } from 'vitest'
import { IPC } from '../../../src/shared/api'
import {
  noArguments,
  oneArgument,
  type ChannelHandler,
  type ChannelHandlers,
} from '../../../src/main/ipcChannels'
import { createChannelHandlers, type IpcDependencies } from '../../../src/main/ipcHandlers'
import { invokeChannel, type IpcRendererLike } from '../../../src/preload/api'
import { INVOKE_CHANNELS } from './invokeChannels'
import { createWikiService, memoryLoginKeeper } from '../../../src/main/wiki/wikiService'

const deps = {
  dialogs: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  windowFor: () => undefined,
  userDataPath: () => '/home/me/.config/Quarterdeck',
  documentsPath: () => '/home/me/Documents',
  trustedOrigins: ['app://quarterdeck'],
  menuListening: vi.fn(),
  autoBackups: {
    offer: vi.fn(),
    latest: vi.fn(async () => null),
    location: () => '',
    problem: () => null,
  },
  setThemeSource: vi.fn(),
  backupAvailable: vi.fn(),
  openExternal: vi.fn(async () => {}),
  wiki: createWikiService(memoryLoginKeeper()),
} satisfies IpcDependencies

const ipc: IpcRendererLike = {
  invoke: vi.fn(async () => '/home/me/.config/Quarterdeck'),
  on: vi.fn(),
  removeListener: vi.fn(),
}

// Main: a handler answering with the wrong type.
export const wrongResult: ChannelHandler<typeof IPC.dataLocation> = {
  parse: noArguments('dataLocation'),
  // @ts-expect-error dataLocation answers a string, not a number
  handle: async () => 42,
}

// Main: validation producing an argument of the wrong type.
export const wrongParsedArgument: ChannelHandler<typeof IPC.saveTextFile> = {
  // @ts-expect-error saveTextFile takes a SaveTextRequest, not a string
  parse: oneArgument('saveTextFile', (input) => String(input)),
  handle: async () => ({ saved: false }),
}

// Main: a handler map that leaves a channel out.
const { [IPC.menuReady]: _left, ...withoutMenuReady } = createChannelHandlers(deps)
// @ts-expect-error every invoke channel needs a handler
export const missingChannel: ChannelHandlers = withoutMenuReady

// Preload: a call with a wrong argument, and one expecting the wrong result.
export function wrongCalls(): void {
  // @ts-expect-error openTextFile takes an OpenTextRequest, not a path
  void invokeChannel(ipc, IPC.openTextFile, '/etc/shadow')
  // @ts-expect-error dataLocation takes no arguments
  void invokeChannel(ipc, IPC.dataLocation, 'extra')
  // @ts-expect-error dataLocation answers a string
  const _size: Promise<number> = invokeChannel(ipc, IPC.dataLocation)
  // @ts-expect-error there is no such channel
  void invokeChannel(ipc, 'quarterdeck:format-disk')
}

describe('typed IPC', () => {
  it('gives main one handler per invoke channel, and the preload calls them by name', async () => {
    expect(Object.keys(createChannelHandlers(deps)).sort()).toEqual(INVOKE_CHANNELS)
    await expect(invokeChannel(ipc, IPC.dataLocation)).resolves.toBe('/home/me/.config/Quarterdeck')
    expect(ipc.invoke).toHaveBeenCalledWith(IPC.dataLocation)
  })
})
