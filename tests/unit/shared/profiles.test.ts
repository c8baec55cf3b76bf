import { describe, expect, it } from 'vitest'
import type { TemplateProfile } from '../../../src/shared/model'
import {
  BUILT_IN_PROFILES,
  checkTemplateProfile,
  MEDIAWIKI_PROFILE,
  templateProfileProblems,
} from '../../../src/shared/profiles'

const custom: TemplateProfile = {
  kind: 'custom',
  name: 'Our wiki',
  statuses: { ...MEDIAWIKI_PROFILE.statuses, done: '{{Tick}}' },
  task: '[[phab:$1]]',
}

function problemsOf(value: unknown): string[] {
  const result = checkTemplateProfile(value)
  return result.ok ? [] : result.problems
}

describe('checkTemplateProfile', () => {
  it('accepts the built-in profiles and a sound custom one', () => {
    for (const profile of [...BUILT_IN_PROFILES, custom]) {
      expect(checkTemplateProfile(profile)).toEqual({ ok: true, profile })
    }
  })

  it('gives back a copy without fields a profile does not have', () => {
    const result = checkTemplateProfile({
      ...custom,
      extra: 1,
      statuses: { ...custom.statuses, finished: '{{Finished}}' },
    })
    expect(result).toEqual({ ok: true, profile: custom })
  })

  it('wants $1 in the task pattern, on one line', () => {
    expect(problemsOf({ ...custom, task: '[[phab:T]]' })).toEqual([
      'Task link pattern must contain $1, which stands for the task id (T123).',
    ])
    expect(problemsOf({ ...custom, task: '[[phab:$1\n]]' })).toEqual([
      'Task link pattern must fit on one line.',
    ])
  })

  it('wants each status marker non-empty and on one line', () => {
    expect(problemsOf({ ...custom, statuses: { ...custom.statuses, done: ' ' } })).toEqual([
      'Done markup cannot be empty.',
    ])
    expect(
      problemsOf({ ...custom, statuses: { ...custom.statuses, blocked: '{{Not done\n}}' } }),
    ).toEqual(['Blocked markup must fit on one line.'])
  })

  it('wants a different marker for each status', () => {
    const statuses = { ...custom.statuses, postponed: '{{Not done|Blocked}}' }
    expect(problemsOf({ ...custom, statuses })).toEqual([
      'Postponed markup "{{Not done|Blocked}}" is the same as Blocked\'s; each status needs its own markup.',
    ])
  })

  it('names missing markup, an unknown kind, a missing name or profile', () => {
    const { done: _done, todo: _todo, ...fewer } = custom.statuses
    expect(problemsOf({ ...custom, statuses: fewer })).toEqual([
      'The template profile has no markup for: To do, Done.',
    ])
    expect(problemsOf({ ...custom, kind: 'odd', name: 3 })).toEqual([
      'Unknown template profile kind "odd"; use mediawiki, plain or custom.',
      'The profile needs a name.',
    ])
    expect(problemsOf(null)).toEqual(['The template profile is missing.'])
  })
})

describe('templateProfileProblems', () => {
  it('says which field each problem is about', () => {
    const problems = templateProfileProblems({
      ...custom,
      statuses: { ...custom.statuses, todo: '' },
      task: 'T',
    })
    expect(problems.map((p) => p.path)).toEqual([['statuses', 'todo'], ['task']])
  })
})
