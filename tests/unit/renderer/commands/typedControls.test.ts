/**
 * The commands built from typed input leave out the control characters a
 * page cannot show, and carry the one sentence that tells the person; texts
 * already stored, and fields not typed in, are left as they are.
 */
import { describe, expect, it } from 'vitest'
import {
  addGoal,
  addGoalWithFirstTeam,
  updateGoal,
} from '../../../../src/renderer/commands/goalCommands'
import {
  createGroup,
  createPlan,
  createTeam,
  startNextQuarter,
  typedPlanInput,
  updatePlan,
} from '../../../../src/renderer/commands/planCommands'
import { updateGroup, updateTeam } from '../../../../src/renderer/commands/structureCommands'
import { editUpdate, recordUpdates } from '../../../../src/renderer/commands/updateCommands'
import type { Goal, Plan, PlanDocument, PriorityGroup, Team } from '../../../../src/shared/model'
import { validateNewPlan } from '../../../../src/shared/plan'
import { MEDIAWIKI_PROFILE } from '../../../../src/shared/profiles'
import { structureFixture } from '../../shared/structureFixture'

const after = <T>(
  command: { changes: { table: string; after: unknown }[] } | null,
  table: string,
) => command?.changes.find((change) => change.table === table)?.after as T

const sentence = (count: number, fields: string) =>
  `Left out ${count} invisible control character${count === 1 ? '' : 's'} from ${fields} (the wiki cannot show them).`

