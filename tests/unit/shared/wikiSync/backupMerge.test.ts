/**
 * "Merge backup…": three ways when both copies were last in step with the
 * same wiki revision (a change made on one side only is taken without
 * asking), two ways otherwise (every difference is a choice).
 */
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../../../src/shared/model'
import type { WikiBase } from '../../../../src/shared/wikiSync/base'
import {
  backupMergeBasis,
  mergeBackupCopy,
  sharedWikiBase,
} from '../../../../src/shared/wikiSync/backupMerge'
import {
  addGoal,
  copy,
  deleteGoal,
  example,
  expectValid,
  goal,
  setStatus,
  throughWiki,
} from '../merge/helpers'

const KAFKA = 'Resolve Kafka Connect'
const STREAM = 'Initial (Stream) Config'
const API = 'https://wiki.example/w/api.php'
const TITLE = 'Tech/Goals/2019-20 Q2'

/** Revision `revid` of the page, holding `doc` as the wiki gives it back (fresh ids). */
function revision(doc: PlanDocument, revid: number, patch: Partial<WikiBase> = {}): WikiBase {
  return {
    apiUrl: API,
    title: TITLE,
    revid,
    timestamp: '2026-12-02T10:00:00Z',
    doc: throughWiki(doc, `r${revid}`),
    ...patch,
  }
}

let ids = 0
const options = { now: 9_000, newId: () => `new-${++ids}` }

describe('which base two copies share', () => {
  const doc = example()
  const base = revision(doc, 42)

  it('is the same revision of the same page on the same wiki', () => {
    expect(sharedWikiBase(base, revision(doc, 42))).toBe(base)
    // The same wiki, written with another case and a trailing slash.
    expect(sharedWikiBase(base, revision(doc, 42, { apiUrl: `${API.toUpperCase()}/` }))).toBe(base)
  })

  it('is none when a copy has no base, or another revision, page or wiki', () => {
    expect(sharedWikiBase(base, null)).toBeNull()
    expect(sharedWikiBase(null, base)).toBeNull()
    expect(sharedWikiBase(null, null)).toBeNull()
    expect(sharedWikiBase(base, revision(doc, 43))).toBeNull()
    expect(sharedWikiBase(base, revision(doc, 42, { title: 'Tech/Goals/Other' }))).toBeNull()
    expect(
      sharedWikiBase(base, revision(doc, 42, { apiUrl: 'https://other.example/w/api.php' })),
    ).toBeNull()
  })
})

describe('merging a colleague’s copy', () => {
  /** Both copies from one published quarter; each changes a different goal. */
  function copies() {
    const published = example()
    const local = copy(published)
    const backup = copy(published)
    setStatus(local, goal(local, KAFKA), 'done')
    goal(backup, STREAM).text = 'Initial (Stream) Config, reviewed'
    return { published, local, backup }
  }

  it('with a shared base: one change on each side merges with no question', () => {
    const { published, local, backup } = copies()
    addGoal(backup, 'their-goal', 'Analytics', 'A goal of theirs')
    const { merge, sharedBase } = mergeBackupCopy(
      { local, localBase: revision(published, 42), backup, backupBase: revision(published, 42) },
      options,
    )
    expect(sharedBase?.revid).toBe(42)
    expect(merge.conflicts).toEqual([])
    expectValid(merge.merged)
    expect(goal(merge.merged, KAFKA).status).toBe('done')
    expect(goal(merge.merged, 'Initial (Stream) Config, reviewed')).toBeDefined()
    expect(goal(merge.merged, 'A goal of theirs')).toBeDefined()
    expect(merge.summary).toMatchObject({ localChanges: 1, conflicts: 0 })
  })

  it('with a shared base: the same field changed differently is asked, showing what it was', () => {
    const { published, local, backup } = copies()
    setStatus(backup, goal(backup, KAFKA), 'blocked')
    const { merge } = mergeBackupCopy(
      { local, localBase: revision(published, 42), backup, backupBase: revision(published, 42) },
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
  })

  it('with a shared base: a goal deleted on one side and changed on the other is asked', () => {
    const { published, local, backup } = copies()
    deleteGoal(backup, goal(backup, KAFKA))
    const { merge } = mergeBackupCopy(
      { local, localBase: revision(published, 42), backup, backupBase: revision(published, 42) },
      options,
    )
    expect(merge.conflicts.map((c) => c.kind)).toEqual(['deleted-changed'])
    expect(merge.conflicts[0]?.what).toMatch(/^Resolve Kafka Connect/)
  })

  it('without one (other revisions, or a copy never published): every difference is a choice', () => {
    const { published, local, backup } = copies()
    for (const backupBase of [revision(published, 41), null]) {
      const { merge, sharedBase } = mergeBackupCopy(
        { local, localBase: revision(published, 42), backup, backupBase },
        options,
      )
      expect(sharedBase).toBeNull()
      expect(merge.conflicts.map((c) => [c.field, c.base])).toEqual([
        ['status', null],
        ['text', null],
      ])
    }
  })
})

describe('the sentence that says which it was', () => {
  it('names the revision both were in step with, or says every difference is a choice', () => {
    expect(backupMergeBasis(revision(example(), 42))).toBe(
      'Both copies were last in step with revision 42 of “Tech/Goals/2019-20 Q2” on the wiki, so only the changes made since then are compared.',
    )
    expect(backupMergeBasis(null)).toBe(
      'The two copies have no wiki revision or backup in common, so every difference between them is offered as a choice.',
    )
  })
})
