/**
 * Export, Import and Backup: what the shell mounts where.
 *
 * - `<ExportView planId={...} />` (./ExportView, loaded lazily) — the Export view of the current quarter
 *   (header navigation "Export", menu command 'export-wiki').
 * - `<ImportView onImported={(planId) => ...} />` (./ImportView, loaded lazily) — the Import view (navigation
 *   "Import", menu command 'import-wiki'); `onImported` gets the new plan's id
 *   after "Create quarter from this page", so the shell can select it and show
 *   its board.
 * - `<BackupCommands />` — mount ONCE, always (also on the empty state, so a
 *   backup can be opened on a new machine), where its "Save backup…",
 *   "Open backup…" and "Merge backup…" buttons belong, e.g. the header. The
 *   menu commands 'save-backup', 'open-backup' and 'merge-backup' run its
 *   actions (commands/registry.ts), and it shows the replace dialog and the
 *   merge's conflict dialog (features/sync). Backup messages are toasts
 *   (store/uiStore.ts), shown by the shell's <Toasts />.
 * - `useBackupCommands()` — the same two actions as callbacks, for a shell
 *   that wants its own buttons or keyboard shortcuts; render
 *   `<BackupCommands buttons={false} />` then, for the dialog.
 */
import './exchange.css'

// ExportView and ImportView are not re-exported here: the shell loads them
// lazily from their own modules, so the wiki exporter and importer stay out of
// the board's start-up bundle.
export { BackupCommands } from './BackupCommands'
export { useBackupCommands, type BackupCommands as BackupCommandsApi } from './useBackupCommands'
