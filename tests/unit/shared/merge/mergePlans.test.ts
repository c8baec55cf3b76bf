import { describe, expect, it } from 'vitest'
import { applyMergeDecisions, mergePlans } from '../../../../src/shared/merge'
import type { PlanDocument } from '../../../../src/shared/model'
import {
  addGoal,
  copy,
  deleteGoal,
  example,
  expectValid,
  goal,
  goalsSeen,
  setStatus,
  throughWiki,
} from './helpers'

const KAFKA = 'Resolve Kafka Connect'
const STREAM = 'Initial (Stream) Config'
const HADOOP = 'Deploy hadoop client'
const CHANGEPROP = 'Migrate Service - changeprop'

let ids = 0
const options = { now: 9_000, newId: () => `new-${++ids}` }

function merge(base: PlanDocument | null, local: PlanDocument, remote: PlanDocument) {
  const result = mergePlans({ base, local, remote }, options)
  expectValid(result.merged)
  return result
}

describe('mergePlans with copies of one backup (shared ids)', () => {
  it('gives the local copy back unchanged when the other copy did not change', () => {
    const base = example()
    const local = copy(base)
    goal(local, KAFKA).note = 'mine'
    const result = merge(base, local, copy(base))
    expect(result.conflicts).toEqual([])
    expect(result.merged).toEqual(local)
  })

  it('applies changes made on one side only, from both sides', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    goal(local, KAFKA).text = 'Resolve Kafka Connect licensing, for good'
    setStatus(remote, goal(remote, STREAM), 'blocked')
    remote.plan.intro = 'New intro'
    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(goal(result.merged, 'Resolve Kafka Connect licensing').text).toBe(
      'Resolve Kafka Connect licensing, for good',
    )
    expect(goal(result.merged, STREAM).status).toBe('blocked')
    expect(result.merged.plan.intro).toBe('New intro')
    expect(result.summary).toMatchObject({ remoteChanges: 2, localChanges: 1, conflicts: 0 })
    // The status change arrives with its history entry, once.
    const streamId = goal(result.merged, STREAM).id
    const history = result.merged.history.filter((h) => h.goalId === streamId)
    expect(history.at(-1)).toMatchObject({ to: 'blocked' })
    expect(history.filter((h) => h.to === 'blocked')).toHaveLength(1)
  })

  it('takes the same change made on both sides once, without a conflict', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    goal(local, KAFKA).note = 'same'
    goal(remote, KAFKA).note = 'same'
    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(goal(result.merged, KAFKA).note).toBe('same')
  })

  it('makes a field changed differently on both sides a conflict, naming goal, team, field and values', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    setStatus(local, goal(local, KAFKA), 'in-progress')
    setStatus(remote, goal(remote, KAFKA), 'done')
    const result = merge(base, local, remote)
    expect(result.conflicts).toHaveLength(1)
    const [conflict] = result.conflicts
    expect(conflict).toMatchObject({
      kind: 'changed-both',
      table: 'goals',
      field: 'status',
      fieldLabel: 'Status',
      team: 'Analytics',
      base: { exists: true, value: 'postponed', text: 'Postponed' },
      local: { exists: true, value: 'in-progress', text: 'In progress' },
      remote: { exists: true, value: 'done', text: 'Done' },
    })
    expect(conflict!.what).toMatch(/^Resolve Kafka Connect/)
    // Undecided, the local side stays; decided, the remote one is taken.
    expect(goal(result.merged, KAFKA).status).toBe('in-progress')
    const decided = applyMergeDecisions(result, { [conflict!.id]: 'remote' })
    expectValid(decided)
    expect(goal(decided, KAFKA).status).toBe('done')
    expect(
      decided.history.filter((h) => h.goalId === goal(decided, KAFKA).id).at(-1),
    ).toMatchObject({ to: 'done' })
  })

  it('keeps goals added on either side', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    addGoal(local, 'mine-1', 'Analytics', 'A goal added here')
    addGoal(remote, 'theirs-1', 'Search Platform', 'A goal added there')
    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(result.merged.goals).toHaveLength(base.goals.length + 2)
    expect(goal(result.merged, 'A goal added there').id).toBe('theirs-1')
    expect(result.summary.goalsAdded).toEqual({ local: 1, remote: 1 })
  })

  it('keeps both of two alike goals added one on each side', () => {
    const base = example()
    const local = copy(base)
    const remote = throughWiki(base, 'r')
    addGoal(local, 'mine-3', 'Analytics', 'Document the Kafka setup')
    addGoal(remote, 'theirs-3', 'Analytics', 'Document the Kafka setup (phase 2)')
    const result = merge(throughWiki(base, 'b'), local, remote)
    expect(result.conflicts).toEqual([])
    expect(result.merged.goals.filter((g) => g.text.startsWith('Document the Kafka'))).toHaveLength(
      2,
    )
  })

  it('deletes a goal deleted on one side and left alone on the other', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    deleteGoal(remote, goal(remote, KAFKA))
    deleteGoal(local, goal(local, STREAM))
    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(result.merged.goals.some((g) => g.text.startsWith(KAFKA))).toBe(false)
    expect(result.merged.goals.some((g) => g.text.startsWith(STREAM))).toBe(false)
    expect(result.summary.goalsDeleted).toEqual({ local: 1, remote: 1 })
  })

  it('makes a goal deleted on one side and changed on the other a conflict, either way round', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    deleteGoal(remote, goal(remote, KAFKA))
    goal(local, KAFKA).note = 'still needed'
    deleteGoal(local, goal(local, STREAM))
    setStatus(remote, goal(remote, STREAM), 'blocked')
    const result = merge(base, local, remote)
    expect(result.conflicts.map((c) => [c.kind, c.field, c.local.exists, c.remote.exists])).toEqual(
      [
        ['deleted-changed', null, true, false],
        ['deleted-changed', null, false, true],
      ],
    )
    // Local choices: the changed goal stays, the goal deleted here stays deleted.
    expect(goal(result.merged, KAFKA).note).toBe('still needed')
    expect(result.merged.goals.some((g) => g.text.startsWith(STREAM))).toBe(false)
    const remoteChoices = Object.fromEntries(result.conflicts.map((c) => [c.id, 'remote' as const]))
    const decided = applyMergeDecisions(result, remoteChoices)
    expectValid(decided)
    expect(decided.goals.some((g) => g.text.startsWith(KAFKA))).toBe(false)
    expect(decided.history.some((h) => h.goalId === goal(base, KAFKA).id)).toBe(false)
    expect(goal(decided, STREAM).status).toBe('blocked')
  })

  it('keeps a team deleted on the other side when a goal was added to it here', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    const research = remote.teams.find((t) => t.name === 'Research')!
    remote.goals.filter((g) => g.teamId === research.id).forEach((g) => deleteGoal(remote, g))
    remote.groups = remote.groups.filter((g) => g.teamId !== research.id)
    remote.updates = remote.updates.filter((u) => u.teamId !== research.id)
    remote.teams = remote.teams.filter((t) => t !== research && t.parentId !== research.id)
    addGoal(local, 'mine-2', 'Research', 'A new research goal')
    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(goal(result.merged, 'A new research goal').teamId).toBe(research.id)
    expect(result.merged.teams.some((t) => t.id === research.id)).toBe(true)
  })

  it('moves a goal to the group the other side chose, and a group moved to another team takes its goals', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    const kafka = goal(remote, KAFKA)
    const otherGroup = remote.groups.find(
      (g) => g.teamId === kafka.teamId && g.id !== kafka.groupId,
    )!
    kafka.groupId = otherGroup.id
    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(goal(result.merged, KAFKA).groupId).toBe(otherGroup.id)
  })
})

