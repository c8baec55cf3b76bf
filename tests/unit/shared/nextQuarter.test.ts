import { describe, expect, it } from 'vitest'
import { validatePlanDocument } from '../../../src/shared/document'
import { buildExampleQuarter } from '../../../src/shared/example'
import type { Goal, PlanDocument, StatusId, Team } from '../../../src/shared/model'
import {
  carriedStatus,
  isUnfinished,
  nextIntro,
  nextQuarterInput,
  startNextQuarter,
  teamsInPageOrder,
  unfinishedByTeam,
} from '../../../src/shared/nextQuarter'
import { createPlan, pageTitle, planKey } from '../../../src/shared/plan'
import { compareRanks, isRank } from '../../../src/shared/ranks'
import { STATUS_IDS } from '../../../src/shared/statuses'
import { exportWikitext, importWikitext } from '../../../src/shared/wiki'

function sequentialIds(prefix: string): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

const OLD_TIME = Date.UTC(2019, 9, 1)
const NOW = Date.UTC(2020, 0, 2)

/** A fresh copy of the example quarter (FY2019–20 Q2), so no test sees another's changes. */
function example(): PlanDocument {
  return buildExampleQuarter({ newId: sequentialIds('old'), now: OLD_TIME })
}

function unfinishedIds(doc: PlanDocument): string[] {
  return doc.goals.filter((goal) => goal.status !== 'done').map((goal) => goal.id)
}

function next(doc: PlanDocument, carry: readonly string[] = unfinishedIds(doc)): PlanDocument {
  return startNextQuarter(
    doc,
    { input: nextQuarterInput(doc.plan), carry },
    { newId: sequentialIds('new'), now: NOW },
  )
}

function teamNamed(doc: PlanDocument, name: string): Team {
  const team = doc.teams.find((t) => t.name === name)
  if (!team) throw new Error(`no team ${name}`)
  return team
}

function goalText(doc: PlanDocument, start: string): Goal {
  const found = doc.goals.filter((goal) => goal.text.startsWith(start))
  expect(found).toHaveLength(1)
  return found[0] as Goal
}

/** A small quarter: one team, one group, a goal of each status. */
function small(): PlanDocument {
  const plan = createPlan({ department: 'Tech', fiscalYear: 2019, quarter: 4 }, 'p', OLD_TIME)
  const team: Team = {
    id: 't',
    planId: 'p',
    name: 'Search',
    managerLabel: 'Directors',
    managers: ['Ada', 'Grace'],
    parentId: null,
    dependencies: 'SRE',
    rank: 'i',
  }
  const goals = STATUS_IDS.map((status, index): Goal => ({
    id: `g-${status}`,
    planId: 'p',
    teamId: 't',
    groupId: index % 2 === 0 ? 'gr' : null,
    text: `Goal ${status}`,
    status,
    tasks: [`T${index + 1}`],
    note: `note ${status}`,
    stretch: index === 1,
    carriedOverFrom: index === 0 ? 'Q3' : null,
    // Every column's first goal: equal ranks in several columns, as goals made in the app have.
    rank: 'i',
    createdAt: OLD_TIME,
    updatedAt: OLD_TIME,
  }))
  return {
    plan,
    teams: [team],
    groups: [
      { id: 'gr', planId: 'p', teamId: 't', title: 'Ranking', description: 'Better', rank: 'i' },
    ],
    goals,
    history: goals.map((goal) => ({
      id: `h-${goal.id}`,
      planId: 'p',
      goalId: goal.id,
      from: null,
      to: goal.status,
      at: OLD_TIME,
    })),
    updates: [
      {
        id: 'u',
        planId: 'p',
        teamId: 't',
        date: '2019-12-01',
        summary: '',
        grouped: true,
        items: [],
        rank: 'i',
      },
    ],
  }
}

describe('the next quarter form', () => {
  it('is prefilled with the quarter that follows, across fiscal years', () => {
    const doc = example()
    expect(nextQuarterInput(doc.plan)).toEqual({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 3,
      fiscalYearStartMonth: 7,
    })
    expect(nextQuarterInput(small().plan)).toMatchObject({ fiscalYear: 2020, quarter: 1 })
    expect(
      nextQuarterInput({ ...doc.plan, quarter: 4, fiscalYearStartMonth: 1, fiscalYear: 2019 }),
    ).toMatchObject({ fiscalYear: 2020, quarter: 1, fiscalYearStartMonth: 1 })
  })
})

