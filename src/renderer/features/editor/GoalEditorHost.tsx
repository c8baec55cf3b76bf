/**
 * Shows the goal editor for the goal being edited. The editor keeps the goal
 * as it last saw it, so a goal deleted in another window while it is open
 * stays on screen with what was typed, to be restored or copied.
 */
import { useState } from 'react'
import type { Goal } from '../../../shared/model'
import { useGoals } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { GoalEditor } from './GoalEditor'

/** Renders the editor for the goal being edited, if any. */
export function GoalEditorHost() {
  const goalId = useUiStore((state) => state.editingGoalId)
  const goals = useGoals()
  const current = goalId ? goals.find((goal) => goal.id === goalId) : undefined
  // The goal as last seen while the editor is open: what it shows if the goal goes.
  const [lastSeen, setLastSeen] = useState<Goal | undefined>(undefined)
  if (current && current !== lastSeen) setLastSeen(current)
  if (!goalId) {
    if (lastSeen) setLastSeen(undefined)
    return null
  }
  const goal = current ?? (lastSeen?.id === goalId ? lastSeen : undefined)
  const close = () => useUiStore.getState().openEditor(null)
  if (!goal) return null
  return <GoalEditor key={goal.id} goal={goal} gone={current === undefined} onClose={close} />
}
