/**
 * Where the keyboard focus goes when a goal's card leaves its column (it is
 * deleted): the card that takes its place, else the one above it, else the
 * column's "Add goal" button.
 */
import type { Goal, PlanDocument } from '../../../shared/model'
import type { FocusRequest } from '../../store/uiStore'

/** The focus request for the card after `goal` in its column, then the one before it. */
export function neighbourFocus(quarter: PlanDocument, goal: Goal): FocusRequest {
  const column = quarter.goals.filter((candidate) => candidate.status === goal.status)
  const index = column.findIndex((candidate) => candidate.id === goal.id)
  const ids = [column[index + 1]?.id, column[index - 1]?.id].filter((id) => id !== undefined)
  return { goalIds: ids, status: goal.status }
}
