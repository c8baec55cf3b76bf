/**
 * What Merge backup… asks of the reading worker (readFile.worker.ts), as
 * plain functions: read the backup file, read the open quarter and its bases
 * from the store (the worker opens a connection of its own), merge the
 * backup's copy into it, and, once the person has chosen on the conflicts,
 * apply the choices and check the result. A backup of a big quarter takes
 * seconds to merge (3 s at 50,000 goals, every goal changed); none of it runs
 * on the window's thread. The window gets the conflicts and the summary
 * first, then the quarter as read and as merged, and builds the one command
 * that stores it (mergeBackup.ts). Kept apart from the worker's wiring so
 * unit tests run it in place.
 */
import { Dexie } from 'dexie'
import { parseBackup } from '../../../shared/backup'
import { backupBaseRow, readBackupBase } from '../../../shared/backup/backupBaseRows'
import { summariseProblems, validatePlanDocument } from '../../../shared/document'
import {
  applyMergeDecisions,
  type MergeConflict,
  type MergeDecisions,
  type MergeSummary,
} from '../../../shared/merge'
import type { Plan, PlanDocument } from '../../../shared/model'
import { findSameQuarter } from '../../../shared/plan'
import { forwardProgress, stagedProgress } from '../../../shared/jobProgress'
import { backupMergeBasis, mergeBackupCopy } from '../../../shared/wikiSync/backupMerge'
import type { RowChange } from '../../commands/changes'
import { addingBackupBase } from '../../db/backupBaseChanges'
import { readBackupBaseRowsFrom, readQuarterFrom, readWikiBaseRowFrom } from '../../db/quarterRead'
import { textOfSource, type FileSource } from './readFileJob'

/** Merge the backup file `source` into quarter `planId` of the store named `store`. */
export interface MergeRequest {
  kind: 'merge'
  /** The file's bytes, decoded here in the worker (20 MB of text is slow to move). */
  source: FileSource
  planId: string
  store: string
  /** When the merged backup becomes a base of the quarter (the window's clock). */
  at: number
}

/** The person's choices on the conflicts of the merge under way. */
export interface DecideRequest {
  kind: 'decide'
  decisions: MergeDecisions
}

/** What the merge found, before any choice. */
export type MergeFound =
  /** The file is no backup: why. */
  | { kind: 'unreadable'; error: string }
  /** Something unforeseen (the quarter gone, the store closed): why. */
  | { kind: 'failed'; error: string }
  /** The backup holds no copy of the open quarter: the quarters it holds. */
  | { kind: 'other-quarters'; held: Plan[]; local: Plan }
  | {
      kind: 'merged'
      local: Plan
      conflicts: MergeConflict[]
      summary: MergeSummary
      /** What was compared, in one sentence (backupMergeBasis). */
      basis: string
    }

/** The merge with the choices applied: the quarter as read and as merged, and its backup base. */
export type MergeDecided =
  | {
      ok: true
      local: PlanDocument
      merged: PlanDocument
      /** The changes that record the merged backup as a base of the quarter (own id only). */
      recordBase: RowChange[]
    }
  | { ok: false; error: string }

/** What the worker posts for a merge, after the long lists of each result in parts. */
export type MergeReply =
  { type: 'found'; result: MergeFound } | { type: 'decided'; result: MergeDecided }

/** A merge under way: what it found, and how to finish it. */
export interface MergeSession {
  found: MergeFound
  /** Applies the choices; `onProgress` hears how far it has come (0 to 1, as startMerge's). */
  decide(decisions: MergeDecisions, onProgress?: (fraction: number) => void): MergeDecided
}

/**
 * The stages of finding what a merge holds, each with its share of the whole
 * (CPU time in ms at 15,000 goals, every goal changed, three-way: reading and
 * checking the file 250, merging 750; reading the quarter from the store in
 * the worker is an estimate of the same order as reading the file).
 */
const FINDING = { file: 250, store: 200, merge: 750 }

/** The stages of applying the choices (CPU time in ms at 15,000 goals, as FINDING). */
const DECIDING = { apply: 80, check: 70 }

