import { describe, expect, it } from 'vitest'
import { TEAM_COLOURS, teamColour } from '../../../src/shared/teamColour'
import { buildExampleQuarter } from '../../../src/shared/example'

let next = 0
const EXAMPLE_TEAM_NAMES = buildExampleQuarter({ newId: () => `id-${next++}`, now: 0 }).teams.map(
  (team) => team.name,
)

describe('teamColour', () => {
  it('gives a team the same colour every time, ignoring case and surrounding spaces', () => {
    expect(teamColour('Analytics')).toBe(teamColour('Analytics'))
    expect(teamColour(' analytics ')).toBe(teamColour('Analytics'))
  })

  it('always gives an index into the palette', () => {
    for (const name of ['', 'x', 'Core Platform', 'Ñandú', '🚀 Launch', 'a'.repeat(500)]) {
      const colour = teamColour(name)
      expect(Number.isInteger(colour)).toBe(true)
      expect(colour).toBeGreaterThanOrEqual(0)
      expect(colour).toBeLessThan(TEAM_COLOURS)
    }
  })

  it('does not depend on the other teams or their order', () => {
    const forward = EXAMPLE_TEAM_NAMES.map(teamColour)
    const backward = [...EXAMPLE_TEAM_NAMES].reverse().map(teamColour).reverse()
    expect(backward).toEqual(forward)
  })

  it('spreads the example quarter’s teams over several colours', () => {
    const used = new Set(EXAMPLE_TEAM_NAMES.map(teamColour))
    expect(used.size).toBeGreaterThanOrEqual(Math.min(5, EXAMPLE_TEAM_NAMES.length))
  })

  it('is pinned: a change of hash would recolour every user’s board', () => {
    expect(['Analytics', 'Core Platform', 'Performance', 'Security'].map(teamColour)).toEqual(
      PINNED,
    )
  })
})

// FNV-1a, worked out apart from the code (Python) when the palette was made.
const PINNED = [3, 1, 5, 3]
