/**
 * Dropping a card in another swimlane. Lanes keep a drag to its own team:
 * a card released in another lane goes back, and the board says how to move
 * it there (hold Shift while dropping). With Shift held, the goal moves to
 * that lane's team, into the column it was dropped on.
 */
import type { PlanDocument } from '../../../shared/model'
import { isStatusId, type StatusId } from '../../../shared/statuses'
import type { Command } from '../../commands/command'
import { updateGoal } from '../../commands/goalCommands'
import { performWithToast } from '../../commands/perform'
import { useUiStore } from '../../store/uiStore'

/** Where a point falls among the lanes: a team, and the column if over one. */
export interface LaneSpot {
  teamId: string
  name: string
  status: StatusId | null
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom
}

/** The lane (and column) at a point of the window, found by geometry, not by the card under it. */
export function laneAt(scope: ParentNode, x: number, y: number): LaneSpot | null {
  for (const lane of scope.querySelectorAll<HTMLElement>('[data-lane-team]')) {
    if (!inside(lane.getBoundingClientRect(), x, y)) continue
    let status: StatusId | null = null
    for (const column of lane.querySelectorAll<HTMLElement>('[data-status]')) {
      const value = column.dataset.status
      if (isStatusId(value) && inside(column.getBoundingClientRect(), x, y)) status = value
    }
    return { teamId: lane.dataset.laneTeam ?? '', name: lane.dataset.laneName ?? '', status }
  }
  return null
}

/** Moves a goal to another team (and status), as one undoable step. */
export function moveGoalToTeam(
  quarter: PlanDocument,
  goalId: string,
  teamId: string,
  status: StatusId,
): Command {
  const command = updateGoal(quarter, goalId, { teamId, status })
  const team = quarter.teams.find((candidate) => candidate.id === teamId)
  return { ...command, label: `Move goal to ${team?.name ?? 'another team'}` }
}

/**
 * Handles a card released outside its lane's columns: in another lane it
 * moves there when `confirmed` (Shift held), else the board says how.
 */
export function dropInOtherLane(
  scope: ParentNode,
  point: { x: number; y: number },
  goal: { id: string; text: string; teamId: string; status: StatusId },
  confirmed: boolean,
): void {
  const spot = laneAt(scope, point.x, point.y)
  if (!spot || spot.teamId === goal.teamId || spot.teamId === '') return
  if (!confirmed) {
    useUiStore.getState().showToast({
      message: `“${goal.text}” stays in its team. To move it to ${spot.name}, hold Shift while you drop it there.`,
      tone: 'info',
      topic: 'lane-drop',
    })
    return
  }
  const status = spot.status ?? goal.status
  void performWithToast((quarter) => moveGoalToTeam(quarter, goal.id, spot.teamId, status))
}
