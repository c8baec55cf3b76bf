import { describe, expect, it } from 'vitest'
import {
  customProfileFrom,
  profileProblems,
} from '../../../../../src/renderer/features/exchange/customProfile'
import {
  backupFileName,
  wikiFileName,
} from '../../../../../src/renderer/features/exchange/fileNames'
import { sameQuarterPlans } from '../../../../../src/renderer/features/exchange/sameQuarter'
import type { Plan } from '../../../../../src/shared/model'
import { createPlan } from '../../../../../src/shared/plan'
import { MEDIAWIKI_PROFILE } from '../../../../../src/shared/wiki/syntax/profiles'

describe('file names', () => {
  it('names the wiki file after the page title, with "/" replaced', () => {
    expect(wikiFileName('Wikimedia Technology/Goals/2019-20 Q2')).toBe(
      'Wikimedia Technology-Goals-2019-20 Q2.wiki',
    )
  })

  it('keeps characters that file systems refuse out of the name', () => {
    expect(wikiFileName('A:B*C?"D"<E>|F\\G\nH')).toBe('A-B-C--D--E--F-GH.wiki')
    expect(wikiFileName(' / ')).toBe('-.wiki')
    expect(wikiFileName('')).toBe('goals.wiki')
  })

  it('dates the backup file by the local calendar day', () => {
    expect(backupFileName(new Date(2019, 11, 2, 23, 59))).toBe('quarterdeck-backup-2019-12-02.json')
  })
})

describe('custom template profile', () => {
  it('starts from the current markup as a custom profile', () => {
    const custom = customProfileFrom(MEDIAWIKI_PROFILE)
    expect(custom.kind).toBe('custom')
    expect(custom.statuses).toEqual(MEDIAWIKI_PROFILE.statuses)
    expect(custom.task).toBe('{{Phabricator|$1}}')
    expect(profileProblems(custom)).toEqual([])
  })

  it('names every empty status and a task pattern without $1', () => {
    const custom = customProfileFrom(MEDIAWIKI_PROFILE)
    custom.statuses.done = '  '
    custom.statuses.blocked = ''
    custom.task = '{{Phabricator|T}}'
    expect(profileProblems(custom)).toEqual([
      'Done markup cannot be empty.',
      'Blocked markup cannot be empty.',
      'Task link pattern must contain $1, which stands for the task id (T123).',
    ])
  })

  it('refuses markup with a line break, which would break the page structure', () => {
    const custom = customProfileFrom(MEDIAWIKI_PROFILE)
    custom.statuses.todo = '{{To do}}\n|-'
    custom.task = '[[phab:$1|$1]]\n'
    expect(profileProblems(custom)).toEqual([
      'To do markup must fit on one line.',
      'Task link pattern must fit on one line.',
    ])
  })
})

describe('sameQuarterPlans', () => {
  const plan = (id: string, department: string, fiscalYear = 2019, quarter: 1 | 2 = 2): Plan =>
    createPlan({ department, fiscalYear, quarter }, id, 0)

  it('finds a stored plan of the same department and quarter, ignoring case and spaces', () => {
    const imported = plan('new', 'Wikimedia Technology')
    const stored = [
      plan('a', 'wikimedia technology '),
      plan('b', 'Wikimedia Technology', 2019, 1),
      plan('c', 'Wikimedia Technology', 2020),
      plan('d', 'Audiences'),
    ]
    expect(sameQuarterPlans(stored, imported).map((p) => p.id)).toEqual(['a'])
  })
})
