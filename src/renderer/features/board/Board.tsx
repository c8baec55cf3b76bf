/**
 * The kanban board of the open quarter: filters and progress, then the
 * status columns with their drag and drop, either once for every shown goal or
 * once per team in swimlanes (LaneBoard). Draggable from its first frame; it
 * renders from the quarter in memory, so a drop shows in the frame it happens in.
 */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { goalMatcher, isEmptyFilter, knownOnly } from '../../../shared/goalFilter'
import { markStartup } from '../../startupMarks'
import { useBoardView, useFilter } from '../../store/boardViewStore'
import { goalsById as goalsByIdOf } from '../../store/goalLookups'
import { useGoals, useGroups, useOpenQuarter, useTeams } from '../../store/quarterStore'
import { BoardFilters } from './BoardFilters'
import { BoardToolbar } from './BoardToolbar'
import { EmptyBoard } from './EmptyBoard'
import { cardNames } from './cardNames'
import { LaneBoard } from './LaneBoard'
import { StatusBoard } from './StatusBoard'
import { useCardKeys } from './useCardKeys'

/** The board of the open quarter. */
export function Board() {
  const quarter = useOpenQuarter()
  const goals = useGoals()
  const teams = useTeams()
  const groups = useGroups()
  const stored = useFilter(quarter?.plan.id ?? null)
  const lanes = useBoardView((state) => state.lanes) && teams.length > 0
  const viewRef = useRef<HTMLDivElement>(null)
  // A team or group deleted since the filter was set no longer filters.
  const filter = useMemo(() => knownOnly(stored, teams, groups), [stored, teams, groups])
  // Unfiltered, the very list: its columns and counts are made once per list (goalLookups.ts).
  const shownGoals = useMemo(
    () => (isEmptyFilter(filter) ? goals : goals.filter(goalMatcher(filter, teams))),
    [goals, filter, teams],
  )
  const goalsById = goalsByIdOf(goals)
  const names = useMemo(() => cardNames(teams, groups), [teams, groups])
  useCardKeys(viewRef)
  useLayoutEffect(() => markStartup('board-rendered'), [])

  if (!quarter) return null
  return (
    <div className="board-view" ref={viewRef}>
      <BoardFilters shown={shownGoals.length} total={goals.length} />
      <BoardToolbar goals={goals} lanesPossible={teams.length > 0} />
      {goals.length === 0 && <EmptyBoard quarter={quarter} />}
      {lanes ? (
        <LaneBoard goals={shownGoals} goalsById={goalsById} names={names} />
      ) : (
        <StatusBoard goals={shownGoals} goalsById={goalsById} names={names} />
      )}
    </div>
  )
}