describe('the review list', () => {
  it('lists every unfinished goal by team in page order, sub-teams after their parent', () => {
    const doc = example()
    const list = unfinishedByTeam(doc)
    const listed = list.flatMap((entry) => entry.goals)
    expect(listed.map((goal) => goal.id).sort()).toEqual(unfinishedIds(doc).sort())
    expect(listed.every((goal) => isUnfinished(goal.status))).toBe(true)
    expect(new Set(listed.map((goal) => goal.status))).toEqual(
      new Set(['todo', 'in-progress', 'blocked', 'postponed']),
    )
    // Partially done counts as unfinished too; Done never does.
    expect(unfinishedByTeam(small())[0]!.goals.map((goal) => goal.status)).toEqual([
      'todo',
      'in-progress',
      'blocked',
      'postponed',
      'partially-done',
    ])
    // Teams without unfinished goals are not listed; the listed ones keep page order.
    const order = teamsInPageOrder(doc.teams).map((entry) => entry.team.id)
    const listedTeams = list.map((entry) => entry.team.id)
    expect(listedTeams).toEqual(order.filter((id) => listedTeams.includes(id)))
    for (const entry of list) {
      expect(entry.goals.every((goal) => goal.teamId === entry.team.id)).toBe(true)
      const ranks = entry.goals.map((goal) => goal.rank)
      expect(ranks).toEqual([...ranks].sort(compareRanks))
      expect(entry.depth).toBe(entry.team.parentId === null ? 0 : 1)
    }
  })

  it('puts sub-teams right after their parent, each level by rank', () => {
    const team = (id: string, rank: string, parentId: string | null = null): Team => ({
      id,
      planId: 'p',
      name: id,
      managerLabel: 'Team Manager',
      managers: [],
      parentId,
      dependencies: '',
      rank,
    })
    const order = teamsInPageOrder([
      team('traffic', 'b', 'sre'),
      team('search', 'z'),
      team('sre', 'm'),
      team('ops', 'a', 'sre'),
      team('analytics', 'c'),
      team('orphan', 'n', 'gone'),
    ])
    expect(order.map(({ team: t, depth }) => `${t.id}:${depth}`)).toEqual([
      'analytics:0',
      'sre:0',
      'ops:1',
      'traffic:1',
      'orphan:0',
      'search:0',
    ])
  })
})