describe('mergePlans with a page pulled from the wiki (fresh ids and ranks)', () => {
  it('recognises goals whose text was tweaked, whose status changed or that moved group', () => {
    const start = example()
    const base = throughWiki(start, 'b')
    const local = copy(start)
    const wiki = copy(start)
    const kafka = goal(wiki, KAFKA)
    kafka.text =
      'Resolve the Kafka Connect HDFS Licensing issue and decide if we will use Kafka Connect'
    kafka.tasks = []
    goal(wiki, STREAM).status = 'blocked'
    const hadoop = goal(wiki, HADOOP)
    hadoop.groupId = wiki.groups.find(
      (g) => g.teamId === hadoop.teamId && g.id !== hadoop.groupId,
    )!.id
    goal(local, CHANGEPROP).note = 'local note'
    const remote = throughWiki(wiki, 'r')

    const result = merge(base, local, remote)
    expect(result.conflicts).toEqual([])
    expect(result.summary.goalsAdded).toEqual({ local: 0, remote: 0 })
    expect(result.summary.goalsDeleted).toEqual({ local: 0, remote: 0 })
    // The same goals, keeping their local ids, with the wiki's changes and the local one.
    expect(result.merged.goals.map((g) => g.id).sort()).toEqual(local.goals.map((g) => g.id).sort())
    expect(goal(result.merged, 'Resolve the Kafka').id).toBe(goal(local, KAFKA).id)
    expect(goal(result.merged, STREAM).status).toBe('blocked')
    expect(goal(result.merged, HADOOP).groupId).toBe(hadoop.groupId)
    expect(goal(result.merged, CHANGEPROP).note).toBe('local note')
    // The status change pulled is recorded in the goal's history.
    const streamId = goal(local, STREAM).id
    expect(result.merged.history.filter((h) => h.goalId === streamId).at(-1)).toMatchObject({
      from: goal(local, STREAM).status,
      to: 'blocked',
      at: 9_000,
    })
  })

  it('places a goal added on the wiki after the goal it follows there', () => {
    const start = example()
    const base = throughWiki(start, 'b')
    const local = copy(start)
    const wiki = copy(start)
    const after = goal(wiki, STREAM)
    const added = addGoal(wiki, 'w-1', 'Analytics', 'Added on the wiki')
    added.groupId = after.groupId
    added.status = after.status
    added.rank = `${after.rank}5`
    const remote = throughWiki(wiki, 'r')
    const result = merge(base, local, remote)
    expect(result.summary.goalsAdded.remote).toBe(1)
    const merged = goal(result.merged, 'Added on the wiki')
    const column = result.merged.goals
      .filter((g) => g.status === merged.status)
      .sort((a, b) => (a.rank < b.rank ? -1 : 1))
      .map((g) => g.text)
    expect(column[column.indexOf(merged.text) - 1]).toBe(goal(local, STREAM).text)
  })

  it('merging the unchanged page changes nothing', () => {
    const start = example()
    const local = copy(start)
    goal(local, KAFKA).note = 'local'
    const result = merge(throughWiki(start, 'b'), local, throughWiki(start, 'r'))
    expect(result.conflicts).toEqual([])
    expect(result.merged).toEqual(local)
  })
})

