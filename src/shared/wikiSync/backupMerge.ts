/**
 * "Merge backup…": a colleague's copy of a quarter merged into this one. When
 * both copies were last in step with the same revision of the same wiki page
 * (their wiki bases name it), that revision's quarter is the common ancestor
 * and the merge is three ways: a change made on one side only is taken
 * without asking. Otherwise nobody can tell which side changed what, and the
 * merge is two ways: every difference is a choice.
 */
import { mergePlans, type MergeOptions, type MergeResult } from '../merge'
import type { PlanDocument } from '../model'
import { baseFor, type WikiBase } from './base'

/** The two copies and the wiki base each has (null: never published or pulled, or not known). */
export interface BackupMergeInput {
  local: PlanDocument
  localBase: WikiBase | null
  backup: PlanDocument
  backupBase: WikiBase | null
}

/** The merge, and the base both copies share (null when it was two ways). */
export interface BackupMerge {
  merge: MergeResult
  sharedBase: WikiBase | null
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

/** Merges the backup's copy into the local one, three ways when they share a base. */
export function mergeBackupCopy(input: BackupMergeInput, options: MergeOptions = {}): BackupMerge {
  const shared = sharedWikiBase(input.localBase, input.backupBase)
  const merge = mergePlans(
    { base: shared?.doc ?? null, local: input.local, remote: input.backup },
    options,
  )
  return { merge, sharedBase: shared }
}

/** One sentence for the person: which kind of merge it was, and what that means. */
export function backupMergeBasis(sharedBase: WikiBase | null): string {
  return sharedBase === null
    ? 'The two copies have no wiki revision in common, so every difference between them is offered as a choice.'
    : `Both copies were last in step with revision ${sharedBase.revid} of “${sharedBase.title}” on the wiki, so only the changes made since then are compared.`
}
