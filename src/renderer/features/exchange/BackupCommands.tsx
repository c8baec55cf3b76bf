import { resolveBackup } from './backupActions'
import { useBackupStore } from './backupStore'
import { ReplaceDialog } from './ReplaceDialog'
import { useBackupCommands } from './useBackupCommands'

/**
 * Save backup… / Open backup…: mount once, where its two buttons belong (the
 * header). Shows the replace dialog and the messages of backup actions
 * started anywhere: these buttons, the menu or a shortcut (commands/registry.ts).
 */
export function BackupCommands({ buttons = true }: { buttons?: boolean }) {
  const commands = useBackupCommands()
  const busy = useBackupStore((s) => s.busy)
  const message = useBackupStore((s) => s.message)
  const pending = useBackupStore((s) => s.pending)

  return (
    <div className="exchange-backup">
      {buttons && (
        <>
          <button type="button" disabled={busy} onClick={() => void commands.saveBackup()}>
            Save backup…
          </button>
          <button type="button" disabled={busy} onClick={() => void commands.openBackup()}>
            Open backup…
          </button>
        </>
      )}
      <p role="status" className="exchange-status">
        {message?.kind === 'status' ? message.text : ''}
      </p>
      <p role="alert" className="exchange-error">
        {message?.kind === 'alert' ? message.text : ''}
      </p>
      {message && (
        <button
          type="button"
          className="exchange-dismiss"
          aria-label="Dismiss backup message"
          onClick={() => useBackupStore.setState({ message: null })}
        >
          ×
        </button>
      )}
      {pending && <ReplaceDialog pending={pending} onChoose={(c) => void resolveBackup(c)} />}
    </div>
  )
}
