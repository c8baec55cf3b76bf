/**
 * The kanban board of one plan: filters, the status columns and drag and drop.
 */
import { useLayoutEffect, useMemo } from 'react'
import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import type { Goal } from '../../../shared/model'
import { boardColumns, type StatusId } from '../../../shared/statuses'
import { useBoardGoals, useGroups, useTeams } from '../../db/queries'
import { markStartup } from '../../startupMarks'
import { useUiStore } from '../../store/uiStore'
import { screenReaderInstructions } from './announcements'
import { BoardColumn, type CardNames } from './BoardColumn'
import { BoardFilters } from './BoardFilters'
import { columnItems, groupGoals } from './columns'
import { boardCollision } from './dragGeometry'
import { GoalCardBody } from './GoalCard'
import { useBoardDrag, type MovedGoal } from './useBoardDrag'
import { useStableGoals, useStableItems } from './useStableGoals'

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
const DROP_ANIMATION = { duration: 150, easing: 'ease-out' }
const NO_GOALS: Goal[] = []
// While only the first goals of each column are loaded, nothing can be dragged.
const NO_SENSORS: never[] = []

/** `goals` with a just-dropped goal in its new status, so its card reads right before the write. */
function useMovedGoal(
  goals: ReadonlyMap<string, Goal>,
  moved: MovedGoal | null,
): ReadonlyMap<string, Goal> {
  return useMemo(() => {
    const goal = moved ? goals.get(moved.id) : undefined
    if (!moved || !goal || goal.status === moved.status) return goals
    return new Map(goals).set(goal.id, { ...goal, status: moved.status })
  }, [goals, moved])
}

/** The board of the plan `planId`. */
export function Board({ planId }: { planId: string }) {
  const board = useBoardGoals(planId)
  const goals = useStableGoals(board?.goals)
  // Goals per column while only each column's first goals are loaded; null once all are.
  const loadingCounts = board && !board.complete ? board.counts : null
  const teams = useTeams(planId)
  const groups = useGroups(planId)
  const teamId = useUiStore((state) => state.teamFilter)
  const search = useUiStore((state) => state.search)

  const all = goals ?? NO_GOALS
  const goalsById = useMemo(() => new Map(all.map((goal) => [goal.id, goal])), [all])
  const names = useMemo<CardNames>(
    () => ({
      teams: new Map((teams ?? []).map((team) => [team.id, team.name])),
      groups: new Map((groups ?? []).map((group) => [group.id, group.title])),
    }),
    [teams, groups],
  )
  const baseItems = useStableItems(
    useMemo(() => columnItems(groupGoals(all, { teamId, search })), [all, teamId, search]),
  )
  const columns = useMemo(
    () =>
      boardColumns(
        loadingCounts ? (Object.keys(loadingCounts) as StatusId[]) : all.map((goal) => goal.status),
      ),
    [all, loadingCounts],
  )
  const drag = useBoardDrag(baseItems, columns, goalsById)
  const shownGoals = useMovedGoal(goalsById, drag.moved)
  const activeGoal = drag.activeId ? goalsById.get(drag.activeId) : undefined

  const loaded = goals !== undefined
  const complete = board?.complete === true
  useLayoutEffect(() => {
    if (loaded) markStartup('board-rendered')
    if (complete) markStartup('board-complete')
  }, [loaded, complete])

  if (goals === undefined) return <p className="loading">Loading goals…</p>

  return (
    <div className="board-view">
      <BoardFilters
        planId={planId}
        shown={columns.reduce((n, s) => n + (loadingCounts?.[s] ?? drag.items[s].length), 0)}
        total={
          loadingCounts ? columns.reduce((n, s) => n + (loadingCounts[s] ?? 0), 0) : all.length
        }
      />
      <DndContext
        sensors={loadingCounts ? NO_SENSORS : drag.sensors}
        collisionDetection={boardCollision}
        measuring={MEASURING}
        accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
        onDragStart={drag.onDragStart}
        onDragOver={drag.onDragOver}
        onDragEnd={drag.onDragEnd}
        onDragCancel={drag.onDragCancel}
      >
        <div className="board" aria-busy={drag.saving || loadingCounts !== null}>
          {columns.map((status) => (
            <BoardColumn
              key={status}
              planId={planId}
              status={status}
              ids={drag.items[status]}
              total={loadingCounts?.[status]}
              goals={shownGoals}
              names={names}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={DROP_ANIMATION}>
          {activeGoal ? (
            <div className="card card-overlay">
              <GoalCardBody
                goal={activeGoal}
                teamName={names.teams.get(activeGoal.teamId) ?? ''}
                groupTitle={activeGoal.groupId ? (names.groups.get(activeGoal.groupId) ?? '') : ''}
              />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </div>
  )
}
