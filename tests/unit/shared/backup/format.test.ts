import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, parseBackup, serializeBackup } from '../../../../src/shared/backup'
import { buildExampleQuarter } from '../../../../src/shared/example'
import type { PlanDocument } from '../../../../src/shared/model'
import { createPlan } from '../../../../src/shared/plan'

const NOW = Date.UTC(2019, 11, 12, 10, 30)

function sequentialIds(prefix: string): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

function example(prefix = 'a'): PlanDocument {
  return buildExampleQuarter({ newId: sequentialIds(prefix), now: NOW })
}

function smallPlan(): PlanDocument {
  const plan = createPlan({ department: 'Tiny', fiscalYear: 2020, quarter: 3 }, 'p1', NOW)
  return { plan, teams: [], groups: [], goals: [], history: [], updates: [] }
}

/** The backup text of the example with `edit` applied to its parsed JSON. */
function edited(
  edit: (file: { version: unknown; plans: PlanDocument[] } & Record<string, unknown>) => void,
): string {
  const file = JSON.parse(serializeBackup([example()], NOW))
  edit(file)
  return JSON.stringify(file, null, 2)
}

function errorOf(text: string): string {
  const result = parseBackup(text)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.error
}

describe('backup round trip', () => {
  it('gives back every plan exactly as written', () => {
    const docs = [example('a'), smallPlan()]
    const result = parseBackup(serializeBackup(docs, NOW))
    expect(result).toEqual({ ok: true, docs })
  })

  it('reads a file saved with a byte-order mark', () => {
    const docs = [smallPlan()]
    expect(parseBackup(`\uFEFF${serializeBackup(docs, NOW)}`)).toEqual({ ok: true, docs })
  })

  it('writes pretty, versioned JSON ending with a newline', () => {
    const text = serializeBackup([smallPlan()], NOW)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "format": "quarterdeck",')
    const file = JSON.parse(text)
    // Without a wiki base it is version 1, which every Quarterdeck reads (wikiBases.test.ts).
    expect(file).toMatchObject({
      format: 'quarterdeck',
      version: 1,
      exportedAt: '2019-12-12T10:30:00.000Z',
    })
    expect(BACKUP_FORMAT_VERSION).toBe(2)
    expect(file.plans).toHaveLength(1)
  })

  it('keeps the template profile, history and status updates', () => {
    const doc = example()
    doc.plan.profile = {
      kind: 'custom',
      name: 'Our wiki',
      statuses: { ...doc.plan.profile.statuses, done: '{{Tick}}' },
      task: '[[phab:$1]]',
    }
    const result = parseBackup(serializeBackup([doc], NOW))
    if (!result.ok) throw new Error(result.error)
    const [back] = result.docs
    expect(back?.plan.profile.statuses.done).toBe('{{Tick}}')
    expect(back?.history).toHaveLength(doc.goals.length)
    expect(back?.updates).toEqual(doc.updates)
  })
})

