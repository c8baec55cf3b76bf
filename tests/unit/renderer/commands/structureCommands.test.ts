import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import { ValidationError } from '../../../../src/renderer/db/errors'
import { redo, undo } from '../../../../src/renderer/commands/runCommand'
import {
  deleteGroup,
  deleteTeam,
  moveTeam,
  updateTeam,
} from '../../../../src/renderer/commands/structureCommands'
import {
  deleteUpdate,
  editUpdate,
  recordUpdates,
} from '../../../../src/renderer/commands/updateCommands'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
import {
  addGoals,
  expectMemoryAsStored,
  mustPerform,
  mustRun,
  openDoc,
  planFixture,
  snapshot,
  withoutUpdatedAt,
} from '../db/storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
})

describe('structure commands', () => {
  it('writes only the rows a change touches, and undo and redo take it back and forth', async () => {
    const fixture = await planFixture()
    const command = updateTeam(openDoc(), fixture.analytics.id, {
      managerLabel: 'Directors',
      managers: ['Nuria Ruiz', 'Dan Andreescu'],
    })
    expect(command?.changes.map((c) => c.id)).toEqual([fixture.analytics.id])
    const before = withoutUpdatedAt(await snapshot(fixture.db))
    await mustRun(command!)
    await allWritten()
    expect((await fixture.db.teams.get(fixture.analytics.id))?.managers).toEqual([
      'Nuria Ruiz',
      'Dan Andreescu',
    ])
    expect(await undo()).toMatchObject({ ok: true, label: 'Edit team' })
    await allWritten()
    expect(withoutUpdatedAt(await snapshot(fixture.db))).toEqual(before)
    expect(await redo()).toMatchObject({ ok: true })
    await expectMemoryAsStored()
    expect(openDoc().teams.find((t) => t.id === fixture.analytics.id)?.managerLabel).toBe(
      'Directors',
    )
  })

  it('is null when nothing would change, and refuses bad input with a sentence', async () => {
    const fixture = await planFixture()
    expect(moveTeam(openDoc(), fixture.analytics.id, 0)).toBeNull()
    expect(() => updateTeam(openDoc(), fixture.analytics.id, { name: 'performance' })).toThrow(
      ValidationError,
    )
  })

  it('deletes a team moving its goals, and one undo puts everything back', async () => {
    const fixture = await planFixture()
    await addGoals(fixture, 'todo', ['One', 'Two'], { groupId: fixture.group.id })
    const before = withoutUpdatedAt(await snapshot(fixture.db))
    await mustPerform((q) =>
      deleteTeam(q, fixture.analytics.id, { kind: 'move', toTeamId: fixture.performance.id }),
    )
    expect(openDoc().teams.map((t) => t.name)).toEqual(['Performance'])
    expect(new Set(openDoc().goals.map((g) => g.teamId))).toEqual(new Set([fixture.performance.id]))
    expect(openDoc().groups[0]?.teamId).toBe(fixture.performance.id)
    await expectMemoryAsStored()
    await undo()
    await allWritten()
    expect(withoutUpdatedAt(await snapshot(fixture.db))).toEqual(before)
  })

  it('deletes a group, its goals staying in the team without a group', async () => {
    const fixture = await planFixture()
    await addGoals(fixture, 'todo', ['One'], { groupId: fixture.group.id })
    await mustPerform((q) => deleteGroup(q, fixture.group.id, null))
    expect(openDoc().groups).toEqual([])
    expect(openDoc().goals[0]?.groupId).toBeNull()
    await expectMemoryAsStored()
  })
})

describe('status update commands', () => {
  it('records one update per team in one command, and edits and deletes it', async () => {
    const fixture = await planFixture()
    const command = recordUpdates(openDoc(), '2019-10-28', [
      { teamId: fixture.analytics.id, items: [{ text: 'Kerberos', status: 'done', note: '' }] },
      { teamId: fixture.performance.id, items: [{ text: ' ', status: null, note: '' }] },
    ])
    expect(command.updates).toHaveLength(1)
    await mustRun(command)
    const id = command.updates[0]!.id
    await mustPerform((q) =>
      editUpdate(q, id, '2019-10-29', [{ text: 'Hired', status: null, note: '' }]),
    )
    expect(openDoc().updates[0]).toMatchObject({ date: '2019-10-29', items: [{ text: 'Hired' }] })
    await mustPerform((q) => deleteUpdate(q, id))
    expect(openDoc().updates).toEqual([])
    await undo()
    expect(openDoc().updates[0]?.date).toBe('2019-10-29')
    await expectMemoryAsStored()
  })

  it('refuses an update without a date or without items', async () => {
    const fixture = await planFixture()
    const item = { text: 'x', status: null, note: '' }
    expect(() =>
      recordUpdates(openDoc(), '', [{ teamId: fixture.analytics.id, items: [item] }]),
    ).toThrow('Give the update a date')
    expect(() =>
      recordUpdates(openDoc(), '2019-10-28', [{ teamId: fixture.analytics.id, items: [] }]),
    ).toThrow('no items')
  })
})

describe('a change to what a field already is', () => {
  it('is no command, so Undo never has a step that does nothing', async () => {
    const fixture = await planFixture()
    expect(updateTeam(openDoc(), fixture.analytics.id, { name: ' Analytics ' })).toBeNull()
    expect(deleteGroup(openDoc(), fixture.group.id, null)?.changes).toHaveLength(1)
  })
})
