/**
 * Merging another copy of the open quarter into it: the conflict dialog
 * shared by "Merge backup…" (features/exchange/mergeBackup.ts) and a pull
 * from the wiki.
 */
export { ConflictDialog, type ConflictDialogProps } from './ConflictDialog'
