import { describe, expect, it } from 'vitest'
import { buildExampleQuarter } from '../../../../src/shared/example'
import type { Goal, PlanDocument } from '../../../../src/shared/model'
import { pageTitle, planKey, quarterHeading } from '../../../../src/shared/plan'
import { isRank } from '../../../../src/shared/ranks'
import { isStatusId } from '../../../../src/shared/statuses'
import { isTaskId } from '../../../../src/shared/goals'

function sequentialIds(): () => string {
  let next = 0
  return () => `id-${++next}`
}

const NOW = Date.UTC(2019, 9, 1)
const doc: PlanDocument = buildExampleQuarter({ newId: sequentialIds(), now: NOW })

function teamId(name: string): string {
  const team = doc.teams.find((t) => t.name === name)
  if (!team) throw new Error(`no team ${name}`)
  return team.id
}

function goalsOf(name: string): Goal[] {
  return doc.goals.filter((goal) => goal.teamId === teamId(name))
}

function goal(textStart: string): Goal {
  const found = doc.goals.filter((g) => g.text.startsWith(textStart))
  expect(found).toHaveLength(1)
  return found[0] as Goal
}

describe('the example quarter', () => {
  it('is Wikimedia Technology, FY2019–20 Q2, with the page intro', () => {
    expect(doc.plan.department).toBe('Wikimedia Technology')
    expect(planKey(doc.plan)).toBe('2019-20Q2')
    expect(pageTitle(doc.plan)).toBe('Wikimedia Technology/Goals/2019-20 Q2')
    expect(quarterHeading(doc.plan)).toBe(
      'Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)',
    )
    expect(doc.plan.intro).toMatch(/^Technology Department Team Goals and Status for Q2 FY19\/20/)
  })

  it('has the teams of the page, in page order, with their managers', () => {
    expect(doc.teams.map((t) => t.name)).toEqual([
      'Analytics',
      'Core Platform',
      'Fundraising Tech',
      'Performance',
      'Quality and Test Engineering',
      'Release Engineering',
      'Research',
      'Machine Learning / Scoring Platform',
      'Search Platform',
      'Security',
      'Site Reliability Engineering',
      'Service Operations',
      'Data Persistence',
      'Traffic',
      'Infrastructure Foundations',
      'Observability',
      'Data Center Operations',
      'Technical Engagement',
    ])
    const byName = new Map(doc.teams.map((t) => [t.name, t]))
    expect(byName.get('Analytics')?.managers).toEqual(['Nuria Ruiz'])
    expect(byName.get('Performance')?.managerLabel).toBe('Team Manager')
    const sre = byName.get('Site Reliability Engineering')
    expect(sre?.managerLabel).toBe('Directors')
    expect(sre?.managers).toEqual(['Mark Bergsma', 'Faidon Liambotis'])
    const ranks = doc.teams.map((t) => t.rank)
    expect([...ranks].sort()).toEqual(ranks)
  })

  it('puts the SRE sub-teams under SRE', () => {
    const sre = teamId('Site Reliability Engineering')
    const subTeams = doc.teams.filter((t) => t.parentId === sre).map((t) => t.name)
    expect(subTeams).toEqual(
      expect.arrayContaining([
        'Service Operations',
        'Data Persistence',
        'Traffic',
        'Infrastructure Foundations',
      ]),
    )
    expect(doc.teams.find((t) => t.name === 'Analytics')?.parentId).toBeNull()
  })

  it('has every goal of the included teams', () => {
    const counts = Object.fromEntries(doc.teams.map((t) => [t.name, goalsOf(t.name).length]))
    expect(counts).toMatchObject({
      Analytics: 12,
      'Core Platform': 8,
      'Fundraising Tech': 2,
      Performance: 10,
      'Quality and Test Engineering': 7,
      'Release Engineering': 8,
      Research: 26,
      'Site Reliability Engineering': 2,
      'Service Operations': 2,
      'Data Persistence': 1,
      Traffic: 0,
      'Infrastructure Foundations': 10,
      'Data Center Operations': 11,
      'Machine Learning / Scoring Platform': 6,
      'Search Platform': 14,
      Security: 24,
      'Technical Engagement': 27,
    })
    expect(doc.goals).toHaveLength(170)
  })

  it('keeps the real statuses and uses To do where the page shows none', () => {
    const statuses = (name: string) =>
      goalsOf(name).reduce<Record<string, number>>((acc, g) => {
        acc[g.status] = (acc[g.status] ?? 0) + 1
        return acc
      }, {})
    expect(statuses('Analytics')).toEqual({ done: 8, 'in-progress': 2, blocked: 1, postponed: 1 })
    expect(statuses('Performance')).toEqual({ 'in-progress': 3, todo: 7 })
    expect(statuses('Research')).toEqual({ 'in-progress': 6, todo: 18, done: 2 })
    expect(statuses('Core Platform')).toEqual({ todo: 8 })
    expect(statuses('Technical Engagement')).toEqual({
      done: 8,
      'in-progress': 12,
      todo: 6,
      postponed: 1,
    })
    expect(goal('Resolve Kafka Connect HDFS').status).toBe('postponed')
    expect(goal('Release Mediawiki History').status).toBe('blocked')
  })

  it('has no partially-done goals', () => {
    expect(doc.goals.filter((g) => g.status === 'partially-done')).toEqual([])
    expect(doc.goals.every((g) => isStatusId(g.status))).toBe(true)
  })

  it('keeps exact goal texts, task ids and notes', () => {
    const alarms = goal('Deploy Entropy-based alarms')
    expect(alarms.tasks).toEqual(['T215863'])
    expect(alarms.note).toBe('this work continues from Q1')
    expect(alarms.status).toBe('in-progress')
    expect(goal('Resolve Kafka Connect').text).toBe(
      'Resolve Kafka Connect HDFS Licensing issue and decide if we will use Kafka Connect',
    )
    expect(goal('Resolve Kafka Connect').tasks).toEqual(['T223626'])
    expect(goal('Sunset MySQL data store').note).toBe('this work continues from Q1')
    expect(goal('Wiki Workshop 2020').tasks).toEqual(['T236066'])
    expect(goal('Productionize Kerberos Service').tasks).toEqual([])
    expect(doc.goals.flatMap((g) => g.tasks).every(isTaskId)).toBe(true)
    // Inline wikitext in a goal text is kept as written.
    expect(goal('Coordinate Outreachy round 19').text).toContain('by Oct 1st {{Done}}. At least')
  })

  it('flags the goals the page marks "(stretch)" as stretch goals, without the marker in the text', () => {
    const stretch = doc.goals.filter((g) => g.stretch).map((g) => g.text)
    expect(stretch).toEqual([
      'Enable cross-wiki searching for 3+ new languages/projects',
      'Proof of Concept SPARQL endpoint for SDoC is available on WMCS and updated weekly.',
    ])
    expect(doc.goals.some((g) => /\(stretch\)/i.test(g.text))).toBe(false)
  })

  it('has priority groups with their description lines', () => {
    const analytics = doc.groups.filter((g) => g.teamId === teamId('Analytics'))
    expect(analytics.map((g) => g.title)[0]).toBe(
      'Reduce platform Complexity. Modern Event Platform',
    )
    expect(analytics[0]?.description).toMatch(/^Build a reliable, scalable/)
    expect(analytics).toHaveLength(6)
  })

  it("places every goal in an existing team and in a group of the goal's own team", () => {
    const teams = new Set(doc.teams.map((t) => t.id))
    const groupTeam = new Map(doc.groups.map((g) => [g.id, g.teamId]))
    for (const g of doc.goals) {
      expect(teams.has(g.teamId)).toBe(true)
      expect(g.groupId === null || groupTeam.get(g.groupId) === g.teamId).toBe(true)
      expect(g.planId).toBe(doc.plan.id)
    }
    for (const group of doc.groups) expect(teams.has(group.teamId)).toBe(true)
  })

  it('orders goals in page order with unique ranks inside each status column', () => {
    const byStatus = new Map<string, string[]>()
    for (const g of doc.goals) byStatus.set(g.status, [...(byStatus.get(g.status) ?? []), g.rank])
    for (const ranks of byStatus.values()) {
      expect(new Set(ranks).size).toBe(ranks.length)
      expect([...ranks].sort()).toEqual(ranks)
      expect(ranks.every(isRank)).toBe(true)
    }
  })

  it('records one creation entry per goal in the status history', () => {
    expect(doc.history).toHaveLength(doc.goals.length)
    for (const g of doc.goals) {
      const entries = doc.history.filter((h) => h.goalId === g.id)
      expect(entries).toEqual([
        expect.objectContaining({ from: null, to: g.status, at: NOW, planId: doc.plan.id }),
      ])
    }
  })

  it('has the dated status updates of Analytics and Performance', () => {
    const analytics = doc.updates.filter((u) => u.teamId === teamId('Analytics'))
    expect(analytics.map((u) => [u.date, u.grouped, u.items.length])).toEqual([
      ['2019-10-28', false, 5],
      ['2019-12-12', true, 19],
    ])
    expect(analytics[0]?.items[0]).toEqual({
      text: 'Finalize productionizing kerberos service, and then possibly enabling it',
      status: 'done',
      note: '',
    })
    const performance = doc.updates.filter((u) => u.teamId === teamId('Performance'))
    const december = performance.find((u) => u.date === '2019-12-12')
    expect(december?.items.filter((i) => i.status === 'blocked').map((i) => i.text)).toEqual([
      'Swift cleanup + WebP ramp up',
    ])
  })

  it('gives every record a unique id from the injected generator', () => {
    const ids = [
      doc.plan.id,
      ...doc.teams.map((t) => t.id),
      ...doc.groups.map((g) => g.id),
      ...doc.goals.map((g) => g.id),
      ...doc.history.map((h) => h.id),
      ...doc.updates.map((u) => u.id),
    ]
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => id.startsWith('id-'))).toBe(true)
  })
})
