/**
 * The typed API the preload script exposes to the renderer as
 * `window.quarterdeck`. Main validates every argument; the renderer falls back
 * to browser equivalents when the API is absent (web mode).
 */
import type { ThemeChoice } from './theme'
import type {
  WikiConnection,
  WikiLogin,
  WikiOutcome,
  WikiRevision,
  WikiSaveRequest,
  WikiSaveResult,
} from './wikiSync/wikiTypes'

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

/** Ask main for a file chosen in a native Open dialog. */
export interface OpenTextRequest {
  title: string
  filters: FileFilter[]
}

/** What the renderer's openTextFile gives (src/renderer/platform.ts): the file as text, or a cancel. */
export type OpenTextResult = { opened: true; name: string; content: string } | { opened: false }

/**
 * What main answers to openTextFile: the chosen file's bytes, or a cancel.
 * Main refuses only a file over the size limit or one it cannot read (with a
 * sentence naming it); the renderer decodes the bytes in a worker, as in web
 * mode (src/renderer/platform.ts chooseFile), so no file's text crosses the
 * window's thread.
 */
export type OpenTextReply = { opened: true; name: string; bytes: Uint8Array } | { opened: false }

/** Commands the application menu sends to the focused window. */
export const MENU_COMMANDS = [
  'new-quarter',
  'next-quarter',
  'quarter-settings',
  'load-example',
  'new-goal',
  'find',
  'undo',
  'redo',
  'show-board',
  'show-team',
  'show-activity',
  'toggle-lanes',
  'show-shortcuts',
  'export-wiki',
  'import-wiki',
  'save-backup',
  'open-backup',
  'merge-backup',
  'connect-wiki',
  'publish-wiki',
  'pull-wiki',
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** An automatic backup main kept on disk (see src/main/autoBackups.ts). */
export interface AutoBackupFile {
  /** The file name, e.g. "quarterdeck-2026-12-02T05-40-12Z.json". */
  name: string
  /** When it was written, as an ISO 8601 date and time in UTC. */
  savedAt: string
  /** The backup file's text, as the renderer sent it. */
  content: string
}

/** The preload API: named functions only, never ipcRenderer itself. */
export interface QuarterdeckApi {
  saveTextFile(request: SaveTextRequest): Promise<SaveTextResult>
  openTextFile(request: OpenTextRequest): Promise<OpenTextReply>
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Where the app keeps its data, for the About/empty state text. */
  dataLocation(): Promise<string>
  /**
   * Hands main the text of a full backup (what "Save backup…" writes) to keep
   * on disk as a safety net beside IndexedDB. Main keeps the newest one and
   * writes it at most every few minutes and when the app quits; a failed
   * write is retried later. Answers with the sentence to show when the last
   * write found the disk full, else null. Rejects text that is not a
   * backup, or one with no plans (it would hide the last real backup).
   */
  autoBackup(content: string): Promise<string | null>
  /** The newest automatic backup on disk, or null when there is none. */
  latestAutoBackup(): Promise<AutoBackupFile | null>
  /** The folder automatic backups are kept in, for display. */
  autoBackupLocation(): Promise<string>
  /**
   * Copies the files of a goal store that cannot be opened aside (to
   * `<userData>/Damaged stores/<time>`) before the app replaces it; resolves
   * to that folder, or null when there were no files. Rejects when the copy
   * fails: then the store must be left as it is.
   */
  keepDamagedStore(): Promise<string | null>
  /**
   * How many quarters the goal store held when the app last recorded it, kept
   * outside IndexedDB (src/main/quarterCount.ts); 0 when never recorded. An
   * empty store with a count above 0 lost its quarters.
   */
  rememberedQuarterCount(): Promise<number>
  /** Records how many quarters the goal store holds now. Rejects when the file cannot be written. */
  rememberQuarterCount(count: number): Promise<void>
  /** Makes Electron's nativeTheme follow the theme chosen in the app (window frame, dialogs). */
  setThemeSource(choice: ThemeChoice): Promise<void>
  /**
   * Tells main whether there is a quarter to back up, so the application
   * menu's "Save Backup…" is enabled only then, like the header menu's item.
   */
  backupAvailable(available: boolean): Promise<void>
  /**
   * Opens a task's Phabricator page in the system browser. Main builds the
   * address from the id (src/shared/taskLinks.ts); anything but a task id is refused.
   */
  openTask(taskId: string): Promise<void>
  /** The wiki connected to (src/main/wiki/wikiService.ts), or null. */
  wikiAccount(): Promise<WikiConnection | null>
  /** Logs in with a bot password and checks the right to edit; main keeps the password encrypted. */
  wikiConnect(login: WikiLogin): Promise<WikiOutcome<WikiConnection>>
  /** Forgets the wiki login. */
  wikiDisconnect(): Promise<void>
  /** A page's latest revision on the connected wiki, or null when there is none. */
  wikiRead(title: string): Promise<WikiOutcome<WikiRevision | null>>
  /** Saves a page with MediaWiki's edit-conflict detection. */
  wikiSave(request: WikiSaveRequest): Promise<WikiOutcome<WikiSaveResult>>
}

/** IPC channel names shared by main and preload. */
export const IPC = {
  saveTextFile: 'quarterdeck:save-text-file',
  openTextFile: 'quarterdeck:open-text-file',
  dataLocation: 'quarterdeck:data-location',
  /** Main sends a MenuCommand to a page (webContents.send); the only channel that is not invoked. */
  menuCommand: 'quarterdeck:menu-command',
  /** A page tells main it now listens for menu commands (see src/main/menuDelivery.ts). */
  menuReady: 'quarterdeck:menu-ready',
  autoBackup: 'quarterdeck:auto-backup',
  latestAutoBackup: 'quarterdeck:latest-auto-backup',
  autoBackupLocation: 'quarterdeck:auto-backup-location',
  keepDamagedStore: 'quarterdeck:keep-damaged-store',
  rememberedQuarterCount: 'quarterdeck:remembered-quarter-count',
  rememberQuarterCount: 'quarterdeck:remember-quarter-count',
  setThemeSource: 'quarterdeck:set-theme-source',
  backupAvailable: 'quarterdeck:backup-available',
  openTask: 'quarterdeck:open-task',
  wikiAccount: 'quarterdeck:wiki-account',
  wikiConnect: 'quarterdeck:wiki-connect',
  wikiDisconnect: 'quarterdeck:wiki-disconnect',
  wikiRead: 'quarterdeck:wiki-read',
  wikiSave: 'quarterdeck:wiki-save',
} as const

/**
 * Every invoke channel (the page asks, main answers): the arguments the
 * preload sends and the result main returns. Main's handler map
 * (src/main/ipcChannels.ts) and the preload's calls (src/preload/api.ts) are
 * both typed from this one map, so a channel one side lacks, or an argument
 * or result the two sides disagree on, does not compile. It says nothing
 * about trust: main still validates every argument at run time.
 */
export interface IpcChannels {
  [IPC.saveTextFile]: { args: [request: SaveTextRequest]; result: SaveTextResult }
  [IPC.openTextFile]: { args: [request: OpenTextRequest]; result: OpenTextReply }
  [IPC.dataLocation]: { args: []; result: string }
  [IPC.menuReady]: { args: []; result: void }
  [IPC.autoBackup]: { args: [content: string]; result: string | null }
  [IPC.latestAutoBackup]: { args: []; result: AutoBackupFile | null }
  [IPC.autoBackupLocation]: { args: []; result: string }
  [IPC.keepDamagedStore]: { args: []; result: string | null }
  [IPC.rememberedQuarterCount]: { args: []; result: number }
  [IPC.rememberQuarterCount]: { args: [count: number]; result: void }
  [IPC.setThemeSource]: { args: [choice: ThemeChoice]; result: void }
  [IPC.backupAvailable]: { args: [available: boolean]; result: void }
  [IPC.openTask]: { args: [taskId: string]; result: void }
  [IPC.wikiAccount]: { args: []; result: WikiConnection | null }
  [IPC.wikiConnect]: { args: [login: WikiLogin]; result: WikiOutcome<WikiConnection> }
  [IPC.wikiDisconnect]: { args: []; result: void }
  [IPC.wikiRead]: { args: [title: string]; result: WikiOutcome<WikiRevision | null> }
  [IPC.wikiSave]: { args: [request: WikiSaveRequest]; result: WikiOutcome<WikiSaveResult> }
}

/** The name of an invoke channel, e.g. 'quarterdeck:save-text-file'. */
export type InvokeChannel = keyof IpcChannels

/** What the preload sends on `channel`, as a tuple. */
export type IpcArgs<C extends InvokeChannel> = IpcChannels[C]['args']

/** What main answers on `channel`. */
export type IpcResult<C extends InvokeChannel> = IpcChannels[C]['result']
