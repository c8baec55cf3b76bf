/**
 * Team names and group titles for cards, looked up once per board render
 * rather than per card.
 */
import type { Goal, PriorityGroup, Team } from '../../../shared/model'
import { teamPath } from '../../../shared/structure'
import type { GoalCardProps } from './GoalCard'

/** The names a board's cards show. */
export interface CardNames {
  /** What the card of `goal` shows. */
  of: (goal: Goal) => GoalCardProps
}

/** Card names for a plan's teams and groups (either may still be loading). */
export function cardNames(
  teams: readonly Team[] | undefined,
  groups: readonly PriorityGroup[] | undefined,
): CardNames {
  // A sub-team's cards name its parent too: "Site Reliability Engineering › Traffic".
  const teamNames = new Map((teams ?? []).map((team) => [team.id, teamPath(teams ?? [], team)]))
  const groupTitles = new Map((groups ?? []).map((group) => [group.id, group.title]))
  return {
    of: (goal) => ({
      goal,
      teamName: teamNames.get(goal.teamId) ?? '',
      groupTitle: goal.groupId ? (groupTitles.get(goal.groupId) ?? '') : '',
    }),
  }
}
