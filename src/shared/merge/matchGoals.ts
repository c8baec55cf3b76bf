/**
 * Recognises the same goal in two copies of a quarter, even when its text was
 * tweaked, its status changed or it moved to another group or team. Copies of
 * one backup share ids; a page pulled from the wiki gets fresh ids on import,
 * so the goal is then found by what a person would go by, in this order:
 *
 * 1. the same id;
 * 2. the same Phabricator task ids (a non-empty set);
 * 3. the same text (normalised: case, markup and spacing do not count) in the same team;
 * 4. a similar text in the same team (see SIMILAR_ENOUGH);
 * 5. the same text in another team (the goal moved);
 * 6. optionally, the same place among the team's goals still unmatched.
 *
 * Each stage only pairs goals the earlier stages left alone.
 */
import type { Goal } from '../model'
import { compareRanks } from '../ranks'
import { Pairer, type Pair } from './pairing'
import { normaliseText } from './similarity'

/** One copy's rows, with the key its teams have in the merge (the same team has the same key in every copy). */
export interface MatchSide<R> {
  rows: readonly R[]
  teamKey: (teamId: string) => string
}

/**
 * `idsOnly`: the copies share ids (copies of one backup), so only stage 1
 * runs: an id without a partner is a goal deleted or added, not changed.
 * `byPosition`: whether the last, weakest stage runs.
 */
export interface MatchOptions {
  idsOnly: boolean
  byPosition: boolean
}

/** Indexes of the rows in rank order, list order breaking ties. */
export function rankOrder(rows: readonly { rank: string }[]): number[] {
  return rows.map((_, i) => i).sort((x, y) => compareRanks(rows[x]!.rank, rows[y]!.rank) || x - y)
}

function taskKey(goal: Goal): string | null {
  return goal.tasks.length === 0 ? null : [...goal.tasks].sort().join(' ')
}

/** Pairs of indexes (into `a.rows`, into `b.rows`) of the goals taken for the same one. */
export function matchGoals(a: MatchSide<Goal>, b: MatchSide<Goal>, options: MatchOptions): Pair[] {
  const goalA = (i: number) => a.rows[i] as Goal
  const goalB = (i: number) => b.rows[i] as Goal
  const textA = a.rows.map((goal) => normaliseText(goal.text))
  const textB = b.rows.map((goal) => normaliseText(goal.text))
  const teamA = (i: number) => a.teamKey(goalA(i).teamId)
  const teamB = (i: number) => b.teamKey(goalB(i).teamId)
  const pairer = new Pairer(a.rows.length, b.rows.length).byKey(
    (i) => goalA(i).id,
    (i) => goalB(i).id,
  )
  if (options.idsOnly) return pairer.pairs()
  pairer
    .byKey(
      (i) => taskKey(goalA(i)),
      (i) => taskKey(goalB(i)),
    )
    .byKey(
      (i) => `${teamA(i)}\u0000${textA[i]}`,
      (i) => `${teamB(i)}\u0000${textB[i]}`,
    )
    .bySimilarity(
      teamA,
      teamB,
      (i) => textA[i] as string,
      (i) => textB[i] as string,
    )
    .byKey(
      (i) => textA[i] as string,
      (i) => textB[i] as string,
    )
  if (options.byPosition) {
    pairer.byPosition(teamA, teamB, rankOrder(a.rows), rankOrder(b.rows))
  }
  return pairer.pairs()
}
