/**
 * "Start from Q2" on an empty board: reads the previous quarter from the store
 * (it is not the open one, so it is not in memory), fills the open quarter
 * from it in one undoable command, and says what happened.
 */
import type { Plan } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { compareRanks } from '../../../shared/ranks'
import { countOf } from '../../../shared/words'
import { perform } from '../../commands/perform'
import { startFromPreviousQuarter } from '../../commands/planCommands'
import { readPlanDocument } from '../../db/reads'
import { currentMemory } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'

/** Fills the open (empty) quarter from `previous`; true when it landed. */
export async function startFromPreviousAction(previous: Plan): Promise<boolean> {
  const ui = useUiStore.getState()
  const name = planDisplayName(previous)
  try {
    const previousDoc = await readPlanDocument(previous.id)
    const result = await perform((quarter) => startFromPreviousQuarter(quarter, previousDoc))
    if (!result) return false
    if (!result.ok) throw result.error
    const goals = currentMemory().quarter?.goals ?? []
    // The empty-board panel that held the focus is gone: the first card To do takes it.
    const todo = goals
      .filter((goal) => goal.status === 'todo')
      .sort((a, b) => compareRanks(a.rank, b.rank))
    ui.requestFocus({ goalIds: todo.map((goal) => goal.id), status: 'todo' })
    ui.showToast({
      message: `Started from ${name}: ${teamsAndGoals(goals.length, currentMemory().quarter?.teams.length ?? 0)}.`,
      tone: 'info',
      undoId: result.id,
    })
    return true
  } catch (error) {
    ui.showToast({
      message: `Could not start from ${name}; nothing was changed. ${errorMessage(error)}`,
      tone: 'error',
    })
    return false
  }
}

function teamsAndGoals(goals: number, teams: number): string {
  return `${countOf(teams, 'team')} and ${countOf(goals, 'unfinished goal')} carried over`
}
