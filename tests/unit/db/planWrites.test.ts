import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeStore } from '../../../src/renderer/db/database'
import {
  createGroup,
  createPlan,
  createTeam,
  deletePlan,
  readPlanDocument,
  updatePlan,
  ValidationError,
} from '../../../src/renderer/db/repository'
import { PLAIN_PROFILE } from '../../../src/shared/wiki/profiles'
import { addGoals, freshStore, planFixture, snapshot } from './storeFixture'

afterEach(() => closeStore())

describe('createPlan', () => {
  it('stores a new quarter with the reference page defaults', async () => {
    await freshStore()
    const plan = await createPlan({
      department: ' Wikimedia Technology ',
      fiscalYear: 2019,
      quarter: 2,
    })

    expect(plan).toMatchObject({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
      fiscalYearStartMonth: 7,
      layout: 'table',
    })
    expect((await readPlanDocument(plan.id)).plan).toEqual(plan)
  })

  it('refuses invalid input with every problem named, and stores nothing', async () => {
    const db = await freshStore()
    const attempt = createPlan({ department: '', fiscalYear: 19, quarter: 5 as 1 })

    await expect(attempt).rejects.toThrow(ValidationError)
    await expect(attempt).rejects.toThrow(
      'Department name is required. Fiscal year must be a year such as 2019. Quarter must be 1, 2, 3 or 4.',
    )
    expect(await db.plans.count()).toBe(0)
  })
})

describe('updatePlan', () => {
  it('changes the settings it is given', async () => {
    const { plan } = await planFixture()
    await updatePlan(plan.id, { intro: 'New intro', layout: 'list', profile: PLAIN_PROFILE })
    const stored = (await readPlanDocument(plan.id)).plan
    expect(stored).toMatchObject({ intro: 'New intro', layout: 'list', profile: PLAIN_PROFILE })
    expect(stored.department).toBe(plan.department)
    expect(stored.updatedAt).toBeGreaterThan(plan.updatedAt)
  })

  it('refuses invalid settings and changes nothing', async () => {
    const { db, plan } = await planFixture()
    const before = await snapshot(db)
    await expect(updatePlan(plan.id, { department: ' ' })).rejects.toThrow('Department name')
    await expect(updatePlan(plan.id, { fiscalYearStartMonth: 13 })).rejects.toThrow('1–12')
    await expect(updatePlan(plan.id, { layout: 'grid' as 'list' })).rejects.toThrow('layout')
    await expect(
      updatePlan(plan.id, { profile: { ...PLAIN_PROFILE, kind: 'custom', task: '[[phab:T]]' } }),
    ).rejects.toThrow('$1')
    await expect(updatePlan('gone', { intro: 'x' })).rejects.toThrow('no longer exists')
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('deletePlan', () => {
  it('deletes the quarter and everything in it, leaving other quarters alone', async () => {
    const fixture = await planFixture()
    await addGoals(fixture, 'todo', ['A', 'B'])
    const other = await createPlan({ department: 'Other', fiscalYear: 2019, quarter: 3 })
    const otherTeam = await createTeam(other.id, { name: 'Analytics' })

    await deletePlan(fixture.plan.id)

    const { db } = fixture
    for (const table of db.allTables()) {
      const rows = (await table.toArray()) as { planId?: string; id: string }[]
      expect(rows.filter((row) => (row.planId ?? row.id) === fixture.plan.id)).toEqual([])
    }
    expect((await readPlanDocument(other.id)).teams).toEqual([otherTeam])
  })
})

describe('createTeam and createGroup', () => {
  it('appends teams and groups in creation order', async () => {
    const { plan, analytics, performance, group } = await planFixture()
    const sre = await createTeam(plan.id, {
      name: 'SRE',
      managerLabel: 'Directors',
      managers: ['A', ' B '],
    })
    const traffic = await createTeam(plan.id, { name: 'Traffic', parentId: sre.id })
    const second = await createGroup(plan.id, analytics.id, {
      title: ' Second ',
      description: 'Why',
    })

    const doc = await readPlanDocument(plan.id)
    expect(doc.teams.map((t) => t.name)).toEqual(['Analytics', 'Performance', 'SRE', 'Traffic'])
    expect(sre).toMatchObject({ managerLabel: 'Directors', managers: ['A', 'B'], parentId: null })
    expect(performance.managerLabel).toBe('Team Manager')
    expect(traffic.parentId).toBe(sre.id)
    expect(doc.groups).toEqual([group, second])
    expect(second).toMatchObject({ title: 'Second', description: 'Why' })
  })

  it('refuses an empty or duplicate team name (ignoring case) and an unknown parent', async () => {
    const { db, plan } = await planFixture()
    const before = await snapshot(db)
    await expect(createTeam(plan.id, { name: '  ' })).rejects.toThrow('Team name is required.')
    await expect(createTeam(plan.id, { name: 'ANALYTICS' })).rejects.toThrow(
      'There is already a team named "ANALYTICS"',
    )
    await expect(createTeam(plan.id, { name: 'New', parentId: 'gone' })).rejects.toThrow('parent')
    await expect(createTeam('gone', { name: 'New' })).rejects.toThrow('no longer exists')
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses a group without a title or in a team of another quarter', async () => {
    const { db, plan, analytics } = await planFixture()
    const other = await createPlan({ department: 'Other', fiscalYear: 2020, quarter: 1 })
    const before = await snapshot(db)
    await expect(createGroup(plan.id, analytics.id, { title: '' })).rejects.toThrow('title')
    await expect(createGroup(other.id, analytics.id, { title: 'X' })).rejects.toThrow(
      ValidationError,
    )
    expect(await snapshot(db)).toEqual(before)
  })
})
