/**
 * A full disk while writing the store: one sentence, nothing written,
 * memory as before, and the next write lands once there is space again. The
 * error is injected where IndexedDB raises it, under Dexie (a DBCore
 * middleware), in the shapes browsers and Dexie give it.
 */
import 'fake-indexeddb/auto'
import { Dexie, type DBCore } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { updateGoal } from '../../../../src/renderer/commands/goalCommands'
import { saveDocuments } from '../../../../src/renderer/commands/planCommands'
import { runCommand, useCommandHistory } from '../../../../src/renderer/commands/runCommand'
import { closeStore } from '../../../../src/renderer/db/database'
import {
  ConflictError,
  DISK_FULL_MESSAGE,
  DiskFullError,
  isDiskFull,
} from '../../../../src/renderer/db/errors'
import { readPlans, readQuarter } from '../../../../src/renderer/db/reads'
import { currentMemory, useQuarterStore } from '../../../../src/renderer/store/quarterStore'
import { allWritten, openQuarter } from '../../../../src/renderer/store/quarterSync'
import { buildExampleQuarter } from '../../../../src/shared/example'
import { newId } from '../../../../src/shared/ids'
import type { PlanDocument } from '../../../../src/shared/model'
import {
  addGoals,
  expectMemoryAsStored,
  openDoc,
  otherWindow,
  planFixture,
  snapshot,
  withoutUpdatedAt,
  type Fixture,
} from './storeFixture'

afterEach(async () => {
  await allWritten()
  closeStore()
})

const quota = () => new DOMException('The disk is full.', 'QuotaExceededError')

/** How the injected error reaches Dexie. */
type Shape = 'dom' | 'dexie' | 'abort'

function shaped(shape: Shape): unknown {
  if (shape === 'dom') return quota()
  if (shape === 'dexie') return new Dexie.QuotaExceededError('Quota exceeded')
  return new Dexie.AbortError('Transaction aborted', quota())
}

/**
 * The disk of `db`: `full` makes every write (and, with `reads`, every read)
 * fail the way IndexedDB fails on a full disk.
 */
async function diskOf(db: Dexie) {
  const disk = { full: false, reads: false, shape: 'dom' as Shape }
  db.close({ disableAutoOpen: false })
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        const failRead = <T>(read: () => Promise<T>) =>
          disk.full && disk.reads ? Promise.reject(shaped(disk.shape)) : read()
        return {
          ...table,
          mutate: (req) => (disk.full ? Promise.reject(shaped(disk.shape)) : table.mutate(req)),
          get: (req) => failRead(() => table.get(req)),
          getMany: (req) => failRead(() => table.getMany(req)),
          query: (req) => failRead(() => table.query(req)),
        }
      },
    }),
  })
  await db.open()
  return disk
}

async function fixtureWithGoal(): Promise<{ fixture: Fixture; goalId: string }> {
  const fixture = await planFixture()
  const [goal] = await addGoals(fixture, 'todo', ['Ship the event platform'])
  return { fixture, goalId: goal!.id }
}

