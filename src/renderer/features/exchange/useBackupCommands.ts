import { useMemo } from 'react'
import { openBackup, saveBackup } from './backupActions'
import { mergeBackup } from './mergeBackup'

/** The backup actions, for menus and buttons. */
export interface BackupCommands {
  saveBackup(): Promise<void>
  openBackup(): Promise<void>
  mergeBackup(): Promise<void>
}

/**
 * Save backup… / Open backup… as stable callbacks. Their dialog and messages
 * appear in the mounted `<BackupCommands />`, wherever they are called from.
 */
export function useBackupCommands(): BackupCommands {
  return useMemo(() => ({ saveBackup, openBackup, mergeBackup }), [])
}
