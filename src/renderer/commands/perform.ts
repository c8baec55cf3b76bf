/**
 * Running a command from the UI: build it from the open quarter, run it, and
 * say so when it cannot be done. Buttons, the editor, quick add and drag and
 * drop all come through here.
 */
import type { PlanDocument } from '../../shared/model'
import { showQuarter } from '../features/start/showQuarter'
import { currentMemory } from '../store/quarterStore'
import { errorMessage, useUiStore } from '../store/uiStore'
import type { Command } from './command'
import {
  redo,
  runCommand,
  undo,
  useCommandHistory,
  type CommandResult,
  type StepResult,
} from './runCommand'

/**
 * Builds a command from the open quarter and runs it. A build that throws (a
 * ValidationError) changes nothing and comes back as the result's error.
 */
export async function perform(
  build: (quarter: PlanDocument) => Command | null,
): Promise<CommandResult | null> {
  const { quarter } = currentMemory()
  if (!quarter) return { ok: false, error: new Error('No quarter is open.') }
  let command: Command | null
  try {
    command = build(quarter)
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) }
  }
  return command ? runCommand(command) : null
}

/** Like perform, with a failure shown as a toast; true when it landed (or had nothing to do). */
export async function performWithToast(
  build: (quarter: PlanDocument) => Command | null,
): Promise<boolean> {
  const result = await perform(build)
  if (result && !result.ok) {
    useUiStore.getState().showToast({ message: errorMessage(result.error), tone: 'error' })
    return false
  }
  return true
}

function sayStep(result: StepResult, done: string, empty: string, notDone: string): void {
  const { showToast } = useUiStore.getState()
  if (result.ok) showToast({ message: `${result.label}: ${done}.`, tone: 'info' })
  else if (result.reason === 'empty') showToast({ message: empty, tone: 'info' })
  else showToast({ message: `${result.label}: ${notDone}. ${result.error.message}`, tone: 'error' })
}

/** Shows the quarter a command that adds or removes quarters names for this step. */
function showAfterStep(result: StepResult, command: Command | undefined, step: 'done' | 'undone') {
  if (!result.ok || !command?.shows) return
  const planId = command.shows[step]
  // Null: the newest quarter left, if any.
  const target = planId ?? currentMemory().plans[0]?.id ?? null
  // Redone, the command created that quarter whole again: it is shown from its changes.
  const created = step === 'done' ? command.changes : []
  if (target !== null && target !== currentMemory().quarter?.plan.id)
    void showQuarter(target, created)
}

/** Undoes the newest command (or the one with `id`) and says what happened. */
export async function undoWithToast(id?: number): Promise<void> {
  const entries = useCommandHistory.getState().undo
  const entry = id === undefined ? entries.at(-1) : entries.find((e) => e.id === id)
  const result = await undo(id)
  sayStep(result, 'undone', 'Nothing to undo.', 'not undone')
  showAfterStep(result, entry?.command, 'undone')
}

/** Redoes the command undone last and says what happened. */
export async function redoWithToast(): Promise<void> {
  const entry = useCommandHistory.getState().redo.at(-1)
  const result = await redo()
  sayStep(result, 'done again', 'Nothing to redo.', 'not done again')
  showAfterStep(result, entry?.command, 'done')
}
