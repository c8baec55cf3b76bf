/**
 * How every Quarterdeck window is made: the renderer gets no Node, runs
 * sandboxed and isolated, and reaches main only through the preload API.
 */
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'

/** The built preload script; a sandboxed preload must be one CommonJS file. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs')
}

/** The built renderer folder served on app://quarterdeck/. */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer')
}

/**
 * The folder holding the app's profile (IndexedDB included). Development
 * runs keep theirs apart so trying a change never touches real goals.
 */
export function userDataPath(appDataDir: string, development: boolean): string {
  return join(appDataDir, development ? 'Quarterdeck (development)' : 'Quarterdeck')
}

/** BrowserWindow options for a board window. */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    title: 'Quarterdeck',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the board.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  }
}
