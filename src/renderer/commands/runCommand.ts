/**
 * The one place every user change goes through. A command is applied to the
 * open quarter in memory at once (the screen shows it in the same frame),
 * then written to Dexie in one transaction; a failed write takes it back out
 * of memory and says why. Landed commands are recorded for undo and redo,
 * which run their changes again, inverted or not, with the same checks: a
 * row changed in another window since is never overwritten.
 */
import { create } from 'zustand'
import { now } from '../db/clock'
import { writeChanges, type WriteProgress } from '../db/writeChanges'
import { asWriteError, ConflictError } from '../db/errors'
import { currentMemory, setMemory } from '../store/quarterStore'
import { useUiStore } from '../store/uiStore'
import { queueWrite } from '../store/quarterSync'
import { prepareGoalLookups } from '../store/goalLookups'
import { applyToMemory, applyToMemoryInTurns, MANY_CHANGES, type Memory } from './applyToQuarter'
import { nextTurn, ROWS_PER_TURN } from './turns'
import { invertChanges, stillAsBefore, type RowChange } from './changes'
import { tooManyGoals } from '../../shared/quarterSize'
import type { Command } from './command'

/** A command that landed, as the undo and redo stacks keep it. */
export interface RecordedCommand {
  id: number
  command: Command
}

interface CommandHistory {
  undo: RecordedCommand[]
  redo: RecordedCommand[]
}

/** How many commands Undo can go back. */
const UNDO_DEPTH = 100

/** The undo and redo stacks, for the buttons and menus that show them. */
export const useCommandHistory = create<CommandHistory>()(() => ({ undo: [], redo: [] }))

/** How a command ended. */
export type CommandResult = { ok: true; id: number } | { ok: false; error: Error }

let nextId = 1

/**
 * The row of memory a change is about. For many changes (a merge changes every
 * row of the open quarter) each table is indexed by id when first asked: a
 * search of the table per change cost rows × changes.
 */
function memoryRows(
  many: boolean,
  { plans, quarter }: Memory = currentMemory(),
): (change: RowChange) => object | undefined {
  const tables = new Map<string, Map<string, object>>()
  const rowIn = (table: string, rows: readonly { id: string }[], id: string) => {
    if (!many) return rows.find((row) => row.id === id)
    let byId = tables.get(table)
    if (!byId) {
      byId = new Map(rows.map((row) => [row.id, row]))
      tables.set(table, byId)
    }
    return byId.get(id)
  }
  return (change) => {
    if (change.table === 'plans') return rowIn('plans', plans, change.id)
    // Wiki and backup bases live in the store only.
    if (change.table === 'wikiBases' || change.table === 'backupBases') return NOT_IN_MEMORY
    const planId = (change.after ?? change.before)?.planId
    if (!quarter || planId !== quarter.plan.id) return NOT_IN_MEMORY
    return rowIn(change.table, quarter[change.table], change.id)
  }
}

// Rows of quarters that are not open: only the store can check them.
const NOT_IN_MEMORY = Symbol('not in memory') as unknown as object

/** The first change whose row in memory is no longer as it expects. */
function conflictInMemory(changes: readonly RowChange[]): RowChange | undefined {
  const memoryRow = memoryRows(changes.length > MANY_CHANGES)
  return changes.find((change) => {
    const row = memoryRow(change)
    return row !== NOT_IN_MEMORY && !stillAsBefore(change, row)
  })
}

/** Whether memory is still `checked`: the same objects, so nothing changed in it since. */
function stillMemory(checked: Memory): boolean {
  const now = currentMemory()
  return now.plans === checked.plans && now.quarter === checked.quarter
}

/**
 * A big command made ready in turns: the memory it was checked against, its
 * changes stamped, and that memory with them applied, the lookups of its
 * goals made too. Applying it then only sets memory.
 */
interface Prepared {
  checked: Memory
  final: RowChange[]
  applied: Memory
}

/**
 * A big command checked against memory, then applied to it, ROWS_PER_TURN
 * changes at a time, the window free in between: the merge of a backup of
 * 28,000 goals changes as many rows, and its check and application together
 * took over 100 ms of the window's thread, then its application alone 40-95
 * ms. Gives the first change memory refuses, or null when memory changed
 * while it was applied (apply then checks and applies at once).
 */
