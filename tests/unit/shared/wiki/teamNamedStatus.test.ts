/**
 * A team may be named like the title of a Status block ("Status",
 * "'''Status'''", "Status updates:"): its exported heading must still read
 * back as that team, not as the Status block of the team above it
 * (PROPERTY_SEED=594876553 of readsWhatItWrites found "'''Status'''").
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../../../src/shared/model'
import { exportWikitext, importWikitext } from '../../../../src/shared/wiki'
import { cleanText } from '../../../../src/shared/wiki/syntax/escape'
import { anyText } from '../planArbitrary'
import { sequentialIds, smallDoc } from './helpers'

function reimport(page: string): PlanDocument {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.doc
}

const NAMES = [
  "'''Status'''",
  'Status',
  'status',
  'STATUS:',
  'Status updates',
  "''Status''",
  '== Status ==',
  '=== Status ===',
  '; Status',
  "'''Status''' ''",
]

describe('a team named like a Status title', () => {
  for (const name of NAMES) {
    it(`round-trips "${name}" as a top-level team, a sub-team and the only team`, () => {
      const doc = smallDoc()
      // Analytics (with goals and updates) and the sub-team Traffic take the name in turn.
      for (const id of ['analytics', 'traffic']) {
        const renamed: PlanDocument = {
          ...doc,
          teams: doc.teams.map((t) => (t.id === id ? { ...t, name } : t)),
        }
        const page = exportWikitext(renamed)
        const back = reimport(page)
        expect(back.teams.map((t) => t.name)).toEqual(renamed.teams.map((t) => t.name))
        expect(back.goals).toHaveLength(renamed.goals.length)
        expect(back.updates).toHaveLength(renamed.updates.length)
        expect(exportWikitext(back)).toBe(page)
      }
      const alone: PlanDocument = {
        ...doc,
        teams: [{ ...(doc.teams[0] as PlanDocument['teams'][number]), name }],
        groups: [],
        goals: [],
        updates: [],
      }
      const back = reimport(exportWikitext(alone))
      expect(back.teams.map((t) => t.name)).toEqual([name])
    })
  }
})

describe('every typed team name', () => {
  it('comes back from its exported page as typed, as a team and as a sub-team', () => {
    const typedName = anyText
      .map((text) => cleanText(text).trim())
      .filter((name) => name !== '' && !name.includes('\n'))
    fc.assert(
      fc.property(typedName, fc.constantFrom('analytics', 'traffic'), (name, id) => {
        const doc = smallDoc()
        const renamed: PlanDocument = {
          ...doc,
          teams: doc.teams.map((t) => (t.id === id ? { ...t, name } : t)),
        }
        const back = reimport(exportWikitext(renamed))
        expect(back.teams.map((t) => t.name)).toEqual(renamed.teams.map((t) => t.name))
        expect(back.goals).toHaveLength(renamed.goals.length)
      }),
      { numRuns: 300 },
    )
  })
})
