/**
 * The preload script: runs sandboxed before the page and exposes the typed
 * API (src/shared/api.ts) as window.quarterdeck.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createQuarterdeckApi } from './api'

contextBridge.exposeInMainWorld('quarterdeck', createQuarterdeckApi(ipcRenderer))