async function preparedInTurns(
  changes: readonly RowChange[],
): Promise<Prepared | ConflictError | null> {
  const memory = currentMemory()
  const memoryRow = memoryRows(true, memory)
  for (let start = 0; start < changes.length; start += ROWS_PER_TURN) {
    if (start > 0) await nextTurn()
    for (const change of changes.slice(start, start + ROWS_PER_TURN)) {
      const row = memoryRow(change)
      if (row !== NOT_IN_MEMORY && !stillAsBefore(change, row)) return new ConflictError(change)
    }
  }
  const unchanged = () => stillMemory(memory)
  const final = stamped(changes)
  const applied = await applyToMemoryInTurns(memory, final, unchanged)
  if (applied === null) return null
  const goals = applied.quarter?.goals
  if (goals && goals !== memory.quarter?.goals) {
    if (!(await prepareGoalLookups(goals, ROWS_PER_TURN, unchanged))) return null
  }
  return { checked: memory, final, applied }
}

/**
 * Runs `then` with `changes` made ready: a small command at once (it is
 * checked as it is applied, in the same moment), a big one after it is
 * checked and applied in turns.
 */
function whenPrepared<T>(
  changes: readonly RowChange[],
  then: (prepared: Prepared | ConflictError | null) => Promise<T>,
): Promise<T> {
  return changes.length > ROWS_PER_TURN ? preparedInTurns(changes).then(then) : then(null)
}

/** Stamps updated rows with the time of this write. */
function stamped(changes: readonly RowChange[]): RowChange[] {
  const at = now()
  return changes.map((change) =>
    change.before && change.after && 'updatedAt' in change.after
      ? ({ ...change, after: { ...change.after, updatedAt: at } } as RowChange)
      : change,
  )
}

/**
 * The refusal of a change that grows the open quarter past the goals a
 * quarter holds (MAX_GOALS_PER_QUARTER): every file read in is held to it, so
 * the app's own commands keep to it too, and whatever it saves opens again.
 * One that does not grow it (an edit, a deletion) is never refused for size.
 */
function grownTooBig(before: Memory, after: Memory): Error | null {
  const goals = after.quarter?.goals.length ?? 0
  if (goals <= (before.quarter?.goals.length ?? 0)) return null
  const problem = tooManyGoals(goals)
  return problem ? new Error(`${problem[0]!.toUpperCase()}${problem.slice(1)}.`) : null
}

/** A change applied to memory: refused at once, or on its way to the store. */
type Applied = { refused: Error } | { written: Promise<Error | null> }

/**
 * Applies `changes` to memory now and starts writing them. Refuses, changing
 * nothing, when memory already shows a row changed since the changes were
 * made, or when they grow the open quarter past the goals a quarter holds.
 * Synchronous up to the write, so the undo and redo stacks can move in the
 * same moment memory does: a key pressed again before the store has the
 * change (a burst of Ctrl+Z, Ctrl+Shift+Z) then takes the next entry, not the
 * same one twice or none.
 */
function apply(
  changes: readonly RowChange[],
  prepared: Prepared | null = null,
  onWriteProgress?: WriteProgress,
): Applied {
  const ready = prepared && stillMemory(prepared.checked) ? prepared : null
  const conflict = ready ? undefined : conflictInMemory(changes)
  if (conflict) return { refused: new ConflictError(conflict) }
  const final = ready?.final ?? stamped(changes)
  const before = currentMemory()
  const after = ready?.applied ?? applyToMemory(before, final)
  const tooBig = grownTooBig(before, after)
  if (tooBig) return { refused: tooBig }
  setMemory(after)
  const written = queueWrite(() => writeChanges(final, onWriteProgress)).then(
    () => null,
    (error: unknown) => {
      // Take this command back out of memory; the refresh that follows a
      // failed write then shows exactly what the store holds. A full disk
      // leaves the store open: the next command, once there is space, lands.
      setMemory(applyToMemory(currentMemory(), invertChanges(final)))
      return asWriteError(error)
    },
  )
  return { written }
}

/** `entry` off `stack` (a write that failed), wherever it is by now. */
function withdraw(stack: 'undo' | 'redo', entry: RecordedCommand): void {
  useCommandHistory.setState((history) => ({
    [stack]: history[stack].filter((e) => e !== entry),
  }))
}

