/**
 * The board in swimlanes: one row per team (sub-teams under their parent),
 * the status columns across. Each lane is a board of its own for dragging, so
 * a drag stays in its lane; a card dropped in another lane with Shift held
 * moves to that team (laneDrop.ts). Only lanes near the view mount their
 * cards, so 40 lanes of 2,000 goals paint as fast as a few.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { isEmptyFilter } from '../../../shared/goalFilter'
import type { Goal } from '../../../shared/model'
import { progressByTeam } from '../../../shared/progress'
import { teamPath, teamRows } from '../../../shared/teamTree'
import { useBoardView, useCollapsedLanes, useFilter } from '../../store/boardViewStore'
import { useGoals, useQuarterStore, useTeams } from '../../store/quarterStore'
import type { CardNames } from './cardNames'
import { dropInOtherLane } from './laneDrop'
import { laneOf } from './lanes'
import { SwimLane } from './SwimLane'
import type { DropOutside } from './useBoardDrag'
import { useFocusRequest } from './useFocusRequest'

// Lanes mounted with their cards before the observer has reported (the first screen).
const FIRST_LANES = 4

// Shift at the moment of a drop; pointer events carry it, so no key has to be watched.
let shiftHeld = false
function trackShift(event: KeyboardEvent | PointerEvent) {
  shiftHeld = event.shiftKey
}

/** Props of LaneBoard. */
export interface LaneBoardProps {
  /** The goals the filters let through, in rank order. */
  goals: readonly Goal[]
  goalsById: ReadonlyMap<string, Goal>
  names: CardNames
}

/** Every team's lane. */
export function LaneBoard({ goals, goalsById, names }: LaneBoardProps) {
  const teams = useTeams()
  const allGoals = useGoals()
  const planId = useQuarterStore((state) => state.openPlanId)
  const collapsed = useCollapsedLanes(planId)
  const filtered = !isEmptyFilter(useFilter(planId))
  const setCollapsed = useBoardView((state) => state.setCollapsed)
  const containerRef = useRef<HTMLDivElement>(null)
  useFocusRequest(containerRef)

  // Lanes keep their identity while the teams do, so a memoised lane renders again only when it changes.
  const rows = useMemo(
    () =>
      teamRows(teams).map(({ team, depth }, index) => ({
        team,
        depth,
        lane: laneOf(team.id, teamPath(teams, team), index),
      })),
    [teams],
  )
  const progress = useMemo(() => progressByTeam(allGoals, teams), [allGoals, teams])
  const byTeam = useMemo(() => {
    const map = new Map<string, Goal[]>()
    for (const goal of goals) {
      const list = map.get(goal.teamId)
      if (list) list.push(goal)
      else map.set(goal.teamId, [goal])
    }
    return map
  }, [goals])

  useEffect(() => {
    const options = { capture: true, passive: true }
    window.addEventListener('pointermove', trackShift, options)
    window.addEventListener('pointerup', trackShift, options)
    window.addEventListener('keydown', trackShift, options)
    window.addEventListener('keyup', trackShift, options)
    return () => {
      window.removeEventListener('pointermove', trackShift, options)
      window.removeEventListener('pointerup', trackShift, options)
      window.removeEventListener('keydown', trackShift, options)
      window.removeEventListener('keyup', trackShift, options)
    }
  }, [])

  const goalsRef = useRef(goalsById)
  useLayoutEffect(() => {
    goalsRef.current = goalsById
  })
  const onDropOutside = useCallback(({ goalId, point }: DropOutside) => {
    const goal = goalsRef.current.get(goalId)
    const scope = containerRef.current
    if (goal && scope) dropInOtherLane(scope, point, goal, shiftHeld)
  }, [])
  const onToggle = useCallback(
    (teamId: string, collapse: boolean) => {
      if (planId) setCollapsed(planId, teamId, collapse)
    },
    [planId, setCollapsed],
  )

  let mounted = 0
  return (
    <div className="lanes" ref={containerRef}>
      {rows.map(({ team, depth, lane }) => {
        const laneGoals = byTeam.get(team.id) ?? NO_GOALS
        // With filters on, a team none of whose goals pass shows no lane.
        if (filtered && laneGoals.length === 0) return null
        const isCollapsed = collapsed.includes(team.id)
        if (!isCollapsed) mounted += 1
        return (
          <SwimLane
            key={team.id}
            lane={lane}
            depth={depth}
            goals={laneGoals}
            goalsById={goalsById}
            names={names}
            progress={progress.get(team.id)?.own}
            collapsed={isCollapsed}
            onToggle={onToggle}
            onDropOutside={onDropOutside}
            scrollRef={containerRef}
            startsMounted={!isCollapsed && mounted <= FIRST_LANES}
          />
        )
      })}
    </div>
  )
}

const NO_GOALS: Goal[] = []
