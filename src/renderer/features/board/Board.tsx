/**
 * The kanban board of one plan: filters and the status columns.
 *
 * The board starts static (StaticBoard: each column's first cards, its true
 * count, no dragging) and becomes draggable (DragBoard) once every goal is
 * loaded and drag and drop's chunk is here. The first frame is painted from
 * the startup read's first rows with React alone; dnd-kit and the column
 * windowing load after it.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import type { Goal, Plan } from '../../../shared/model'
import { boardColumns, type StatusId } from '../../../shared/statuses'
import { useBoardGoals, useGroups, useTeams } from '../../db/queries'
import { useFirstScreenSnapshot } from '../../snapshot/useFirstScreenSnapshot'
import { markStartup } from '../../startupMarks'
import { useUiStore } from '../../store/uiStore'
import type { BoardHandOff } from './boardHandOff'
import { BoardFilters } from './BoardFilters'
import { cardNames } from './cardNames'
import { columnItems, groupGoals } from './columns'
import { StaticBoard } from './StaticBoard'
import { useDragBoard } from './useDragBoard'
import { useStableGoals, useStableItems } from './useStableGoals'

const NO_GOALS: Goal[] = []

interface BoardProps {
  planId: string
  /** Every quarter, as the header lists them: part of what a snapshot of the first screen shows. */
  plans: readonly Plan[]
}

/** The board of the plan `planId`. */
export function Board({ planId, plans }: BoardProps) {
  const board = useBoardGoals(planId)
  const goals = useStableGoals(board?.goals)
  // Goals per column while only each column's first goals are loaded; null once all are.
  const loadingCounts = board && !board.complete ? board.counts : null
  const teams = useTeams(planId)
  const groups = useGroups(planId)
  const teamId = useUiStore((state) => state.teamFilter)
  const search = useUiStore((state) => state.search)
  const DragBoard = useDragBoard()

  const all = goals ?? NO_GOALS
  const goalsById = useMemo(() => new Map(all.map((goal) => [goal.id, goal])), [all])
  const names = useMemo(() => cardNames(teams, groups), [teams, groups])
  const items = useStableItems(
    useMemo(() => columnItems(groupGoals(all, { teamId, search })), [all, teamId, search]),
  )
  const columns = useMemo(
    () =>
      boardColumns(
        loadingCounts ? (Object.keys(loadingCounts) as StatusId[]) : all.map((goal) => goal.status),
      ),
    [all, loadingCounts],
  )
  const handOff = useRef<BoardHandOff | null>(null)
  const keepHandOff = useCallback((next: BoardHandOff) => {
    handOff.current = next
  }, [])

  const loaded = goals !== undefined
  const draggable = DragBoard !== null && board?.complete === true
  useFirstScreenSnapshot(
    planId,
    useMemo(
      () => (draggable && teams && groups ? { plans, teams, groups, goals: all } : null),
      [draggable, plans, teams, groups, all],
    ),
  )
  useLayoutEffect(() => {
    if (loaded) markStartup('board-rendered')
    if (draggable) markStartup('board-complete')
  }, [loaded, draggable])

  if (goals === undefined) return <p className="loading">Loading goals…</p>

  const count = (status: StatusId) => loadingCounts?.[status] ?? items[status].length
  const total = loadingCounts
    ? columns.reduce((n, s) => n + (loadingCounts[s] ?? 0), 0)
    : all.length
  // What both boards show.
  const view = { planId, columns, items, goals: goalsById, names }
  return (
    <div className="board-view">
      <BoardFilters
        planId={planId}
        shown={columns.reduce((n, status) => n + count(status), 0)}
        total={total}
      />
      {draggable ? (
        <DragBoard {...view} handOff={handOff} />
      ) : (
        <StaticBoard {...view} counts={loadingCounts} onHandOff={keepHandOff} />
      )}
    </div>
  )
}
