/**
 * A stable colour for each team's chip on the cards: the same team name
 * always gets the same one of TEAM_COLOURS colours (the palette lives in the
 * stylesheet as --team-N-bg / --team-N-fg, for both themes), whatever the
 * quarter, the order of the teams or the machine.
 */

/** How many chip colours the palette has. */
export const TEAM_COLOURS = 8

/**
 * The palette index (0 to TEAM_COLOURS - 1) for a team name: FNV-1a over
 * the name's UTF-16 code units, ignoring case and surrounding spaces, so
 * "Search" and " search" share a colour.
 */
export function teamColour(teamName: string): number {
  let hash = 0x811c9dc5
  const name = teamName.trim().toLowerCase()
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % TEAM_COLOURS
}
