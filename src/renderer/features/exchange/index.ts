/**
 * Export, Import and Backup: what the shell mounts where.
 *
 * - `<ExportView planId={...} />` — the Export view of the current quarter
 *   (header navigation "Export", menu command 'export-wiki').
 * - `<ImportView onImported={(planId) => ...} />` — the Import view (navigation
 *   "Import", menu command 'import-wiki'); `onImported` gets the new plan's id
 *   after "Create quarter from this page", so the shell can select it and show
 *   its board.
 * - `<BackupCommands />` — mount ONCE, always (also on the empty state, so a
 *   backup can be opened on a new machine), where its "Save backup…" and
 *   "Open backup…" buttons belong, e.g. the header. It handles the menu
 *   commands 'save-backup' and 'open-backup' itself, so the shell ignores
 *   those two, and it shows the replace dialog and the backup messages.
 * - `useBackupCommands()` — the same two actions as callbacks, for a shell
 *   that wants its own buttons or keyboard shortcuts; render
 *   `<BackupCommands buttons={false} />` then, for the dialog and messages.
 */
import './exchange.css'

export { ExportView } from './ExportView'
export { ImportView } from './ImportView'
export { BackupCommands } from './BackupCommands'
export { useBackupCommands, type BackupCommands as BackupCommandsApi } from './useBackupCommands'