describe('mergePlans without a base (two ways)', () => {
  it('finds nothing to decide in identical copies', () => {
    const local = example()
    const result = merge(null, local, throughWiki(local, 'r'))
    expect(result.conflicts).toEqual([])
    expect(goalsSeen(result.merged)).toEqual(goalsSeen(local))
  })

  it('offers every difference as a choice: a changed field, a goal only one side has', () => {
    const local = example()
    const remote = copy(local)
    goal(remote, KAFKA).note = 'theirs'
    addGoal(remote, 'theirs-2', 'Analytics', 'Only in their copy')
    deleteGoal(remote, goal(remote, STREAM))
    const result = merge(null, local, remote)
    expect(result.conflicts.map((c) => [c.kind, c.field, c.base])).toEqual([
      ['changed-both', 'note', null],
      ['one-side-only', null, null],
      ['one-side-only', null, null],
    ])
    expect(goalsSeen(result.merged)).toEqual(goalsSeen(local))
    const all = Object.fromEntries(result.conflicts.map((c) => [c.id, 'remote' as const]))
    const theirs = applyMergeDecisions(result, all)
    expectValid(theirs)
    expect(goalsSeen(theirs)).toEqual(goalsSeen(remote))
  })
})

describe('mergePlans telling how far it has come', () => {
  it('tells a fraction per goal merged, rising from 0 to 1, and merges as without it', () => {
    const base = example()
    const local = copy(base)
    const remote = copy(base)
    setStatus(remote, goal(remote, KAFKA), 'done')
    const fractions: number[] = []
    const told = mergePlans(
      { base, local, remote },
      { now: 9_000, newId: () => 'same-id', onProgress: (f) => fractions.push(f) },
    )
    expect(told).toEqual(
      mergePlans({ base, local, remote }, { now: 9_000, newId: () => 'same-id' }),
    )
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBe(1)
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions)
    // Start, goals recognised, one per goal, goals merged, built.
    expect(fractions.length).toBe(base.goals.length + 4)
  })
})
