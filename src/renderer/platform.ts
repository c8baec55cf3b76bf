/**
 * The renderer's one door to the desktop: the preload API in Electron, and
 * browser equivalents (download, file input) in web mode.
 */
import type {
  AutoBackupFile,
  MenuCommand,
  OpenTextRequest,
  OpenTextResult,
  QuarterdeckApi,
  SaveTextRequest,
  SaveTextResult,
} from '../shared/api'
import { fileTooLarge, MAX_FILE_BYTES } from '../shared/fileBytes'
import { readInWorker } from './features/exchange/readInWorker'
import { nextTurn } from './commands/turns'
import type { DecodeResult, FileSource } from './features/exchange/readFileJob'
import type { ThemeChoice } from '../shared/theme'

declare global {
  interface Window {
    quarterdeck?: QuarterdeckApi
  }
}

function desktopApi(): QuarterdeckApi | undefined {
  return window.quarterdeck
}

/** True when running inside the Electron app. */
export function isDesktop(): boolean {
  return desktopApi() !== undefined
}

/** Saves text through a native dialog, or as a browser download in web mode. */
export async function saveTextFile(request: SaveTextRequest): Promise<SaveTextResult> {
  const api = desktopApi()
  if (api) return api.saveTextFile(request)
  const blob = new Blob([request.content], { type: 'text/plain;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = request.defaultName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { saved: true, path: request.defaultName }
}

/**
 * A file that is not UTF-8 (probably Windows-1252): its message says so, and
 * `readAsWindows1252` reads it that way once the user agrees.
 */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error'
  constructor(
    message: string,
    readonly readAsWindows1252: () => { name: string; content: string },
  ) {
    super(message)
  }
}

/** A file chosen by the user, not yet read as text (see FileSource). */
export type ChosenFile = { opened: true; name: string; source: FileSource } | { opened: false }

/**
 * Asks the user for a file, through a native dialog or a file input, and
 * gives its bytes for a worker to decode: the desktop app's main process
 * reads them, web mode takes them from the file input. A file over the size
 * limit is refused before it is read (by main in the desktop app).
 * `expected` names what the file should be ("a wiki page"), for the
 * sentence that refuses a binary file.
 */
export async function chooseFile(
  request: OpenTextRequest,
  expected = 'a text file',
): Promise<ChosenFile> {
  const api = desktopApi()
  if (api) {
    const reply = await api.openTextFile(request)
    if (!reply.opened) return { opened: false }
    return {
      opened: true,
      name: reply.name,
      source: { bytes: reply.bytes, name: reply.name, expected },
    }
  }
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
  input.style.display = 'none'
  input.setAttribute('data-testid', 'open-file-input')
  document.body.append(input)
  try {
    const file = await new Promise<File | null>((resolve) => {
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
      input.addEventListener('cancel', () => resolve(null), { once: true })
      input.click()
    })
    if (!file) return { opened: false }
    if (file.size > MAX_FILE_BYTES) throw new Error(fileTooLarge(file.name, file.size))
    // Bytes, not file.text(): that would turn what is not UTF-8 into "�" without a word.
    const bytes = new Uint8Array(await file.arrayBuffer())
    return { opened: true, name: file.name, source: { bytes, name: file.name, expected } }
  } finally {
    input.remove()
  }
}

/**
 * Reads a text file chosen by the user (chooseFile), as text, decoded in the
 * file-reading worker the same way in the desktop app and in web mode. A
 * file that is not UTF-8 rejects with NotUtf8Error; a binary file rejects
 * with the sentence that says so.
 */
export async function openTextFile(
  request: OpenTextRequest,
  expected = 'a text file',
): Promise<OpenTextResult> {
  const chosen = await chooseFile(request, expected)
  if (!chosen.opened) return chosen
  const { name, source } = chosen
  // Decoded in the file-reading worker: 20 MB take up to half a second, too long for the window.
  const decoded = await readInWorker({ kind: 'decode', ...source }).result
  // The text came in one message, copied into the window in the task that resolved this; what
  // the caller does next with it (handing a page's text to the reading worker copies it again)
  // waits for a task of its own: for a 20 MB file the two copies held the window for 120 ms.
  await nextTurn()
  if (!decoded) return { opened: false }
  if (decoded.ok) return { opened: true, name, content: decoded.text }
  throw undecodableFile(name, decoded)
}

/**
 * The error for file `name` whose bytes are no text: a binary file's
 * sentence, or NotUtf8Error with the Windows-1252 reading at hand.
 */
export function undecodableFile(name: string, decoded: Exclude<DecodeResult, { ok: true }>): Error {
  if (decoded.reason === 'binary') return new Error(decoded.error)
  return new NotUtf8Error(decoded.error, () => ({ name, content: decoded.windows1252 }))
}

/** Subscribes to application-menu commands; a no-op in web mode. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const api = desktopApi()
  return api ? api.onMenuCommand(listener) : () => {}
}

/** Where data lives, for display. */
export async function dataLocation(): Promise<string> {
  const api = desktopApi()
  if (api) return api.dataLocation()
  return `this browser's IndexedDB for ${window.location.origin}`
}

/**
 * Hands the desktop app the text of a full backup to keep as an automatic
 * backup (src/main/autoBackups.ts); main writes it within a few minutes and
 * when the app quits. Does nothing in web mode. Rejects text that is not a
 * backup, or one with no plans: send only when there is something to keep.
 * Resolves with the sentence to show when the last automatic backup found
 * the disk full, else null.
 */
export async function sendAutoBackup(content: string): Promise<string | null> {
  const api = desktopApi()
  return api ? ((await api.autoBackup(content)) ?? null) : null
}

/** The newest automatic backup the desktop app kept; null when none, and in web mode. */
export async function latestAutoBackup(): Promise<AutoBackupFile | null> {
  const api = desktopApi()
  return api ? api.latestAutoBackup() : null
}

/**
 * Desktop app: copies the files of a store that cannot be opened aside before
 * it is replaced, and resolves to where they went (null: there were none).
 * Web mode cannot reach the browser's files: resolves to null.
 */
export async function keepDamagedStore(): Promise<string | null> {
  const api = desktopApi()
  return api ? api.keepDamagedStore() : null
}

/** The folder automatic backups are kept in, for display; null in web mode (there are none). */
export async function autoBackupLocation(): Promise<string | null> {
  const api = desktopApi()
  return api ? api.autoBackupLocation() : null
}

/** Where web mode keeps the quarter count: localStorage lives outside IndexedDB. */
const QUARTER_COUNT_KEY = 'quarterdeck.quarterCount'

/**
 * How many quarters the store held when last recorded, kept outside
 * IndexedDB (desktop: a file beside the automatic backups; web mode:
 * localStorage); 0 when never recorded or unreadable.
 */
export async function rememberedQuarterCount(): Promise<number> {
  const api = desktopApi()
  if (api) return api.rememberedQuarterCount()
  try {
    const count = Number(window.localStorage.getItem(QUARTER_COUNT_KEY))
    return Number.isInteger(count) && count > 0 ? count : 0
  } catch {
    return 0
  }
}

/** Records how many quarters the store holds now; rejects when it cannot be kept. */
export async function rememberQuarterCount(count: number): Promise<void> {
  const api = desktopApi()
  if (api) return api.rememberQuarterCount(count)
  window.localStorage.setItem(QUARTER_COUNT_KEY, String(count))
}

/** Desktop app: makes Electron's nativeTheme follow the theme chosen in the app. */
export async function setThemeSource(choice: ThemeChoice): Promise<void> {
  const api = desktopApi()
  if (api) await api.setThemeSource(choice)
}

/**
 * Desktop app: enables the application menu's "Save Backup…" only while there
 * is a quarter to back up (web mode has only the header menu's item).
 */
export async function reportBackupAvailable(available: boolean): Promise<void> {
  const api = desktopApi()
  if (api) await api.backupAvailable(available)
}

/**
 * Opens a task's page in the system browser: true when the desktop app did
 * (the caller then cancels the link's own navigation); false in web mode,
 * where the link opens a new tab by itself.
 */
export function openTaskInBrowser(taskId: string): boolean {
  const api = desktopApi()
  if (!api) return false
  void api.openTask(taskId).catch(() => {})
  return true
}
