/**
 * Delivers menu commands to a window's page once that page listens. A page
 * listens only after its script has run and subscribed (the preload then
 * tells main, see onMenuCommand in src/preload/api.ts). So a command chosen
 * while no window is open (macOS keeps the app running without one), or while
 * a window is still loading or reloading, waits for that page instead of
 * being lost.
 */
import { IPC, type MenuCommand } from '../shared/api'

/** The part of a window's WebContents that delivery uses. */
export interface CommandPage {
  readonly id: number
  send(channel: string, command: MenuCommand): void
  isDestroyed(): boolean
}

/** The windows commands go to. */
export interface CommandWindows {
  /** The focused window's page, else any open window's; undefined with none open. */
  current(): CommandPage | undefined
  /** Opens a new window and returns its page. */
  open(): CommandPage
}

/** Menu commands on their way to pages. */
export interface MenuDelivery {
  /** Sends `command` to the current window, opening one if there is none. */
  send(command: MenuCommand): void
  /** `page` has subscribed to menu commands: delivers what waits for it, and later ones at once. */
  listening(page: CommandPage): void
  /** `page` is loading anew: it hears nothing until it says it listens again. */
  loading(page: CommandPage): void
  /** `page` is gone: what waited for it is dropped. */
  closed(pageId: number): void
}

/** Menu delivery over `windows`. */
export function createMenuDelivery(windows: CommandWindows): MenuDelivery {
  const listeningPages = new Set<number>()
  const waiting = new Map<number, MenuCommand[]>()
  return {
    send(command) {
      const page = windows.current() ?? windows.open()
      if (listeningPages.has(page.id) && !page.isDestroyed()) {
        page.send(IPC.menuCommand, command)
      } else {
        waiting.set(page.id, [...(waiting.get(page.id) ?? []), command])
      }
    },
    listening(page) {
      listeningPages.add(page.id)
      const commands = waiting.get(page.id) ?? []
      waiting.delete(page.id)
      for (const command of commands) page.send(IPC.menuCommand, command)
    },
    loading(page) {
      listeningPages.delete(page.id)
    },
    closed(pageId) {
      listeningPages.delete(pageId)
      waiting.delete(pageId)
    },
  }
}
