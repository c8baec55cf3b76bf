import { useEffect, useMemo, useRef } from 'react'
import { usePlans } from '../../db/queries'
import { openBackup, saveBackup } from './backupActions'

/** The two backup actions, for menus and buttons. */
export interface BackupCommands {
  saveBackup(): Promise<void>
  openBackup(): Promise<void>
}

/**
 * Save backup… / Open backup… as stable callbacks. Their dialog and messages
 * appear in the mounted `<BackupCommands />`, wherever they are called from.
 */
export function useBackupCommands(): BackupCommands {
  const plans = usePlans()
  const planIds = useRef<string[] | undefined>(undefined)
  useEffect(() => {
    planIds.current = plans?.map((plan) => plan.id)
  }, [plans])
  // Read the live plan list at call time, so the callbacks never change identity.
  return useMemo(() => ({ saveBackup: () => saveBackup(planIds.current), openBackup }), [])
}