describe('commands built from typed input', () => {
  const quarter = structureFixture()
  const goal = quarter.goals[0] as Goal

  it('a goal edited with NUL and ESC in its text and note stores them without, and says so', () => {
    const command = updateGoal(quarter, goal.id, { text: 'Ship\0 it\x1b', note: 'see\0 T1' })
    expect(after<Goal>(command, 'goals')).toMatchObject({ text: 'Ship it', note: 'see T1' })
    expect(command.notice).toBe(sentence(3, 'the goal text and the note'))
  })

  it('keeps line breaks and tabs in the goal text and says nothing when nothing is left out', () => {
    const command = updateGoal(quarter, goal.id, { text: 'Line one\nline\ttwo 👍' })
    expect(after<Goal>(command, 'goals').text).toBe('Line one\nline\ttwo 👍')
    expect(command.notice).toBeUndefined()
  })

  it('leaves a stored text alone when another field is edited', () => {
    const stored: PlanDocument = {
      ...quarter,
      goals: quarter.goals.map((g) => (g.id === goal.id ? { ...g, text: 'Old\0 text' } : g)),
    }
    const command = updateGoal(stored, goal.id, { status: 'done' })
    expect(after<Goal>(command, 'goals').text).toBe('Old\0 text')
    expect(command.notice).toBeUndefined()
  })

  it('a goal added with a control character is stored without it', () => {
    const command = addGoal(quarter, { teamId: 'search', text: 'New\x07 goal' })
    expect(after<Goal>(command, 'goals').text).toBe('New goal')
    expect(command.notice).toBe(sentence(1, 'the goal text'))
  })

  it('a team edited in the Team view: name, managers and dependencies', () => {
    const command = updateTeam(quarter, 'search', {
      name: 'Sea\0rch\u2028',
      managers: ['Ann\x1b', 'Bo'],
      dependencies: 'Traffic\0\nObservability',
    })
    expect(after<Team>(command, 'teams')).toMatchObject({
      name: 'Search',
      managers: ['Ann', 'Bo'],
      dependencies: 'Traffic\nObservability',
    })
    expect(command?.notice).toBe(sentence(4, 'the team name, the managers and the dependencies'))
  })

  it('a name of nothing but control characters is refused as empty', () => {
    expect(() => updateTeam(quarter, 'search', { name: '\0\0' })).toThrow('A team needs a name.')
  })

  it('a priority group edited or added, and a team added', () => {
    const edited = updateGroup(quarter, 'core', { title: 'Core\0', description: 'Why\x7f' })
    expect(after<PriorityGroup>(edited, 'groups')).toMatchObject({
      title: 'Core',
      description: 'Why',
    })
    expect(edited?.notice).toBe(
      sentence(2, 'the priority group title and the priority group description'),
    )
    const added = createGroup(quarter, 'search', { title: 'Ne\0w' })
    expect(added.group.title).toBe('New')
    expect(added.notice).toBe(sentence(1, 'the priority group title'))
    const team = createTeam(quarter, { name: 'Web\x1b' })
    expect(team.team.name).toBe('Web')
    expect(team.notice).toBe(sentence(1, 'the team name'))
  })

  it('quarter settings: department and intro', () => {
    const command = updatePlan(quarter.plan, { department: 'Tech\0', intro: 'Hello\0\nworld' })
    expect(after(command, 'plans')).toMatchObject({ department: 'Tech', intro: 'Hello\nworld' })
    expect(command.notice).toBe(sentence(2, 'the department and the intro'))
  })

  it('a status update recorded or edited', () => {
    const recorded = recordUpdates(quarter, '2019-10-28', [
      { teamId: 'search', items: [{ text: 'Done\0 it', status: 'done', note: 'ok\x1b' }] },
    ])
    expect(recorded.updates[0]?.items).toEqual([{ text: 'Done it', status: 'done', note: 'ok' }])
    expect(recorded.notice).toBe(sentence(2, 'the status update'))
    const withUpdate = { ...quarter, updates: recorded.updates }
    const edited = editUpdate(withUpdate, recorded.updates[0]?.id as string, '2019-10-28', [
      { text: 'Again\0', status: null, note: '' },
    ])
    expect(edited?.notice).toBe(sentence(1, 'the status update'))
  })

  it('a quarter created with control characters in its department (pasted)', () => {
    const typed = {
      department: 'Wikimedia\0 Technology\x1b',
      fiscalYear: 2020,
      quarter: 1 as const,
    }
    // The form checks what will be stored, so the department is not refused for them.
    expect(validateNewPlan(typed)).not.toEqual([])
    expect(validateNewPlan(typedPlanInput(typed))).toEqual([])
    const command = createPlan(typed, [quarter.plan])
    expect(command.plan.department).toBe('Wikimedia Technology')
    expect(command.notice).toBe(sentence(2, 'the department'))
    expect(createPlan({ ...typed, department: 'Ops' }).notice).toBeUndefined()
  })

  it('a tab in a department is still refused: a page title cannot hold one', () => {
    expect(() => createPlan({ department: 'Ops\tTeam', fiscalYear: 2020, quarter: 1 })).toThrow(
      'Department name cannot hold a tab',
    )
  })

  it("Start next quarter's department", async () => {
    const command = await startNextQuarter(quarter, [quarter.plan], {
      input: { department: 'Tech\0nology', fiscalYear: 2019, quarter: 4 },
      carry: [],
    })
    expect(command.plan.department).toBe('Technology')
    expect(command.notice).toBe(sentence(1, 'the department'))
  })

  it("a custom profile's markers and task pattern, and the page title pattern", () => {
    const profile = {
      kind: 'custom' as const,
      name: 'Custom',
      statuses: { ...MEDIAWIKI_PROFILE.statuses, done: '{{Done\0}}', blocked: '\x1b{{Blocked}}' },
      task: '{{Task|$1}}\x07',
    }
    const command = updatePlan(quarter.plan, { profile, titlePattern: '{department}\0 goals' })
    expect(after<Plan>(command, 'plans')).toMatchObject({
      profile: {
        ...profile,
        statuses: { ...profile.statuses, done: '{{Done}}', blocked: '{{Blocked}}' },
        task: '{{Task|$1}}',
      },
      titlePattern: '{department} goals',
    })
    expect(command.notice).toBe(
      sentence(
        4,
        'the page title pattern, the Done markup, the Blocked markup and the task link pattern',
      ),
    )
  })

  it('a custom marker of only control characters, or one made like another, is refused', () => {
    const custom = { kind: 'custom' as const, name: 'Custom', task: '{{Task|$1}}' }
    expect(() =>
      updatePlan(quarter.plan, {
        profile: { ...custom, statuses: { ...MEDIAWIKI_PROFILE.statuses, done: '\0\0' } },
      }),
    ).toThrow('Done markup cannot be empty.')
    expect(() =>
      updatePlan(quarter.plan, {
        profile: { ...custom, statuses: { ...MEDIAWIKI_PROFILE.statuses, done: '{{To do}}\0' } },
      }),
    ).toThrow('each status needs its own markup')
  })

  it("quick add's first team and goal: one command, one sentence for both", () => {
    const empty: PlanDocument = { ...quarter, teams: [], groups: [], goals: [], updates: [] }
    const command = addGoalWithFirstTeam(empty, 'Web\0', { text: 'Ship\x07 it', status: 'done' })
    const team = after<Team>(command, 'teams')
    expect(team.name).toBe('Web')
    expect(after<Goal>(command, 'goals')).toMatchObject({
      teamId: team.id,
      text: 'Ship it',
      status: 'done',
    })
    expect(command.teamId).toBe(team.id)
    expect(command.notice).toBe(sentence(2, 'the team name and the goal text'))
  })
})