describe('starting the next quarter', () => {
  it('makes a valid quarter for the following period, with the old settings', () => {
    const doc = example()
    const fresh = next(doc)
    expect(validatePlanDocument(fresh)).toMatchObject({ ok: true })
    expect(planKey(fresh.plan)).toBe('2019-20Q3')
    expect(pageTitle(fresh.plan)).toBe('Wikimedia Technology/Goals/2019-20 Q3')
    expect(fresh.plan.id).not.toBe(doc.plan.id)
    expect(fresh.plan).toMatchObject({
      department: 'Wikimedia Technology',
      layout: doc.plan.layout,
      profile: doc.plan.profile,
      titlePattern: doc.plan.titlePattern,
      createdAt: NOW,
      updatedAt: NOW,
    })
    expect(fresh.updates).toEqual([])
  })

  it('makes the default intro anew and keeps an intro of the user', () => {
    const doc = small()
    expect(next(doc).plan.intro).toBe('Tech team goals and status for Q1 FY2020/21')
    const custom = { ...doc, plan: { ...doc.plan, intro: 'Our goals, by team.' } }
    expect(next(custom).plan.intro).toBe('Our goals, by team.')
  })

  it("names the new quarter in the user's intro, written as the user wrote the old one", () => {
    // The reference page's intro, within a fiscal year: only the quarter changes.
    expect(next(example()).plan.intro).toBe(
      'Technology Department Team Goals and Status for Q3 FY19/20 in support of the Medium Term Plan (MTP) Priorities and Annual Plan for FY19/20',
    )
    const intro = (text: string, plan: Partial<PlanDocument['plan']> = {}) => {
      const doc = small()
      doc.plan = { ...doc.plan, ...plan, intro: text }
      return next(doc).plan.intro
    }
    // Q4 to Q1 crosses into the next fiscal year, in every way of writing it.
    expect(intro('Goals for Q4 FY19/20, FY2019-20, 2019–2020 and 19-20')).toBe(
      'Goals for Q1 FY20/21, FY2020-21, 2020–2021 and 20-21',
    )
    // Other quarters and years, and numbers that only look alike, stay.
    expect(intro('Q3 and Q4 of 2018-19; Q44; 119/200; FY2019')).toBe(
      'Q3 and Q1 of 2018-19; Q44; 119/200; FY2019',
    )
    // A fiscal year that is a calendar year: "FY2019" becomes "FY2020".
    expect(intro('Goals for Q4 FY2019', { fiscalYearStartMonth: 1 })).toBe('Goals for Q1 FY2020')
  })

  it('adapts an intro to the quarter chosen in the form, not only the next one', () => {
    expect(
      nextIntro(
        { ...example().plan, intro: 'Q2 of FY 2019/20' },
        { intro: '', fiscalYear: 2021, quarter: 2, fiscalYearStartMonth: 7 },
      ),
    ).toBe('Q2 of FY 2021/22')
  })

  it('takes the department, year, quarter and start month from the form', () => {
    const doc = small()
    const fresh = startNextQuarter(
      doc,
      {
        input: { department: 'Technology', fiscalYear: 2021, quarter: 2, fiscalYearStartMonth: 1 },
        carry: [],
      },
      { newId: sequentialIds('n'), now: NOW },
    )
    expect(fresh.plan).toMatchObject({
      department: 'Technology',
      fiscalYear: 2021,
      quarter: 2,
      fiscalYearStartMonth: 1,
    })
    const keepMonth = startNextQuarter(
      { ...doc, plan: { ...doc.plan, fiscalYearStartMonth: 10 } },
      { input: { department: 'Tech', fiscalYear: 2020, quarter: 1 }, carry: [] },
      { newId: sequentialIds('n'), now: NOW },
    )
    expect(keepMonth.plan.fiscalYearStartMonth).toBe(10)
  })

  it('copies teams, managers, sub-teams, dependencies and priority groups under new ids', () => {
    const doc = example()
    const fresh = next(doc, [])
    const shape = (d: PlanDocument) => ({
      teams: d.teams.map((team) => ({
        name: team.name,
        managerLabel: team.managerLabel,
        managers: team.managers,
        parent: d.teams.find((t) => t.id === team.parentId)?.name ?? null,
        dependencies: team.dependencies,
        rank: team.rank,
      })),
      groups: d.groups.map((group) => ({
        team: d.teams.find((t) => t.id === group.teamId)?.name,
        title: group.title,
        description: group.description,
        rank: group.rank,
      })),
    })
    expect(shape(fresh)).toEqual(shape(doc))
    expect(fresh.teams.some((team) => team.parentId !== null)).toBe(true)
    expect(fresh.teams.some((team) => team.dependencies !== '')).toBe(true)
    expect(fresh.groups.some((group) => group.description !== '')).toBe(true)
    const oldIds = new Set([...doc.teams, ...doc.groups].map((row) => row.id))
    for (const row of [...fresh.teams, ...fresh.groups]) {
      expect(oldIds.has(row.id)).toBe(false)
      expect(row.planId).toBe(fresh.plan.id)
    }
    // The copy's lists are its own: editing one quarter's managers cannot touch the other's.
    const sre = teamNamed(fresh, 'Site Reliability Engineering')
    expect(sre.managers).not.toBe(teamNamed(doc, 'Site Reliability Engineering').managers)
  })

  it('carries the chosen goals with their text, tasks, group, note and stretch, marked continued', () => {
    const doc = small()
    const fresh = next(doc)
    expect(fresh.goals.map((goal) => goal.text)).toEqual([
      'Goal todo',
      'Goal in-progress',
      'Goal blocked',
      'Goal postponed',
      'Goal partially-done',
    ])
    const group = fresh.groups[0]!
    for (const goal of fresh.goals) {
      const old = doc.goals.find((g) => g.text === goal.text)!
      expect(goal).toMatchObject({
        planId: fresh.plan.id,
        teamId: fresh.teams[0]!.id,
        groupId: old.groupId === null ? null : group.id,
        tasks: old.tasks,
        note: old.note,
        stretch: old.stretch,
        carriedOverFrom: 'Q4',
        createdAt: NOW,
        updatedAt: NOW,
      })
      expect(goal.status).toBe(old.status === 'in-progress' ? 'in-progress' : 'todo')
      expect(goal.id).not.toBe(old.id)
    }
    // A goal already continued from an earlier quarter is now continued from this one.
    expect(goalText(fresh, 'Goal todo').carriedOverFrom).toBe('Q4')
  })

  it("keeps a goal's cells in its team's own table columns", () => {
    const doc = small()
    doc.teams[0]!.columns = ['Goal', 'ETA', 'Status']
    doc.goals[0]!.columns = { ETA: 'March' }
    const fresh = next(doc)
    expect(fresh.teams[0]!.columns).toEqual(['Goal', 'ETA', 'Status'])
    expect(goalText(fresh, 'Goal todo').columns).toEqual({ ETA: 'March' })
    expect(goalText(fresh, 'Goal todo').columns).not.toBe(doc.goals[0]!.columns)
    expect('columns' in goalText(fresh, 'Goal blocked')).toBe(false)
    expect(validatePlanDocument(fresh)).toMatchObject({ ok: true })
  })

  it('leaves done goals, goals left behind and status updates in the old quarter only', () => {
    const doc = small()
    const fresh = next(doc, ['g-blocked', 'g-in-progress'])
    expect(fresh.goals.map((goal) => goal.text)).toEqual(['Goal in-progress', 'Goal blocked'])
    expect(fresh.updates).toEqual([])
    expect(() => next(doc, ['g-done'])).toThrow('Cannot carry over "Goal done": it is done.')
    expect(() => next(doc, ['nope'])).toThrow('not in this quarter')
  })

  it('gives each carried goal one history entry and distinct ranks in page order', () => {
    const doc = small()
    const fresh = next(doc)
    expect(fresh.history).toHaveLength(fresh.goals.length)
    for (const goal of fresh.goals) {
      expect(fresh.history.filter((entry) => entry.goalId === goal.id)).toEqual([
        expect.objectContaining({ from: null, to: goal.status, at: NOW, planId: fresh.plan.id }),
      ])
    }
    const ranks = fresh.goals.map((goal) => goal.rank)
    expect(ranks.every(isRank)).toBe(true)
    expect(new Set(ranks).size).toBe(ranks.length)
    expect(ranks).toEqual([...ranks].sort(compareRanks))
  })

  it('keeps the page order of the carried goals of the example', () => {
    const doc = example()
    const fresh = next(doc)
    const analytics = (d: PlanDocument) => {
      const team = teamNamed(d, 'Analytics')
      return d.goals
        .filter((goal) => goal.teamId === team.id && goal.status !== 'done')
        .sort((a, b) => compareRanks(a.rank, b.rank))
        .map((goal) => goal.text)
    }
    expect(analytics(fresh)).toEqual(analytics(doc))
    expect(analytics(fresh).length).toBeGreaterThan(1)
  })

  it('does not change the old quarter', () => {
    const doc = example()
    const before = structuredClone(doc)
    next(doc)
    expect(doc).toEqual(before)
  })

  it('shows carried goals as "(continued from Q2)" on the exported page', () => {
    const doc = example()
    const carried = goalText(doc, 'Deploy Entropy-based alarms')
    const fresh = next(doc, [carried.id])
    const page = exportWikitext(fresh)
    expect(page).toContain('Deploy Entropy-based alarms')
    expect(page).toContain('(continued from Q2)')
  })

  it.each(['table', 'list'] as const)(
    'reads the marker back from the %s page into the field, not the text',
    (layout) => {
      const fresh = next(example())
      const outcome = importWikitext(exportWikitext(fresh, { layout }), {
        newId: sequentialIds('read'),
        now: NOW,
      })
      if (!outcome.ok) throw new Error(outcome.error)
      const marks = (d: PlanDocument) =>
        d.goals.map((goal) => [goal.text, goal.status, goal.carriedOverFrom]).sort()
      expect(marks(outcome.doc)).toEqual(marks(fresh))
      expect(outcome.doc.goals.every((goal) => goal.carriedOverFrom === 'Q2')).toBe(true)
    },
  )

  it.each([
    ['todo', 'todo'],
    ['in-progress', 'in-progress'],
    ['blocked', 'todo'],
    ['postponed', 'todo'],
    ['partially-done', 'todo'],
  ] as [StatusId, StatusId][])('a %s goal starts the next quarter as %s', (from, to) => {
    expect(carriedStatus(from)).toBe(to)
  })
})
