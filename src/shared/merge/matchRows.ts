/**
 * Recognises the same team, priority group and status update in two copies
 * of a quarter: by id when the copies share ids, else by name (title, date)
 * and then by a similar name. Goals have their own matcher (matchGoals.ts).
 */
import type { PriorityGroup, StatusUpdate, Team } from '../model'
import type { MatchOptions, MatchSide } from './matchGoals'
import { Pairer, type Pair } from './pairing'
import { normaliseText } from './similarity'

/** Teams: the same id, the same name, a similar name. */
export function matchTeams(
  a: readonly Team[],
  b: readonly Team[],
  { idsOnly }: Pick<MatchOptions, 'idsOnly'>,
): Pair[] {
  const nameA = a.map((team) => normaliseText(team.name))
  const nameB = b.map((team) => normaliseText(team.name))
  const pairer = byId(a, b)
  if (idsOnly) return pairer.pairs()
  return pairer
    .byKey(
      (i) => nameA[i] as string,
      (i) => nameB[i] as string,
    )
    .bySimilarity(
      () => '',
      () => '',
      (i) => nameA[i] as string,
      (i) => nameB[i] as string,
    )
    .pairs()
}

/** Priority groups: the same id, the same title in the same team, a similar title in the same team. */
export function matchGroups(
  a: MatchSide<PriorityGroup>,
  b: MatchSide<PriorityGroup>,
  { idsOnly }: Pick<MatchOptions, 'idsOnly'>,
): Pair[] {
  const titleA = a.rows.map((group) => normaliseText(group.title))
  const titleB = b.rows.map((group) => normaliseText(group.title))
  const teamA = (i: number) => a.teamKey(a.rows[i]!.teamId)
  const teamB = (i: number) => b.teamKey(b.rows[i]!.teamId)
  const pairer = byId(a.rows, b.rows)
  if (idsOnly) return pairer.pairs()
  return pairer
    .byKey(
      (i) => `${teamA(i)}\u0000${titleA[i]}`,
      (i) => `${teamB(i)}\u0000${titleB[i]}`,
    )
    .bySimilarity(
      teamA,
      teamB,
      (i) => titleA[i] as string,
      (i) => titleB[i] as string,
    )
    .pairs()
}

/** Status updates: the same id, the same team, date and summary, the same team and date. */
export function matchUpdates(
  a: MatchSide<StatusUpdate>,
  b: MatchSide<StatusUpdate>,
  { idsOnly }: Pick<MatchOptions, 'idsOnly'>,
): Pair[] {
  const teamA = (i: number) => a.teamKey(a.rows[i]!.teamId)
  const teamB = (i: number) => b.teamKey(b.rows[i]!.teamId)
  const dated = (team: string, update: StatusUpdate) => `${team}\u0000${update.date}`
  const pairer = byId(a.rows, b.rows)
  if (idsOnly) return pairer.pairs()
  return pairer
    .byKey(
      (i) => `${dated(teamA(i), a.rows[i]!)}\u0000${normaliseText(a.rows[i]!.summary)}`,
      (i) => `${dated(teamB(i), b.rows[i]!)}\u0000${normaliseText(b.rows[i]!.summary)}`,
    )
    .byKey(
      (i) => dated(teamA(i), a.rows[i]!),
      (i) => dated(teamB(i), b.rows[i]!),
    )
    .pairs()
}

function byId(a: readonly { id: string }[], b: readonly { id: string }[]): Pairer {
  return new Pairer(a.length, b.length).byKey(
    (i) => a[i]!.id,
    (i) => b[i]!.id,
  )
}
