import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../../src/shared/backup'
import { buildExampleQuarter } from '../../../../src/shared/example'
import type { PlanDocument } from '../../../../src/shared/model'

function example(): PlanDocument {
  let next = 0
  return buildExampleQuarter({ newId: () => `p-${++next}`, now: 1 })
}

// Any text a user can type, including quotes, backslashes, control characters and lone surrogates.
const anyText = fc.string({ unit: 'binary', maxLength: 40 })
const goalText = anyText.filter((text) => text.trim() !== '')

describe('backup round trip over arbitrary texts', () => {
  it('gives back every text exactly', () => {
    fc.assert(
      fc.property(goalText, anyText, anyText, anyText, (text, note, teamName, intro) => {
        const doc = example()
        const [goal] = doc.goals
        const [team] = doc.teams
        if (!goal || !team) throw new Error('example has goals and teams')
        goal.text = text
        goal.note = note
        team.name = teamName
        doc.plan.intro = intro
        expect(parseBackup(serializeBackup([doc], 0))).toEqual({ ok: true, docs: [doc] })
      }),
      { numRuns: 50 },
    )
  })
})
