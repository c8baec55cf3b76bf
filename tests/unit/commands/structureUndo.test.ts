import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import { redo, undo } from '../../../src/renderer/commands/runCommand'
import {
  deleteGroup,
  deleteTeam,
  updateTeam,
} from '../../../src/renderer/commands/structureCommands'
import { allWritten } from '../../../src/renderer/store/quarterSync'
import {
  addGoals,
  addTeam,
  expectMemoryAsStored,
  mustPerform,
  openDoc,
  planFixture,
} from '../db/storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
})

it('undoes and redoes several structure changes in turn, pressed quickly', async () => {
  const fixture = await planFixture()
  await addGoals(fixture, 'todo', ['One'])
  const search = await addTeam({ name: 'Search' })
  await mustPerform((q) => updateTeam(q, search.id, { parentId: fixture.performance.id }))
  await mustPerform((q) => updateTeam(q, search.id, { name: 'Search Platform' }))
  await mustPerform((q) =>
    deleteTeam(q, fixture.analytics.id, { kind: 'move', toTeamId: fixture.performance.id }),
  )
  await mustPerform((q) => deleteGroup(q, fixture.group.id, null))
  const after = openDoc()
  for (let i = 0; i < 4; i++) expect(await undo()).toMatchObject({ ok: true })
  expect(openDoc().teams.map((t) => t.name)).toEqual(['Analytics', 'Performance', 'Search'])
  const steps = await Promise.all([redo(), redo(), redo(), redo()])
  expect(steps.map((s) => s.ok)).toEqual([true, true, true, true])
  expect(openDoc().teams.map((t) => [t.name, t.parentId])).toEqual(
    after.teams.map((t) => [t.name, t.parentId]),
  )
  expect(openDoc().groups).toEqual([])
  await expectMemoryAsStored()
})
