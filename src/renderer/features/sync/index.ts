/**
 * Merging another copy of the open quarter into it: the conflict dialog and
 * the command that stores a decided merge, shared by "Merge backup…"
 * (features/exchange/mergeBackup.ts) and a pull from the wiki.
 */
export { ConflictDialog, type ConflictDialogProps } from './ConflictDialog'
export { mergeCommand } from './mergeCommand'
