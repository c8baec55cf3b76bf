import { useEffect } from 'react'
import { useQuarterStore } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { ConflictDialog } from '../sync'
import { BACKUP_UNAVAILABLE_TOPIC, resolveBackup } from './backupActions'
import { useBackupStore } from './backupStore'
import { resolveMerge } from './mergeBackup'
import { ReplaceDialog } from './ReplaceDialog'
import { useBackupCommands } from './useBackupCommands'

/**
 * Save backup… / Open backup… / Merge backup…: mount once, where its buttons belong (the
 * header). Shows the replace and conflict dialogs of backup actions started anywhere: these
 * buttons, the menu or a shortcut (commands/registry.ts). Their messages are
 * toasts, which never change the header's height.
 */
export function BackupCommands({ buttons = true }: { buttons?: boolean }) {
  const commands = useBackupCommands()
  const busy = useBackupStore((s) => s.busy)
  const pending = useBackupStore((s) => s.pending)
  const merging = useBackupStore((s) => s.merging)
  const hasQuarter = useQuarterStore((s) => s.openPlanId !== null)
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
          <button
            type="button"
            disabled={busy || !hasQuarter}
            title={hasQuarter ? undefined : 'There is no quarter open to merge a backup into.'}
            onClick={() => void commands.mergeBackup()}
          >
            Merge backup…
          </button>
        </>
      )}
      {pending && <ReplaceDialog pending={pending} onChoose={(c) => void resolveBackup(c)} />}
      {merging && (
        <ConflictDialog
          title={`Merge ${merging.fileName}`}
          conflicts={merging.result.conflicts}
          localLabel="This computer"
          remoteLabel="The backup"
          basis={merging.basis}
          onResolve={(decisions) => void resolveMerge(decisions)}
          onCancel={() => void resolveMerge(null)}
        />
      )}
    </div>
  )
}
