import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { closeStore } from '../../../../src/renderer/db/database'
import { createGroup } from '../../../../src/renderer/commands/planCommands'
import { redo, undo } from '../../../../src/renderer/commands/runCommand'
import {
  deleteGroup,
  deleteTeam,
  moveGoalToGroup,
  moveGroup,
  updateTeam,
} from '../../../../src/renderer/commands/structureCommands'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
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

it('moves a goal to another group and reorders groups, each one Undo', async () => {
  const fixture = await planFixture()
  const [goal] = await addGoals(fixture, 'todo', ['One'], { groupId: fixture.group.id })
  await mustPerform((q) => createGroup(q, fixture.analytics.id, { title: 'Other' }))
  const groupIds = () => openDoc().groups.map((g) => g.id)
  const otherId = openDoc().groups.find((g) => g.title === 'Other')?.id as string
  const goalId = (goal as { id: string }).id
  const groupOf = () => openDoc().goals.find((g) => g.id === goalId)?.groupId
  const before = groupOf()
  expect(before).toBe(fixture.group.id)
  await mustPerform((q) => moveGoalToGroup(q, goalId, otherId))
  expect(groupOf()).toBe(otherId)
  const order = () =>
    [...openDoc().groups].sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((g) => g.title)
  const titles = order()
  await mustPerform((q) => moveGroup(q, otherId, 0))
  expect(order()).toEqual([titles[1], titles[0]])
  expect(await undo()).toMatchObject({ ok: true })
  expect(order()).toEqual(titles)
  expect(await undo()).toMatchObject({ ok: true })
  expect(groupOf()).toBe(before)
  expect(groupIds()).toHaveLength(2)
  await expectMemoryAsStored()
})