describe('refusing bad backup files', () => {
  it('says where malformed JSON breaks', () => {
    const text = serializeBackup([smallPlan()], NOW).replace('"version": 1,', '"version": 1,,')
    expect(errorOf(text)).toBe(
      'The file is not valid JSON: syntax error at line 3, column 16, near: ,',
    )
  })

  it('recognises a truncated file', () => {
    const text = serializeBackup([example()], NOW)
    expect(errorOf(text.slice(0, Math.floor(text.length / 2)))).toMatch(
      /^The file is truncated: it ends at line \d+, column \d+ before the data is complete\.$/,
    )
    expect(errorOf('')).toBe('The file is empty.')
  })

  it('refuses a file of another format', () => {
    expect(errorOf('{"plans": []}')).toBe(
      'This is not a Quarterdeck backup file: it has no "format": "quarterdeck" field.',
    )
    expect(errorOf('[1, 2]')).toMatch(/^This is not a Quarterdeck backup file/)
  })

  it('refuses a file written by a newer version, naming both versions', () => {
    expect(errorOf(edited((file) => (file.version = 3)))).toBe(
      'This backup was written by a newer Quarterdeck (version 3); this version reads up to 2. Update Quarterdeck to open it.',
    )
    expect(errorOf(edited((file) => (file.version = 'one')))).toBe(
      'The backup file has no valid format version (found "one").',
    )
  })

  it('names the field and the allowed statuses for an unknown status', () => {
    const error = errorOf(
      edited((file) => ((file.plans[0]!.goals[12]!.status as string) = 'finished')),
    )
    expect(error).toBe(
      'The backup file is damaged: plans[0].goals[12].status: Unknown status "finished"; use one of todo, in-progress, done, blocked, postponed, partially-done.',
    )
  })

  it('names missing fields, wrong types and bad task ids', () => {
    expect(
      errorOf(
        edited(
          (file) => delete (file.plans[0]!.teams[1] as Partial<PlanDocument['teams'][0]>).name,
        ),
      ),
    ).toBe('The backup file is damaged: plans[0].teams[1].name: missing (expected string).')
    expect(errorOf(edited((file) => ((file.plans[0]!.plan.quarter as number) = 5)))).toBe(
      'The backup file is damaged: plans[0].plan.quarter: expected quarter 1, 2, 3 or 4 (found 5).',
    )
    expect(errorOf(edited((file) => (file.plans[0]!.goals[0]!.tasks = ['T1', 'task 7'])))).toBe(
      'The backup file is damaged: plans[0].goals[0].tasks: Not a Phabricator task id: "task 7". Use T followed by digits, such as T223626.',
    )
    expect(errorOf(edited((file) => ((file.plans[0]!.goals[2]!.stretch as unknown) = 'no')))).toBe(
      'The backup file is damaged: plans[0].goals[2].stretch: Stretch must be either on or off.',
    )
  })

  it('holds goals and template profiles to the rules the app writes by', () => {
    expect(errorOf(edited((file) => (file.plans[0]!.goals[1]!.text = '  ')))).toBe(
      'The backup file is damaged: plans[0].goals[1].text: Goal text cannot be empty.',
    )
    expect(errorOf(edited((file) => (file.plans[0]!.plan.profile.task = '[[phab:T]]')))).toBe(
      'The backup file is damaged: plans[0].plan.profile.task: Task link pattern must contain $1, which stands for the task id (T123).',
    )
    const shared = edited((file) => {
      const { statuses } = file.plans[0]!.plan.profile
      statuses.postponed = statuses.blocked
    })
    expect(errorOf(shared)).toMatch(
      /^The backup file is damaged: plans\[0\]\.plan\.profile\.statuses\.postponed: Postponed markup "[^"]+" is the same as Blocked's/,
    )
  })

  it('counts the further problems after the first', () => {
    const error = errorOf(
      edited((file) => {
        file.plans[0]!.goals[0]!.rank = 'A0'
        file.plans[0]!.goals[1]!.text = '  '
        file.plans[0]!.updates[0]!.date = '2019-13-01'
      }),
    )
    expect(error).toMatch(
      /^The backup file is damaged: plans\[0\]\.goals\[0\]\.rank: expected a rank/,
    )
    expect(error).toMatch(/\(and 2 more problems\)\.$/)
  })

  it('refuses a quarter of more goals than a quarter holds as too big, not as damaged', () => {
    const error = errorOf(
      edited((file) => {
        const goals = file.plans[0]!.goals
        file.plans[0]!.goals = Array.from({ length: 50_001 }, (_, k) => ({
          ...goals[k % goals.length]!,
          id: `goal-${k}`,
        }))
      }),
    )
    expect(error).toBe(
      "The backup's quarter plans[0] is too big: a quarter holds at most 50,000 goals, and this one would hold 50,001.",
    )
  })

  it('refuses references to rows that do not exist', () => {
    expect(errorOf(edited((file) => (file.plans[0]!.goals[4]!.teamId = 'nope')))).toBe(
      'The backup file is damaged: plans[0].goals[4].teamId: no team with id "nope" in this plan (and 1 more problem).',
    )
    expect(errorOf(edited((file) => (file.plans[0]!.history[0]!.goalId = 'gone')))).toBe(
      'The backup file is damaged: plans[0].history[0].goalId: no goal with id "gone" in this plan.',
    )
    expect(errorOf(edited((file) => (file.plans[0]!.groups[0]!.planId = 'other')))).toBe(
      'The backup file is damaged: plans[0].groups[0].planId: "other" is not this plan\'s id "a-1".',
    )
  })

  it('refuses a goal filed under another team’s priority group', () => {
    const error = errorOf(
      edited((file) => {
        const [plan] = file.plans
        plan!.goals[0]!.groupId = plan!.groups.at(-1)!.id
      }),
    )
    expect(error).toMatch(
      /plans\[0\]\.goals\[0\]\.groupId: priority group "[^"]+" belongs to another team/,
    )
  })

  it('refuses a team that is its own ancestor', () => {
    const error = errorOf(
      edited((file) => (file.plans[0]!.teams[0]!.parentId = file.plans[0]!.teams[0]!.id)),
    )
    expect(error).toBe(
      'The backup file is damaged: plans[0].teams[0].parentId: team "Analytics" is its own ancestor.',
    )
  })

  it('refuses duplicate ids, naming both places', () => {
    const text = serializeBackup([example('a'), example('a')], NOW)
    expect(errorOf(text)).toMatch(
      /^The backup file is damaged: plans\[1\]\.plan\.id: duplicate id "a-1" \(also used by plans\[0\]\.plan\.id\) \(and \d+ more problems\)\.$/,
    )
    const goalTwice = edited((file) => (file.plans[0]!.goals[1]!.id = file.plans[0]!.goals[0]!.id))
    expect(errorOf(goalTwice)).toMatch(
      /plans\[0\]\.goals\[1\]\.id: duplicate id "[^"]+" \(also used by plans\[0\]\.goals\[0\]\.id\)/,
    )
  })
})
