import { describe, expect, it } from 'vitest'
import { isThemeChoice, resolveTheme, THEME_CHOICES } from '../../../src/shared/theme'
import { isTaskId, taskUrl } from '../../../src/shared/taskLinks'
import { readThemeChoice } from '../../../src/renderer/theme/theme'

describe('theme choice', () => {
  it('System follows the system; Light and Dark ignore it', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('accepts exactly the three choices', () => {
    expect(THEME_CHOICES.filter(isThemeChoice)).toEqual(['system', 'light', 'dark'])
    for (const bad of ['Dark', '', null, 1, {}, 'auto']) expect(isThemeChoice(bad)).toBe(false)
  })

  it('reads a remembered choice, and System for anything else or when storage fails', () => {
    const stored = (value: string | null) => ({ getItem: () => value })
    expect(readThemeChoice(stored('dark'))).toBe('dark')
    expect(readThemeChoice(stored('purple'))).toBe('system')
    expect(readThemeChoice(stored(null))).toBe('system')
    expect(readThemeChoice(null)).toBe('system')
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readThemeChoice(refusing)).toBe('system')
  })
})

describe('task links', () => {
  it('point at the task on Wikimedia Phabricator', () => {
    expect(taskUrl('T233634')).toBe('https://phabricator.wikimedia.org/T233634')
  })

  it('exist for task ids only', () => {
    for (const bad of [
      'T0',
      'T01',
      't12',
      'T12/../x',
      'T1 ',
      'https://evil.example/',
      '',
      'T' + '9'.repeat(20),
    ]) {
      expect(isTaskId(bad)).toBe(false)
      expect(() => taskUrl(bad)).toThrow(/not a task id/)
    }
  })
})
