/**
 * Control characters typed or pasted into a text are left out of the page
 * (they cannot be shown); the Export view names the texts that hold them.
 */
import { describe, expect, it } from 'vitest'
import { exportWikitext, unshownTexts } from '../../../../src/shared/wiki'
import { dropsCharacters } from '../../../../src/shared/wiki/syntax/escape'
import { smallDoc } from './helpers'

describe('texts holding characters a page cannot show', () => {
  it('are control characters and lone surrogates, not line breaks, tabs or emoji', () => {
    for (const text of ['a\0b', 'x\u001b[31m', 'del\u007f', 'c1\u009b', 'half \ud83d'])
      expect(dropsCharacters(text), JSON.stringify(text)).toBe(true)
    for (const text of ['plain', 'a\r\nb', 'a\u2028b', 'a\tb', 'a\vb', '😀', '中文'])
      expect(dropsCharacters(text), JSON.stringify(text)).toBe(false)
  })

  it('are named where they were typed, and the page leaves the characters out', () => {
    const doc = smallDoc()
    const [team] = doc.teams
    const [goal, other] = doc.goals
    const [update] = doc.updates
    if (!team || !goal || !other || !update) throw new Error('smallDoc has these')
    expect(unshownTexts(doc)).toEqual([])
    goal.text = 'Ship\u0007 the dashboard'
    other.note = 'pasted from a terminal \u001b[0m'
    team.managerLabel = 'Lead\0'
    const item = update.items[0]
    if (!item) throw new Error('smallDoc has update items')
    item.text = 'x'.repeat(60) + '\u0001'
    expect(unshownTexts(doc)).toEqual([
      `manager label of team “${team.name}”`,
      'goal “Ship the dashboard”',
      `note of goal “${other.text}”`,
      `status item “${'x'.repeat(39)}…”`,
    ])
    const page = exportWikitext(doc)
    expect(page).toContain('Ship the dashboard')
    // eslint-disable-next-line no-control-regex -- no control character reaches the page
    expect(page).not.toMatch(/[\0-\x08\x0b-\x1f\x7f]/)
  })
})