describe('isDiskFull', () => {
  it('knows a full disk however it is wrapped, and nothing else', () => {
    expect(isDiskFull(quota())).toBe(true)
    expect(isDiskFull(new Dexie.QuotaExceededError('Quota exceeded'))).toBe(true)
    expect(isDiskFull(new Dexie.AbortError('aborted', quota()))).toBe(true)
    expect(isDiskFull(new Error('write failed', { cause: quota() }))).toBe(true)
    expect(isDiskFull(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe(true)
    expect(isDiskFull(new DiskFullError())).toBe(true)
    // Chromium's words when LevelDB's write meets a real full disk (seen in real-disk-full.spec.ts).
    const noSpace = new DOMException(
      'Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
      'UnknownError',
    )
    expect(isDiskFull(noSpace)).toBe(true)
    expect(isDiskFull(new Dexie.AbortError('aborted', noSpace))).toBe(true)

    expect(
      isDiskFull(new DOMException('Internal error opening backing store', 'UnknownError')),
    ).toBe(false)
    expect(isDiskFull(new Dexie.AbortError('aborted', new Error('other')))).toBe(false)
    expect(isDiskFull(new Error('disk full'))).toBe(false)
    expect(isDiskFull(new DOMException('gone', 'NotFoundError'))).toBe(false)
    expect(isDiskFull(null)).toBe(false)
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' }
    loop.inner = loop
    expect(isDiskFull(loop)).toBe(false)
  })

  it('says it in one sentence: the disk is full, not saved, typing kept, free space', () => {
    expect(DISK_FULL_MESSAGE).toMatch(/^The disk is full[^.]*not saved[^.]*typed is kept[^.]*\.$/)
    expect(DISK_FULL_MESSAGE).toMatch(/free some space and try again\.$/)
  })
})

describe('an edit on a full disk', () => {
  it.each<Shape>(['dom', 'dexie', 'abort'])(
    'is refused with the disk-full sentence (%s), then lands once there is space',
    async (shape) => {
      const { fixture, goalId } = await fixtureWithGoal()
      const disk = await diskOf(fixture.db)
      const stored = await snapshot(fixture.db)
      const memory = currentMemory()

      disk.full = true
      disk.shape = shape
      const refused = await runCommand(
        updateGoal(openDoc(), goalId, { text: 'Typed on a full disk' }),
      )
      expect(refused.ok).toBe(false)
      if (refused.ok) return
      expect(refused.error).toBeInstanceOf(DiskFullError)
      expect(refused.error.message).toBe(DISK_FULL_MESSAGE)
      await allWritten()
      expect(await snapshot(fixture.db)).toEqual(stored)
      expect(withoutUpdatedAt(currentMemory())).toEqual(withoutUpdatedAt(memory))
      expect(useCommandHistory.getState().undo).toEqual([])
      expect(useQuarterStore.getState()).toMatchObject({ phase: 'ready', saving: false })

      // Space is back: the same edit, tried again, is saved without a reload.
      disk.full = false
      const saved = await runCommand(
        updateGoal(openDoc(), goalId, { text: 'Typed on a full disk' }),
      )
      expect(saved.ok).toBe(true)
      const doc = await readQuarter(fixture.plan.id)
      expect(doc?.goals.map((goal) => goal.text)).toEqual(['Typed on a full disk'])
      await expectMemoryAsStored()
    },
  )
})

/** A new quarter, as an import makes one (the example quarter, fresh ids). */
function importedQuarter(): PlanDocument {
  return buildExampleQuarter({ newId, now: Date.now() })
}

/** Stores a document's rows directly, as a write that landed would have. */
async function storeRows(db: Dexie, doc: PlanDocument): Promise<void> {
  await db.table('plans').put(doc.plan)
  for (const table of ['teams', 'groups', 'goals', 'history', 'updates'] as const) {
    await db.table(table).bulkPut(doc[table])
  }
}

describe('an import on a full disk', () => {
  it('says the disk is full, not that the ids are in use, and works once there is space', async () => {
    const { fixture } = await fixtureWithGoal()
    const disk = await diskOf(fixture.db)
    const doc = importedQuarter()

    disk.full = true
    const refused = await runCommand(saveDocuments('Import page', [doc]))
    expect(refused).toMatchObject({ ok: false, error: { message: DISK_FULL_MESSAGE } })
    expect((await readPlans()).map((plan) => plan.id)).toEqual([fixture.plan.id])
    expect(currentMemory().plans.map((plan) => plan.id)).toEqual([fixture.plan.id])

    disk.full = false
    expect(await runCommand(saveDocuments('Import page', [doc]))).toMatchObject({ ok: true })
    await openQuarter(doc.plan.id)
    expect(currentMemory().quarter?.goals).toHaveLength(doc.goals.length)
  })

  it('tried again after a write that was reported failed but landed, adds it without a conflict', async () => {
    await fixtureWithGoal()
    const doc = importedQuarter()
    const other = await otherWindow()
    // The rows are stored exactly as the import would write them.
    await storeRows(other, doc)
    other.close()

    expect(await runCommand(saveDocuments('Import page', [doc]))).toMatchObject({ ok: true })
    await allWritten()
    expect((await readPlans()).filter((plan) => plan.id === doc.plan.id)).toHaveLength(1)
  })

  it('still refuses ids that another stored quarter uses for something else', async () => {
    await fixtureWithGoal()
    const doc = importedQuarter()
    const other = await otherWindow()
    await other.teams.put({ ...doc.teams[0]!, name: 'Someone else’s team' })
    other.close()

    const refused = await runCommand(saveDocuments('Import page', [doc]))
    expect(refused).toMatchObject({ ok: false })
    expect(!refused.ok && refused.error).toBeInstanceOf(ConflictError)
  })
})

describe('opening a quarter when the disk fails to read', () => {
  it('puts back the quarter shown before instead of waiting on "Loading goals…"', async () => {
    const { fixture } = await fixtureWithGoal()
    const doc = importedQuarter()
    expect(await runCommand(saveDocuments('Import page', [doc]))).toMatchObject({ ok: true })
    await allWritten()
    const disk = await diskOf(fixture.db)
    const shown = useQuarterStore.getState().quarter

    disk.full = true
    disk.reads = true
    await expect(openQuarter(doc.plan.id)).rejects.toThrow()
    expect(useQuarterStore.getState().openPlanId).toBe(fixture.plan.id)
    expect(useQuarterStore.getState().quarter).toBe(shown)

    disk.full = false
    await openQuarter(doc.plan.id)
    expect(useQuarterStore.getState().quarter?.plan.id).toBe(doc.plan.id)
  })
})
