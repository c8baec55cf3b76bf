/**
 * The typed frame of main's IPC handlers. Each invoke channel of
 * src/shared/api.ts (IpcChannels) gets one handler in two steps: `parse` turns
 * what the page sent, which is untrusted, into the channel's argument types
 * (or throws), and `handle` does the work with those typed arguments. The
 * types make main agree with the preload at compile time; `parse` is what
 * keeps a hostile page out at run time.
 */
import type { IpcMainInvokeEvent } from 'electron'
import type { InvokeChannel, IpcArgs, IpcResult } from '../shared/api'
import { isTrustedUrl } from './appOrigin'

/** Main's side of one invoke channel. */
export interface ChannelHandler<C extends InvokeChannel> {
  /** Validates the untrusted arguments; throws with a message naming what is wrong. */
  parse: (args: readonly unknown[]) => IpcArgs<C>
  /** Answers a call whose arguments passed `parse`. */
  handle: (event: IpcMainInvokeEvent, ...args: IpcArgs<C>) => Promise<IpcResult<C>>
}

/** One handler for every invoke channel: leaving one out does not compile. */
export type ChannelHandlers = { [C in InvokeChannel]: ChannelHandler<C> }

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

/** A `parse` for channels that take no arguments. */
export function noArguments(name: string): (args: readonly unknown[]) => [] {
  return (args) => {
    if (args.length !== 0) throw new Error(`${name} takes no arguments.`)
    return []
  }
}

/** A `parse` for channels that take one argument, checked by `check`. */
export function oneArgument<T>(
  name: string,
  check: (input: unknown) => T,
): (args: readonly unknown[]) => [T] {
  return (args) => {
    if (args.length !== 1) throw new Error(`${name} takes exactly one argument.`)
    return [check(args[0])]
  }
}

function listener<C extends InvokeChannel>(
  handlers: ChannelHandlers,
  channel: C,
  trustedOrigins: readonly string[],
): IpcHandler {
  // Indexed with a type parameter, TypeScript keeps parse and handle of one channel together.
  const handler: ChannelHandler<C> = handlers[channel]
  return async (event, ...args) => {
    // Who is asking comes first: a stranger learns nothing, not even argument errors.
    assertTrustedSender(event, trustedOrigins)
    return handler.handle(event, ...handler.parse(args))
  }
}

/** The ipcMain listeners for `handlers`, each refusing callers that are not our pages. */
export function toIpcListeners(
  handlers: ChannelHandlers,
  trustedOrigins: readonly string[],
): Record<InvokeChannel, IpcHandler> {
  const listeners: Partial<Record<InvokeChannel, IpcHandler>> = {}
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    listeners[channel] = listener(handlers, channel, trustedOrigins)
  }
  return listeners as Record<InvokeChannel, IpcHandler>
}

/** Registers the listeners with ipcMain. */
export function registerIpcHandlers(
  ipcMain: { handle(channel: string, handler: IpcHandler): void },
  listeners: Record<string, IpcHandler>,
): void {
  for (const [channel, handler] of Object.entries(listeners)) ipcMain.handle(channel, handler)
}
