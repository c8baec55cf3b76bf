import { useEffect } from 'react'
import { useQuarterStore } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { BACKUP_UNAVAILABLE_TOPIC, resolveBackup } from './backupActions'
import { useBackupStore } from './backupStore'
import { ReplaceDialog } from './ReplaceDialog'
import { useBackupCommands } from './useBackupCommands'

/**
 * Save backup… / Open backup…: mount once, where its two buttons belong (the
 * header). Shows the replace dialog of backup actions started anywhere: these
 * buttons, the menu or a shortcut (commands/registry.ts). Their messages are
 * toasts, which never change the header's height.
 */
export function BackupCommands({ buttons = true }: { buttons?: boolean }) {
  const commands = useBackupCommands()
  const busy = useBackupStore((s) => s.busy)
  const pending = useBackupStore((s) => s.pending)
  const canSave = useQuarterStore((s) => s.phase === 'ready' && s.plans.length > 0)
  // "There is no quarter to back up yet" no longer applies once there is one.
  useEffect(() => {
    if (canSave) useUiStore.getState().dismissTopic(BACKUP_UNAVAILABLE_TOPIC)
  }, [canSave])

  return (
    <div className="exchange-backup">
      {buttons && (
        <>
          <button
            type="button"
            disabled={busy || !canSave}
            title={canSave ? undefined : 'There is no quarter to back up yet.'}
            onClick={() => void commands.saveBackup()}
          >
            Save backup…
          </button>
          <button type="button" disabled={busy} onClick={() => void commands.openBackup()}>
            Open backup…
          </button>
        </>
      )}
      {pending && <ReplaceDialog pending={pending} onChoose={(c) => void resolveBackup(c)} />}
    </div>
  )
}
