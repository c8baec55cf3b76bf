/**
 * A long quarter's refresh, taken in over turns of the window's thread. The
 * turn is made small (a few rows) so that a quarter of a dozen goals is
 * "long", and each question the comparison asks between turns is seen here,
 * so a write of this window can land in the middle of it.
 */
import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { closeStore, type QuarterdeckDatabase } from '../../../../src/renderer/db/database'
import { moveGoal } from '../../../../src/renderer/commands/goalCommands'
import { runCommand, type CommandResult } from '../../../../src/renderer/commands/runCommand'
import { lookupsMade } from '../../../../src/renderer/store/goalLookups'
import { useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import { allWritten, startQuarterStore } from '../../../../src/renderer/store/quarterSync'
import type { Goal } from '../../../../src/shared/model'
import {
  addGoals,
  expectMemoryAsStored,
  openDoc,
  otherWindow,
  seedQuarter,
} from '../db/storeFixture'

const turns = vi.hoisted(() => ({
  /** Questions asked between turns of a reconcile. */
  asked: 0,
  /** Called at each of them, before the answer. */
  onTurn: null as (() => void) | null,
}))

vi.mock('../../../../src/renderer/commands/applyToQuarter', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../../../src/renderer/commands/applyToQuarter')>()
  return {
    ...actual,
    reconcileInTurns: (
      ...[memory, fresh, stillWanted, perTurn]: Parameters<typeof actual.reconcileInTurns>
    ) =>
      actual.reconcileInTurns(
        memory,
        fresh,
        () => {
          turns.asked++
          turns.onTurn?.()
          return stillWanted()
        },
        perTurn,
      ),
  }
})

vi.mock('../../../../src/renderer/commands/turns', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../src/renderer/commands/turns')>()),
  ROWS_PER_TURN: 8,
}))

let other: QuarterdeckDatabase

beforeAll(async () => {
  await startQuarterStore()
  other = await otherWindow()
})

afterEach(async () => {
  turns.onTurn = null
  await allWritten()
  await vi.waitFor(() => expectMemoryAsStored())
})

afterAll(() => {
  other.close()
  closeStore()
})

const goalIn = (id: string): Goal | undefined => openDoc().goals.find((goal) => goal.id === id)

/** A quarter open in memory with twelve goals in To do: longer than a turn. */
async function longBoard(): Promise<Goal[]> {
  const fixture = await seedQuarter()
  return addGoals(fixture, 'todo', 'ABCDEFGHIJKL'.split(''))
}

describe('a long quarter changed in another window', () => {
  it('is compared in turns, keeps the object of every goal not changed there, and shows its goals with their lookups made', async () => {
    const goals = await longBoard()
    const [a, b, c] = goals
    // Whether each list of goals the store shows has its lookups made as it is shown.
    const madeWhenShown: boolean[] = []
    const unsubscribe = useQuarterStore.subscribe((state, before) => {
      if (state.quarter && state.quarter.goals !== before.quarter?.goals)
        madeWhenShown.push(lookupsMade(state.quarter.goals))
    })
    turns.asked = 0

    await other.goals.update(c!.id, { text: 'C, edited there' })
    await vi.waitFor(() => expect(goalIn(c!.id)?.text).toBe('C, edited there'))
    unsubscribe()

    expect(turns.asked).toBeGreaterThan(1)
    expect(madeWhenShown).toEqual([true])
    expect(goalIn(a!.id)).toBe(a)
    expect(goalIn(b!.id)).toBe(b)
    expect(openDoc().goals.slice(3)).toEqual(goals.slice(3))
    openDoc()
      .goals.slice(3)
      .forEach((goal, k) => expect(goal).toBe(goals[3 + k]))
  })

  it('is thrown away when this window writes during the turns: memory never steps back, and both changes show', async () => {
    const [a, b] = await longBoard()
    // A's status in every state the store shows from now on.
    const statuses: string[] = []
    const unsubscribe = useQuarterStore.subscribe((state) => {
      const shown = state.quarter?.goals.find((goal) => goal.id === a!.id)
      if (shown) statuses.push(shown.status)
    })
    let moved: Promise<CommandResult> | null = null
    let movedInTurns = false
    turns.onTurn = () => {
      turns.onTurn = null
      // The move shows at once; its write follows. The read being compared is from before it.
      moved = runCommand(moveGoal(openDoc(), a!.id, 'done', null)!)
      movedInTurns = goalIn(a!.id)?.status === 'done'
    }

    await other.goals.update(b!.id, { note: 'noted there' })
    await vi.waitFor(() => expect(goalIn(b!.id)?.note).toBe('noted there'))
    unsubscribe()

    expect(movedInTurns).toBe(true)
    expect((await moved!).ok).toBe(true)
    expect(goalIn(a!.id)?.status).toBe('done')
    // From the move on, A is never shown in To do again, as the read from before it had it.
    expect(statuses.slice(statuses.indexOf('done'))).not.toContain('todo')
    await expectMemoryAsStored()
  })
})