/**
 * Runs a command: memory now, the store next. Resolves once it is written
 * (or refused); the screen does not wait for that. It is on the undo stack
 * from the moment memory shows it, and comes off again if the write fails.
 * `onWriteProgress` hears how far the write has come (a big one's bar).
 */
export function runCommand(
  command: Command,
  { onWriteProgress }: { onWriteProgress?: WriteProgress } = {},
): Promise<CommandResult> {
  return whenPrepared(command.changes, (prepared) =>
    runPrepared(command, prepared, onWriteProgress),
  )
}

async function runPrepared(
  command: Command,
  prepared: Prepared | ConflictError | null,
  onWriteProgress?: WriteProgress,
): Promise<CommandResult> {
  if (prepared instanceof ConflictError) return { ok: false, error: prepared }
  const applied = apply(command.changes, prepared, onWriteProgress)
  if ('refused' in applied) return { ok: false, error: applied.refused }
  const entry = { id: nextId++, command }
  const { redo: forgotten } = useCommandHistory.getState()
  useCommandHistory.setState((history) => ({
    undo: [...history.undo.slice(1 - UNDO_DEPTH), entry],
    redo: [],
  }))
  const error = await applied.written
  if (!error) {
    // Said here, once, whichever view ran it; undo and redo do not say it again.
    if (command.notice) useUiStore.getState().showToast({ message: command.notice, tone: 'info' })
    return { ok: true, id: entry.id }
  }
  withdraw('undo', entry)
  // Nothing landed, so nothing undone is forgotten (unless something else ran meanwhile).
  if (useCommandHistory.getState().redo.length === 0)
    useCommandHistory.setState({ redo: forgotten })
  return { ok: false, error }
}

/** What undo or redo did: the command's label, or why it did nothing. */
export type StepResult =
  | { ok: true; label: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'failed'; label: string; error: Error }

function take(stack: 'undo' | 'redo', id?: number): RecordedCommand | undefined {
  const entries = useCommandHistory.getState()[stack]
  const entry = id === undefined ? entries.at(-1) : entries.find((e) => e.id === id)
  if (!entry) return undefined
  // Off the stack before anything runs, so a double click cannot run it twice.
  useCommandHistory.setState({ [stack]: entries.filter((e) => e !== entry) })
  return entry
}

/**
 * Runs `entry`'s changes (inverted for undo) and moves it from one stack to
 * the other as memory changes; a refused or failed write leaves it on neither.
 */
function step(
  entry: RecordedCommand,
  changes: readonly RowChange[],
  to: 'undo' | 'redo',
): Promise<StepResult> {
  return whenPrepared(changes, (prepared) => stepPrepared(entry, changes, to, prepared))
}

async function stepPrepared(
  entry: RecordedCommand,
  changes: readonly RowChange[],
  to: 'undo' | 'redo',
  prepared: Prepared | ConflictError | null,
): Promise<StepResult> {
  const label = entry.command.label
  // Refusals say what could not be done: moving to the redo stack is an undo.
  const said = (error: Error) =>
    error instanceof ConflictError ? error.during(to === 'redo' ? 'undo' : 'redo') : error
  if (prepared instanceof ConflictError)
    return { ok: false, reason: 'failed', label, error: said(prepared) }
  const applied = apply(changes, prepared)
  if ('refused' in applied)
    return { ok: false, reason: 'failed', label, error: said(applied.refused) }
  useCommandHistory.setState((history) => ({ [to]: [...history[to], entry] }))
  const error = await applied.written
  if (!error) return { ok: true, label }
  withdraw(to, entry)
  return { ok: false, reason: 'failed', label, error: said(error) }
}

/**
 * Takes back the newest command (or the one with `id`). A row changed in
 * another window since is left alone: nothing is undone and the command is
 * dropped from the stack.
 */
export async function undo(id?: number): Promise<StepResult> {
  const entry = take('undo', id)
  if (!entry) return { ok: false, reason: 'empty' }
  return step(entry, invertChanges(entry.command.changes), 'redo')
}

/** Does again the command undone last, with the same checks as undo. */
export async function redo(): Promise<StepResult> {
  const entry = take('redo')
  if (!entry) return { ok: false, reason: 'empty' }
  return step(entry, entry.command.changes, 'undo')
}

/** Forgets every recorded command (tests, and a store that failed). */
export function clearCommandHistory(): void {
  useCommandHistory.setState({ undo: [], redo: [] })
}
