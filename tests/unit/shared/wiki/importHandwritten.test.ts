import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../../../src/shared/model'
import { exportWikitext, importWikitext } from '../../../../src/shared/wiki'
import { canonical, sequentialIds } from './helpers'

const page = readFileSync(
  new URL('../../../fixtures/wiki/handwritten-q2.wiki', import.meta.url),
  'utf8',
)

function load(): { doc: PlanDocument; entries: Array<{ line: number; reason: string }> } {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 42 })
  if (!outcome.ok) throw new Error(outcome.error)
  return { doc: outcome.doc, entries: outcome.report.entries }
}

function goal(doc: PlanDocument, start: string) {
  const found = doc.goals.find((g) => g.text.startsWith(start))
  if (!found) throw new Error(`No goal starting "${start}"`)
  return found
}

describe('importing a hand-written page', () => {
  it('reads the plan from the quarter heading and the navigation links', () => {
    const { plan } = load().doc
    expect(plan).toMatchObject({
      department: 'Wikimedia Technology',
      fiscalYear: 2019,
      quarter: 2,
      fiscalYearStartMonth: 7,
      titlePattern: '{department}/Goals/{fy} Q{quarter}',
      layout: 'table',
      createdAt: 42,
    })
    expect(plan.intro).toMatch(/^Technology Department Team Goals and Status for Q2 FY19\/20/)
    expect(plan.profile.kind).toBe('mediawiki')
  })

  it('reads teams, sub-teams, manager lines and dependencies', () => {
    const { teams } = load().doc
    expect(
      teams.map((t) => [t.name, t.managerLabel, t.managers.join(' + '), t.dependencies]),
    ).toEqual([
      ['Analytics', 'Team Manager', 'Nuria Ruiz', ''],
      ['Performance', 'Team Manager', 'Gilles Dubuc', 'SRE for hardware'],
      ['Site Reliability Engineering', 'Directors', 'Mark Bergsma + Faidon Liambotis', ''],
      ['Service Operations', 'Team Manager', 'Mark Bergsma', ''],
      ['Traffic', 'Team Manager', 'Brandon Black', ''],
      ['Search Platform', 'Team Manager', 'Guillaume Lederrey', 'SRE/Data Center Operations team'],
    ])
    const sre = teams[2]?.id
    expect(teams.filter((t) => t.parentId === sre).map((t) => t.name)).toEqual([
      'Service Operations',
      'Traffic',
    ])
  })

  it('reads priority groups with their descriptions, from tables, bold lines and plain lines', () => {
    const { groups } = load().doc
    expect(groups.map((g) => g.title)).toEqual([
      'Reduce platform Complexity. Modern Event Platform',
      'Smart Tools for Better Data. Increase Data Quality, Privacy and Security',
      'Core Work',
      'Reduce Complexity of the Platform',
      'Cross-cutting',
      'Core Work',
      'Core Work',
    ])
    expect(groups[0]?.description).toMatch(
      /^Build a reliable, scalable, and comprehensive platform/,
    )
  })

  it('reads every status spelling and alias', () => {
    const { doc } = load()
    const statusOf = (start: string): string => goal(doc, start).status
    expect(statusOf('Resolve Kafka')).toBe('postponed') // {{Not done|Postponed}}
    expect(statusOf('Initial (Stream)')).toBe('done') // {{done}}
    expect(statusOf('Deploy Entropy')).toBe('in-progress') // {{Inprogress}}
    expect(statusOf('Create test Kerberos')).toBe('done') // {{DONE}}
    expect(statusOf('Release Mediawiki')).toBe('blocked') // {{Not done|Blocked}}
    expect(statusOf('Provide performance')).toBe('in-progress') // {{In progress}} before the text
    expect(statusOf('Hold 3 or more')).toBe('todo') // {{To do}} before the text
    expect(statusOf('Publish 2 blog')).toBe('todo') // {{todo}}
    expect(statusOf('Organise and run')).toBe('partially-done') // {{Partially done}}
    expect(statusOf('Create performance alerts')).toBe('partially-done') // {{Incomplete}}
    expect(statusOf('Migrate ResourceLoader')).toBe('partially-done') // {{Incomplete|Partially done}}
    expect(statusOf('Create synthetic tests')).toBe('blocked') // {{Blocked}}
    expect(statusOf('Expand coverage')).toBe('postponed') // {{Postponed}}
    expect(statusOf('Add a new Graphite')).toBe('blocked') // {{Not done}}
    expect(statusOf('Enable cross-wiki')).toBe('todo') // {{to do}}
  })

  it('reads task links in every form and cleans them out of the text', () => {
    const { doc } = load()
    expect(goal(doc, 'Resolve Kafka').tasks).toEqual(['T223626'])
    expect(goal(doc, 'Initial (Stream)').tasks).toEqual(['T233634'])
    expect(goal(doc, 'Publish 2 blog').tasks).toEqual(['T234001'])
    expect(goal(doc, 'Create performance alerts').tasks).toEqual(['T234002'])
    const kerberos = goal(doc, 'Create test Kerberos')
    expect(kerberos.tasks).toEqual(['T212258'])
    expect(kerberos.text).toBe(
      'Create test Kerberos identities/accounts for some selected users from Analytics Team in test cluster',
    )
    const entropy = goal(doc, 'Deploy Entropy')
    expect(entropy.tasks).toEqual(['T215863'])
    expect(entropy.text).not.toMatch(/task|T215863/)
  })

  it('keeps free text after a status as the note', () => {
    const { doc } = load()
    expect(goal(doc, 'Create test Kerberos').note).toBe('accounts created for 5 users')
    expect(goal(doc, 'Organise and run').note).toBe('proposal accepted, speakers pending')
    expect(goal(doc, 'WDQS storage').note).toBe(
      '(Quote requested, waiting for feedback from vendor)',
    )
    expect(goal(doc, 'Release Mediawiki').note).toBe('waiting on legal & privacy review')
  })

  it('reads stretch and carried-over markers', () => {
    const { doc } = load()
    for (const start of [
      'Create synthetic tests',
      'Expand coverage',
      'Finish what we started',
      'Enable cross-wiki',
    ]) {
      expect(goal(doc, start).stretch, start).toBe(true)
      expect(goal(doc, start).text).not.toMatch(/stretch/i)
    }
    expect(goal(doc, 'Provide performance').stretch).toBe(false)
    expect(goal(doc, 'Hold 3 or more')).toMatchObject({
      carriedOverFrom: 'Q1',
      text: 'Hold 3 or more workshops and training sessions',
    })
  })

  it('decodes escapes back to the text they render', () => {
    const { doc } = load()
    expect(goal(doc, 'Release Mediawiki').text).toBe(
      'Release Mediawiki History in JSON|CSV or mysql dump format',
    )
    expect(goal(doc, '{{Bracketed}}').text).toBe(
      '{{Bracketed}} config <templates> for [[Kubernetes]] charts',
    )
  })

  it('ignores HTML comments', () => {
    const { doc } = load()
    expect(goal(doc, 'Deploy Entropy').note).toBe('')
    expect(JSON.stringify(doc)).not.toContain('checked on October 20')
  })

  it('reads Status blocks: dated bullets, inline statuses, grouped items and summaries', () => {
    const { doc } = load()
    const [october, december, performance] = doc.updates
    expect(october).toMatchObject({ date: '2019-10-28', grouped: false, summary: '' })
    expect(october?.items).toEqual([
      {
        text: 'Finalize productionizing kerberos service, and then possibly enabling it',
        status: 'done',
        note: '',
      },
      {
        text: 'Set up a generic workflow to create Kerberos accounts',
        status: 'in-progress',
        note: 'waiting for SRE review',
      },
    ])
    expect(december).toMatchObject({ date: '2019-12-12', grouped: true })
    expect(december?.items.map((i) => [i.text, i.status])).toEqual([
      ['Make kerberos infra prod ready', 'done'],
      ['New zookeeper cluster for tier-2', 'done'],
      ['Presto experiments, interaction with HDFS/superset.', 'in-progress'],
      ['Describe statement of work (and task) for upcoming designer for wikistats', 'postponed'],
    ])
    expect(performance).toMatchObject({
      summary: 'all goals below are {{In progress}}',
      grouped: false,
    })
    expect(performance?.items.map((i) => i.status)).toEqual([null, null])
    expect(doc.updates.map((u) => doc.teams.find((t) => t.id === u.teamId)?.name)).toEqual([
      'Analytics',
      'Analytics',
      'Performance',
    ])
  })

  it('ranks goals in page order within each status column and records their creation', () => {
    const { doc } = load()
    const inProgress = doc.goals.filter((g) => g.status === 'in-progress')
    const byRank = [...inProgress].sort((a, b) => (a.rank < b.rank ? -1 : 1))
    expect(byRank.map((g) => g.id)).toEqual(inProgress.map((g) => g.id))
    expect(doc.history).toHaveLength(doc.goals.length)
    expect(doc.history[0]).toMatchObject({
      from: null,
      to: doc.goals[0]?.status,
      at: 42,
      goalId: doc.goals[0]?.id,
    })
  })

  it('lists what it read with a guess, and counts what it found', () => {
    const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.report).toMatchObject({ teams: 6, groups: 7, goals: 20, statusUpdates: 3 })
    expect(outcome.report.entries.map((e) => [e.line, e.reason])).toEqual([
      [10, 'Table header row skipped.'],
      [49, 'Several statuses on one bullet; items read as Postponed.'],
      [66, 'Status read {{Not done}} as Blocked.'],
      [78, 'Plain line read as a priority group heading.'],
      [84, 'Plain line read as a priority group heading.'],
      // SRE's sub-teams have no "Dependencies on:" but the last: the reference's style.
      [
        91,
        'Read with the Status block below it as "Site Reliability Engineering"\'s, after its last sub-team.',
      ],
      [107, 'Read as the team\'s "Dependencies on:" line.'],
    ])
  })

  it('gives the same plan when its export is imported again', () => {
    const { doc } = load()
    for (const layout of ['table', 'list'] as const) {
      const again = importWikitext(exportWikitext(doc, { layout }), {
        newId: sequentialIds(),
        now: 42,
      })
      if (!again.ok) throw new Error(again.error)
      expect(canonical({ ...again.doc, plan: { ...again.doc.plan, layout: 'table' } })).toEqual(
        canonical(doc),
      )
    }
  })
})
