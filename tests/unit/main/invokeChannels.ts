import { IPC } from '../../../src/shared/api'

/**
 * Every invoke channel the preload API has, written out by hand: the tests
 * that check main handles exactly these fail when one is added or lost
 * without the list being updated on purpose.
 */
export const INVOKE_CHANNELS = [
  IPC.dataLocation,
  IPC.menuReady,
  IPC.openTextFile,
  IPC.saveTextFile,
  IPC.autoBackup,
  IPC.latestAutoBackup,
  IPC.autoBackupLocation,
  IPC.keepDamagedStore,
  IPC.rememberedQuarterCount,
  IPC.rememberQuarterCount,
  IPC.setThemeSource,
  IPC.backupAvailable,
  IPC.openTask,
  IPC.wikiAccount,
  IPC.wikiConnect,
  IPC.wikiDisconnect,
  IPC.wikiRead,
  IPC.wikiSave,
].sort()
