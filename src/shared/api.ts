/**
 * The typed API the preload script exposes to the renderer as
 * `window.quarterdeck`. Main validates every argument; the renderer falls back
 * to browser equivalents when the API is absent (web mode).
 */

/** A file type offered in a native dialog. */
export interface FileFilter {
  name: string
  extensions: string[]
}

/** Ask main to save text through a native Save dialog. */
export interface SaveTextRequest {
  title: string
  defaultName: string
  filters: FileFilter[]
  content: string
}

export type SaveTextResult = { saved: true; path: string } | { saved: false }

/** Ask main to read a text file chosen in a native Open dialog. */
export interface OpenTextRequest {
  title: string
  filters: FileFilter[]
}

export type OpenTextResult = { opened: true; name: string; content: string } | { opened: false }

/** Commands the application menu sends to the focused window. */
export const MENU_COMMANDS = [
  'new-quarter',
  'load-example',
  'new-goal',
  'find',
  'undo',
  'show-board',
  'export-wiki',
  'import-wiki',
  'save-backup',
  'open-backup',
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The preload API: named functions only, never ipcRenderer itself. */
export interface QuarterdeckApi {
  saveTextFile(request: SaveTextRequest): Promise<SaveTextResult>
  openTextFile(request: OpenTextRequest): Promise<OpenTextResult>
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Where the app keeps its data, for the About/empty state text. */
  dataLocation(): Promise<string>
}

/** IPC channel names shared by main and preload. */
export const IPC = {
  saveTextFile: 'quarterdeck:save-text-file',
  openTextFile: 'quarterdeck:open-text-file',
  dataLocation: 'quarterdeck:data-location',
  menuCommand: 'quarterdeck:menu-command',
  /** A page tells main it now listens for menu commands (see src/main/menuDelivery.ts). */
  menuReady: 'quarterdeck:menu-ready',
} as const
