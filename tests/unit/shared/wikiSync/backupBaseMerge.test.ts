/**
 * "Merge backup…" between two copies that descend from one backup file (saved
 * on one machine, opened on the other): which backup both share, and a merge
 * three ways against it, where only a field changed differently on both
 * sides is asked.
 */
import { describe, expect, it } from 'vitest'
import type { BackupBase, CarriedBackupBase } from '../../../../src/shared/backup/backupBases'
import type { PlanDocument } from '../../../../src/shared/model'
import type { WikiBase } from '../../../../src/shared/wikiSync/base'
import {
  backupMergeBasis,
  mergeBackupCopy,
  sharedBackupBase,
} from '../../../../src/shared/wikiSync/backupMerge'
import { copy, example, expectValid, goal, setStatus, throughWiki } from '../merge/helpers'

const KAFKA = 'Resolve Kafka Connect'
const STREAM = 'Initial (Stream) Config'

let ids = 0
const options = { now: 9_000, newId: () => `new-${++ids}` }

/** Backup `backupId`, saved at `savedAt`, holding `doc`. */
function backup(backupId: string, doc: PlanDocument, savedAt = '2026-12-01T09:00:00.000Z') {
  return { backupId, savedAt, doc: copy(doc) }
}

/** What a file carries: its newest base `base`, and older ones by name. */
function carrying(base: BackupBase, ...earlier: string[]): CarriedBackupBase {
  return { ...base, earlier: earlier.map((backupId) => ({ backupId, savedAt: base.savedAt })) }
}

describe('which backup two copies both descend from', () => {
  const doc = example()
  const b0 = backup('b0', doc)
  const b1 = backup('b1', doc)
  const mine = [backup('mine-2', doc), b0, backup('mine-1', doc)]

  it('the base the file carries, when this machine remembers it too: this machine’s copy of it', () => {
    const theirs = carrying(backup('b0', example()))
    expect(
      sharedBackupBase(mine, { own: { backupId: 'b1', savedAt: b1.savedAt }, carried: theirs }),
    ).toBe(b0)
  })

  it('an older backup the file names, when one saved in between is not known here', () => {
    const theirs = carrying(backup('theirs-in-between', doc), 'unknown', 'b0')
    expect(sharedBackupBase(mine, { carried: theirs })).toBe(b0)
  })

  it('the file itself, when this machine saved or opened it', () => {
    const same = backup('mine-1', doc)
    expect(sharedBackupBase(mine, { own: same, carried: carrying(b0) })).toBe(mine[2])
  })

  it('none when no backup is known on both sides, or either side knows none', () => {
    expect(
      sharedBackupBase(mine, { own: b1, carried: carrying(backup('b9', doc), 'b8') }),
    ).toBeNull()
    expect(sharedBackupBase(mine, {})).toBeNull()
    expect(sharedBackupBase([], { own: b0, carried: carrying(b0) })).toBeNull()
  })
})

describe('merging a colleague’s copy that descends from the same backup', () => {
  /** B0 saved here and opened there; here Kafka is done, there Stream is reworded. */
  function copies() {
    const saved = example()
    const b0 = backup('b0', saved)
    const local = copy(saved)
    const theirs = copy(saved)
    setStatus(local, goal(local, KAFKA), 'done')
    goal(theirs, STREAM).text = 'Initial (Stream) Config, reviewed'
    return { b0, local, theirs }
  }

  it('takes the change on each side with no question, and says it was against the backup', () => {
    const { b0, local, theirs } = copies()
    const { merge, sharedBase, sharedBackup } = mergeBackupCopy(
      {
        local,
        localBase: null,
        backup: theirs,
        backupBase: null,
        localBackupBases: [b0],
        backupDescent: {
          own: { backupId: 'b1', savedAt: '2026-12-02T09:00:00.000Z' },
          carried: carrying(b0),
        },
      },
      options,
    )
    expect(sharedBase).toBeNull()
    expect(sharedBackup).toBe(b0)
    expect(merge.conflicts).toEqual([])
    expectValid(merge.merged)
    expect(goal(merge.merged, KAFKA).status).toBe('done')
    expect(goal(merge.merged, STREAM).text).toBe('Initial (Stream) Config, reviewed')
    expect(merge.summary).toMatchObject({ localChanges: 1, remoteChanges: 1, conflicts: 0 })
  })

  it('asks only the field changed differently on both sides, showing what it was in the backup', () => {
    const { b0, local, theirs } = copies()
    setStatus(theirs, goal(theirs, KAFKA), 'blocked')
    const { merge } = mergeBackupCopy(
      {
        local,
        localBase: null,
        backup: theirs,
        backupBase: null,
        localBackupBases: [b0],
        backupDescent: { carried: carrying(b0) },
      },
      options,
    )
    expect(merge.conflicts).toHaveLength(1)
    expect(merge.conflicts[0]).toMatchObject({
      kind: 'changed-both',
      field: 'status',
      base: { text: 'Postponed' },
      local: { text: 'Done' },
      remote: { text: 'Blocked' },
    })
    expect(goal(merge.merged, STREAM).text).toBe('Initial (Stream) Config, reviewed')
  })

  it('without a shared backup every difference is a choice, as before', () => {
    const { b0, local, theirs } = copies()
    const { merge, sharedBackup } = mergeBackupCopy(
      {
        local,
        localBase: null,
        backup: theirs,
        backupBase: null,
        localBackupBases: [b0],
        backupDescent: { carried: carrying(backup('elsewhere', b0.doc)) },
      },
      options,
    )
    expect(sharedBackup).toBeNull()
    expect(merge.conflicts.map((c) => [c.field, c.base])).toEqual([
      ['status', null],
      ['text', null],
    ])
  })

  it('a wiki revision both share wins over a shared backup', () => {
    const { b0, local, theirs } = copies()
    const revision: WikiBase = {
      apiUrl: 'https://wiki.example/w/api.php',
      title: 'Tech/Goals/2019-20 Q2',
      revid: 42,
      timestamp: '2026-12-02T10:00:00Z',
      doc: throughWiki(b0.doc, 'r42'),
    }
    const { sharedBase, sharedBackup, merge } = mergeBackupCopy(
      {
        local,
        localBase: revision,
        backup: theirs,
        backupBase: revision,
        localBackupBases: [b0],
        backupDescent: { carried: carrying(b0) },
      },
      options,
    )
    expect(sharedBase).toBe(revision)
    expect(sharedBackup).toBeNull()
    expect(merge.conflicts).toEqual([])
  })
})

describe('the sentence that says which it was', () => {
  it('names when the shared backup was saved', () => {
    expect(
      backupMergeBasis(null, { backupId: 'b0', savedAt: '2026-12-01T09:00:00.000Z' }, (iso) =>
        iso.slice(0, 10),
      ),
    ).toBe(
      'Both copies were last in step with the backup saved on 2026-12-01, so only the changes made since then are compared.',
    )
    expect(backupMergeBasis(null, { backupId: 'b0', savedAt: '2026-12-01T09:00:00.000Z' })).toMatch(
      /^Both copies were last in step with the backup saved on .*2026.*, so only the changes made since then are compared\.$/,
    )
  })
})
