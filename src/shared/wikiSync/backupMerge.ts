/**
 * "Merge backup…": a colleague's copy of a quarter merged into this one. When
 * both copies have a common ancestor, the merge is three ways against it: a
 * change made on one side only is taken without asking. A common ancestor is
 * the same revision of the same wiki page that both were last in step with
 * (their wiki bases name it), or else a backup file both descend from (one
 * saved on one machine and opened on the other: backup/backupBases.ts).
 * Otherwise nobody can tell which side changed what, and the merge is two
 * ways: every difference is a choice.
 */
import type { BackupBase, BackupMark, CarriedBackupBase } from '../backup/backupBases'
import { mergePlans, type MergeOptions, type MergeResult } from '../merge'
import type { PlanDocument } from '../model'
import { baseFor, type WikiBase } from './base'

/** What a backup file says of its own descent: its own name, and the base it carries. */
export interface BackupDescent {
  /** The file's own id and save time (files written by Save backup…). */
  own?: BackupMark
  /** The backup bases it carries for its copy of the quarter. */
  carried?: CarriedBackupBase
}

/** The two copies and the bases each has (null or absent: none, or not known). */
export interface BackupMergeInput {
  local: PlanDocument
  localBase: WikiBase | null
  backup: PlanDocument
  backupBase: WikiBase | null
  /** The backups the local quarter was in step with (its stored backup bases). */
  localBackupBases?: readonly BackupBase[]
  /** What the backup file says of its descent. */
  backupDescent?: BackupDescent
}

/**
 * The merge, and the base both copies share: a wiki revision, else a backup
 * (both null when it was two ways).
 */
export interface BackupMerge {
  merge: MergeResult
  sharedBase: WikiBase | null
  sharedBackup: BackupBase | null
}

/**
 * The base both copies were last in step with: the same revision of the same
 * page on the same wiki, else null. This machine's copy of it is returned.
 */
export function sharedWikiBase(
  localBase: WikiBase | null,
  backupBase: WikiBase | null,
): WikiBase | null {
  if (localBase === null || backupBase === null) return null
  const same = baseFor(backupBase, localBase.apiUrl, localBase.title)
  return same !== null && same.revid === localBase.revid ? localBase : null
}

/**
 * The newest backup both copies descend from: the file itself (this machine
 * saved or opened it), else the newest base it carries that this machine
 * also remembers. This machine's copy is returned: the quarter as it was
 * saved or opened here.
 */
export function sharedBackupBase(
  local: readonly BackupBase[],
  descent: BackupDescent,
): BackupBase | null {
  const theirs = [descent.own, descent.carried, ...(descent.carried?.earlier ?? [])]
  for (const mark of theirs) {
    const mine = mark && local.find((base) => base.backupId === mark.backupId)
    if (mine) return mine
  }
  return null
}

/** Merges the backup's copy into the local one, three ways when they share a base. */
export function mergeBackupCopy(input: BackupMergeInput, options: MergeOptions = {}): BackupMerge {
  const sharedBase = sharedWikiBase(input.localBase, input.backupBase)
  // A shared wiki revision wins: the wiki is where both copies were published.
  const sharedBackup =
    sharedBase === null
      ? sharedBackupBase(input.localBackupBases ?? [], input.backupDescent ?? {})
      : null
  const merge = mergePlans(
    {
      base: sharedBase?.doc ?? sharedBackup?.doc ?? null,
      local: input.local,
      remote: input.backup,
    },
    options,
  )
  return { merge, sharedBase, sharedBackup }
}

/** A backup's save time in the person's own words ("December 2, 2026 at 10:00 AM"). */
function localDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })
}

/** One sentence for the person: which kind of merge it was, and what that means. */
export function backupMergeBasis(
  sharedBase: WikiBase | null,
  sharedBackup: BackupMark | null = null,
  when: (iso: string) => string = localDateTime,
): string {
  if (sharedBase !== null) {
    return `Both copies were last in step with revision ${sharedBase.revid} of “${sharedBase.title}” on the wiki, so only the changes made since then are compared.`
  }
  if (sharedBackup !== null) {
    return `Both copies were last in step with the backup saved on ${when(sharedBackup.savedAt)}, so only the changes made since then are compared.`
  }
  return 'The two copies have no wiki revision or backup in common, so every difference between them is offered as a choice.'
}
