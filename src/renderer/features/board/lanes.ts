/**
 * A swimlane of the board: one team's goals across the status columns.
 */

/** What a lane's columns need to know about it. */
export interface Lane {
  teamId: string
  /** The team's name with its parents ("SRE › Traffic"). */
  name: string
  /** Safe to put in an element id (team ids may hold any character). */
  key: string
}

/** A lane for the team at `index` in lane order. */
export function laneOf(teamId: string, name: string, index: number): Lane {
  return { teamId, name, key: `lane${index}` }
}