const why = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The copy of `local`'s quarter among a backup's plans, if it holds one. */
export function copyOfQuarter(
  docs: readonly PlanDocument[],
  local: PlanDocument,
): PlanDocument | undefined {
  const plan = findSameQuarter(
    docs.map((doc) => doc.plan),
    local.plan,
  )
  return plan && docs.find((doc) => doc.plan === plan)
}

/**
 * Reads and merges as `request` says; never throws (a session whose `found`
 * says what went wrong). The store is opened without its schema (Dexie's
 * dynamic mode) and closed again once read: reading never writes.
 * `onProgress` hears how far it has come, from 0 to 1 (1 once found), in
 * steps of a hundredth at least.
 */
export async function startMerge(
  request: MergeRequest,
  onProgress: (fraction: number) => void = () => {},
): Promise<MergeSession> {
  // Told in steps of a hundredth at most: each is a message from the worker.
  const stage = stagedProgress(FINDING, forwardProgress(onProgress))
  const refused = (found: MergeFound): MergeSession => ({
    found,
    decide: () => ({ ok: false, error: 'There is no merge to finish.' }),
  })
  try {
    stage('file')
    const file = textOfSource(request.source)
    if (!file.ok) return refused({ kind: 'unreadable', error: file.error })
    const parsed = parseBackup(file.text)
    if (!parsed.ok) return refused({ kind: 'unreadable', error: parsed.error })
    stage('store')
    const db = new Dexie(request.store)
    let read
    try {
      await db.open()
      const local = await readQuarterFrom(db, request.planId)
      if (!local) return refused({ kind: 'failed', error: 'That quarter no longer exists.' })
      const storedBackupBases = await readBackupBaseRowsFrom(db, request.planId)
      read = {
        local,
        localBase: (await readWikiBaseRowFrom(db, request.planId))?.base ?? null,
        storedBackupBases,
        localBackupBases: await Promise.all(storedBackupBases.map(readBackupBase)),
      }
    } finally {
      db.close()
    }
    const { local, localBase, storedBackupBases, localBackupBases } = read
    const remote = copyOfQuarter(parsed.docs, local)
    if (!remote) {
      return refused({
        kind: 'other-quarters',
        held: parsed.docs.map((doc) => doc.plan),
        local: local.plan,
      })
    }
    const carried = parsed.backupBases?.get(remote.plan.id)
    const merging = stage('merge')
    const { merge, sharedBase, sharedBackup } = mergeBackupCopy(
      {
        local,
        localBase,
        backup: remote,
        backupBase: parsed.wikiBases?.get(remote.plan.id) ?? null,
        localBackupBases,
        backupDescent: {
          ...(parsed.backup && { own: parsed.backup }),
          ...(carried && { carried }),
        },
      },
      { onProgress: merging },
    )
    const own = parsed.backup
    return {
      found: {
        kind: 'merged',
        local: local.plan,
        conflicts: merge.conflicts,
        summary: merge.summary,
        basis: backupMergeBasis(sharedBase, sharedBackup),
      },
      decide(decisions, onDecideProgress = () => {}) {
        const told = forwardProgress(onDecideProgress)
        const step = stagedProgress(DECIDING, told)
        try {
          step('apply')
          const applied = applyMergeDecisions(merge, decisions)
          step('check')
          const check = validatePlanDocument(applied)
          if (!check.ok) {
            const problems = summariseProblems(check.problems)
            return { ok: false, error: `The merge would not be a valid quarter: ${problems}.` }
          }
          // The merged quarter descends from the backup's copy: a later backup of that copy
          // merges three ways against it.
          const recordBase = own
            ? addingBackupBase(
                storedBackupBases,
                backupBaseRow(request.planId, own, remote, request.at),
              )
            : []
          told(1)
          return { ok: true, local, merged: check.document, recordBase }
        } catch (error) {
          return { ok: false, error: why(error) }
        }
      },
    }
  } catch (error) {
    return refused({ kind: 'failed', error: why(error) })
  }
}
