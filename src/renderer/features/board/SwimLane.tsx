/**
 * One team's swimlane: a header (collapse button, name, progress) and, when
 * open and near the view, the team's status columns. Away from the view it
 * keeps its last height, so the scroll bar does not jump.
 */
import { memo, useLayoutEffect, useRef, type RefObject } from 'react'
import type { Goal } from '../../../shared/model'
import type { Progress } from '../../../shared/progress'
import { progressOf } from '../../../shared/progress'
import { countOf } from '../../../shared/words'
import { StatusBoard } from './StatusBoard'
import type { CardNames } from './cardNames'
import type { Lane } from './lanes'
import { ProgressBar } from './ProgressBar'
import { useNearViewport } from './useNearViewport'
import type { DropOutside } from './useBoardDrag'

// The height of an open lane not yet measured: a few cards per column.
const ESTIMATED_HEIGHT = 260

/** Props of SwimLane. */
export interface SwimLaneProps {
  lane: Lane
  depth: number
  /** The lane's goals the filters let through. */
  goals: readonly Goal[]
  goalsById: ReadonlyMap<string, Goal>
  names: CardNames
  /** The team's progress (all its goals, whatever the filters). */
  progress: Progress | undefined
  collapsed: boolean
  onToggle: (teamId: string, collapse: boolean) => void
  onDropOutside: (drop: DropOutside) => void
  /** The lanes' scroll container. */
  scrollRef: RefObject<HTMLElement | null>
  startsMounted: boolean
}

/** A team's lane. */
export const SwimLane = memo(function SwimLane({
  lane,
  depth,
  goals,
  goalsById,
  names,
  progress,
  collapsed,
  onToggle,
  onDropOutside,
  scrollRef,
  startsMounted,
}: SwimLaneProps) {
  const ref = useRef<HTMLElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const height = useRef(ESTIMATED_HEIGHT)
  const near = useNearViewport(ref, scrollRef, startsMounted)
  const mounted = near && !collapsed
  useLayoutEffect(() => {
    if (mounted && bodyRef.current) height.current = bodyRef.current.offsetHeight
  })
  const bodyId = `${lane.key}-body`
  return (
    <section
      ref={ref}
      className="swimlane"
      role="region"
      aria-label={`${lane.name} lane`}
      data-lane-team={lane.teamId}
      data-lane-name={lane.name}
      // How many goals the lane shows once mounted: the card keys pass empty lanes.
      data-lane-goals={goals.length}
      style={depth > 0 ? { marginLeft: `${depth * 1.25}rem` } : undefined}
    >
      <header className="swimlane-header">
        <button
          type="button"
          className="swimlane-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={() => onToggle(lane.teamId, !collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {lane.name}
        </button>
        <span className="swimlane-count">{countOf(goals.length, 'goal')}</span>
        <ProgressBar progress={progress ?? progressOf([])} label={lane.name} />
      </header>
      {!collapsed && (
        <div id={bodyId} ref={bodyRef} className="swimlane-body">
          {mounted ? (
            <StatusBoard
              goals={goals}
              goalsById={goalsById}
              names={names}
              lane={lane}
              onDropOutside={onDropOutside}
            />
          ) : (
            <div className="swimlane-placeholder" style={{ height: height.current }} />
          )}
        </div>
      )}
    </section>
  )
})
