/**
 * Backup bases in the renderer, over a real Dexie store (fake-indexeddb):
 * Save backup… and Open backup… record the backup as a base of each quarter
 * (automatic backups do not), a saved file carries the newest base, and
 * Merge backup… between two machines' copies of one backup merges three
 * ways against it. Each machine is a store of its own.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OpenTextResult, SaveTextRequest } from '../../../../../src/shared/api'
import { takeBackup } from '../../../../../src/renderer/db/autoBackup'
import { closeStore, openStore } from '../../../../../src/renderer/db/database'
import {
  readBackupBaseRows,
  readPlanDocument,
  readPlans,
} from '../../../../../src/renderer/db/reads'
import { saveDocuments } from '../../../../../src/renderer/commands/planCommands'
import {
  runCommand,
  undo,
  useCommandHistory,
} from '../../../../../src/renderer/commands/runCommand'
import {
  openBackup,
  resolveBackup,
  saveBackup,
} from '../../../../../src/renderer/features/exchange/backupActions'
import { useBackupStore } from '../../../../../src/renderer/features/exchange/backupStore'
import {
  mergeBackup,
  resolveMerge,
} from '../../../../../src/renderer/features/exchange/mergeBackup'
import { deleteQuarterCommand } from '../../../../../src/renderer/features/quarters/deleteQuarter'
import { restoreAutoBackup } from '../../../../../src/renderer/features/start/RestoreAutoBackup'
import { useQuarterStore } from '../../../../../src/renderer/store/quarterStore'
import { allWritten, openQuarter } from '../../../../../src/renderer/store/quarterSync'
import { useUiStore } from '../../../../../src/renderer/store/uiStore'
import { parseBackup, serializeBackup } from '../../../../../src/shared/backup'
import {
  BACKUP_BASES_KEPT,
  readBackupBase,
  backupBaseRow,
} from '../../../../../src/shared/backup/backupBaseRows'
import type { PlanDocument } from '../../../../../src/shared/model'
import { copy, example, goal, setStatus } from '../../../shared/merge/helpers'
import { freshStore, openStoreName, resetMemory } from '../../db/storeFixture'

const files = vi.hoisted(() => ({
  saved: [] as SaveTextRequest[],
  next: { opened: false } as OpenTextResult,
  automatic: [] as string[],
}))
vi.mock('../../../../../src/renderer/platform', () => ({
  saveTextFile: async (request: SaveTextRequest) => {
    files.saved.push(request)
    return { saved: true, path: `/backups/${request.defaultName}` }
  },
  openTextFile: async () => files.next,
  chooseFile: async () => (await import('./chosenBackupFile')).chosenBackupFile(files.next),
  isDesktop: () => false,
  sendAutoBackup: async (content: string) => {
    files.automatic.push(content)
    return null
  },
}))

const KAFKA = 'Resolve Kafka Connect'
const STREAM = 'Initial (Stream) Config'
const REVIEWED = 'Initial (Stream) Config, reviewed'

let quarter: PlanDocument

function chooseFile(name: string, content: string) {
  files.next = { opened: true, name, content }
}

function lastMessage(): string | undefined {
  return useUiStore.getState().toasts.at(-1)?.message
}

/** Saves a backup as the user does and returns the file's text. */
async function saveAFile(): Promise<string> {
  await saveBackup()
  await allWritten()
  return files.saved.at(-1)?.content ?? ''
}

/** The backup ids quarter `planId` remembers, newest first. */
async function remembered(planId = quarter.plan.id): Promise<string[]> {
  return (await readBackupBaseRows(planId)).map((row) => row.base.backupId)
}

function backupIdOf(text: string): string {
  const read = parseBackup(text)
  if (!read.ok || !read.backup) throw new Error('expected a saved backup with an id')
  return read.backup.backupId
}

/** Shows quarter `planId` of the open store, as the window does once it is ready. */
async function show(planId: string) {
  await openQuarter(planId)
  useQuarterStore.setState({ phase: 'ready', plans: await readPlans() })
}

/** Changes the stored quarter as a user's edit does: one command. */
async function edit(change: (doc: PlanDocument) => void) {
  const before = await readPlanDocument(quarter.plan.id)
  const after = copy(before)
  change(after)
  const result = await runCommand(saveDocuments('Edit', [after], [before]))
  if (!result.ok) throw result.error
  await allWritten()
}

/** Another machine: a store of its own, empty. */
async function otherMachine(): Promise<void> {
  await freshStore()
}

/** Back to the machine whose store is `name`. */
async function machine(name: string): Promise<void> {
  await allWritten()
  closeStore()
  resetMemory()
  await openStore(name)
}

beforeEach(async () => {
  await freshStore()
  files.saved = []
  files.automatic = []
  useBackupStore.setState({ busy: false, pending: null, merging: null })
  useUiStore.setState({ toasts: [] })
  quarter = example()
  const stored = await runCommand(saveDocuments('Load', [copy(quarter)]))
  if (!stored.ok) throw stored.error
  await show(quarter.plan.id)
})
afterEach(() => closeStore())

describe('a backup sent to a colleague and back', () => {
  it('merges three ways against it: both one-sided changes taken with no question, and one Undo takes it back', async () => {
    // A saves B0 and mails it to C.
    const managerA = openStoreName()
    const b0 = await saveAFile()
    expect(await remembered()).toEqual([backupIdOf(b0)])

    // A: Kafka is done.
    await edit((doc) => setStatus(doc, goal(doc, KAFKA), 'done', Date.now()))

    // C opens B0 on their machine, rewords Stream, and saves B1, which carries B0.
    await otherMachine()
    chooseFile('b0.json', b0)
    await openBackup()
    await allWritten()
    expect(await remembered()).toEqual([backupIdOf(b0)])
    await show(quarter.plan.id)
    await edit((doc) => {
      goal(doc, STREAM).text = REVIEWED
    })
    const b1 = await saveAFile()
    const carried = parseBackup(b1)
    if (!carried.ok) throw new Error(carried.error)
    // By name only: A compares against its own copy of B0.
    expect(carried.backupBases?.get(quarter.plan.id)).toEqual({
      backupId: backupIdOf(b0),
      savedAt: JSON.parse(b0).exportedAt,
      earlier: [],
    })

    // A merges B1.
    await machine(managerA)
    await show(quarter.plan.id)
    chooseFile('b1.json', b1)
    await mergeBackup()
    await allWritten()
    expect(useBackupStore.getState().merging).toBeNull()
    expect(lastMessage()).toMatch(
      /^Merged b1\.json: 1 change from the backup applied, 1 change of yours kept\. Both copies were last in step with the backup saved on .+, so only the changes made since then are compared\.$/,
    )
    const merged = await readPlanDocument(quarter.plan.id)
    expect(goal(merged, KAFKA).status).toBe('done')
    expect(goal(merged, STREAM).text).toBe(REVIEWED)
    // A now descends from B1 too: the next backup from C is compared from there.
    expect(await remembered()).toEqual([backupIdOf(b1), backupIdOf(b0)])

    expect(await undo()).toEqual({ ok: true, label: 'Merge b1.json' })
    await allWritten()
    expect(goal(await readPlanDocument(quarter.plan.id), STREAM).text).toBe(
      goal(quarter, STREAM).text,
    )
    expect(await remembered()).toEqual([backupIdOf(b0)])
  })

  it('a field changed differently on both sides is still asked, and only that', async () => {
    const managerA = openStoreName()
    const b0 = await saveAFile()
    await edit((doc) => setStatus(doc, goal(doc, KAFKA), 'done', Date.now()))
    await otherMachine()
    chooseFile('b0.json', b0)
    await openBackup()
    await show(quarter.plan.id)
    await edit((doc) => {
      setStatus(doc, goal(doc, KAFKA), 'blocked', Date.now())
      goal(doc, STREAM).text = REVIEWED
    })
    const b1 = await saveAFile()
    await machine(managerA)
    await show(quarter.plan.id)
    chooseFile('b1.json', b1)
    await mergeBackup()
    const pending = useBackupStore.getState().merging
    expect(pending?.result.conflicts.map((c) => [c.field, c.base?.text])).toEqual([
      ['status', 'Postponed'],
    ])
    expect(pending?.basis).toMatch(/^Both copies were last in step with the backup saved on /)
    await resolveMerge(null)
    await allWritten()
    // Cancelled: nothing changed, and the backup is not remembered.
    expect(goal(await readPlanDocument(quarter.plan.id), STREAM).text).toBe(
      goal(quarter, STREAM).text,
    )
    expect(await remembered()).toEqual([backupIdOf(b0)])
  })
})

describe('what is remembered', () => {
  it('automatic backups record nothing, carry the newest base, and a restore brings it back', async () => {
    const b0 = await saveAFile()
    await takeBackup()
    expect(await remembered()).toEqual([backupIdOf(b0)])
    const automatic = parseBackup(files.automatic[0] ?? '')
    if (!automatic.ok) throw new Error(automatic.error)
    expect(automatic.backup).toBeUndefined()
    const base = automatic.backupBases?.get(quarter.plan.id)
    expect(base?.backupId).toBe(backupIdOf(b0))
    // With its quarter, so that a restore can compare against it.
    expect(base?.doc?.goals).toHaveLength(quarter.goals.length)

    await freshStore()
    await restoreAutoBackup({ name: 'auto.json', content: files.automatic[0] ?? '', savedAt: '' })
    await allWritten()
    expect(await remembered()).toEqual([backupIdOf(b0)])
  })

  it(`keeps the ${BACKUP_BASES_KEPT} newest; a saved file carries the newest and names the older ones`, async () => {
    const texts: string[] = []
    for (let n = 0; n < BACKUP_BASES_KEPT + 2; n++) texts.push(await saveAFile())
    const ids = texts.map(backupIdOf).reverse()
    expect(await remembered()).toEqual(ids.slice(0, BACKUP_BASES_KEPT))
    const last = parseBackup(texts.at(-1) ?? '')
    const carried = last.ok ? last.backupBases?.get(quarter.plan.id) : undefined
    expect(carried?.backupId).toBe(ids[1])
    expect(carried?.earlier.map((mark) => mark.backupId)).toEqual(
      ids.slice(2, BACKUP_BASES_KEPT + 1),
    )
  })

  it('a base that an Undo still needs is kept past the few, so that Undo works', async () => {
    // A backup saved on another machine, opened here over the quarter.
    const theirs = serializeBackup([copy(quarter)], Date.now(), new Map(), { backupId: 'theirs' })
    chooseFile('theirs.json', theirs)
    await openBackup()
    await resolveBackup('replace')
    await allWritten()
    const saves: string[] = []
    for (let n = 0; n < BACKUP_BASES_KEPT; n++) saves.push(await saveAFile())
    const newest = saves.map(backupIdOf).reverse()
    expect(await remembered()).toEqual([...newest, 'theirs'])
    expect(await undo()).toEqual({ ok: true, label: 'Open theirs.json' })
    await allWritten()
    // The open is undone, and its record of their backup with it; the saves since stay.
    expect(await remembered()).toEqual(newest)
  })

  it('Open backup… replacing a quarter forgets the bases it had; Keep both records them under the copy’s id', async () => {
    const b0 = await saveAFile()
    const b1 = await saveAFile()
    chooseFile('b0.json', b0)
    await openBackup()
    await resolveBackup('replace')
    await allWritten()
    expect(await remembered()).toEqual([backupIdOf(b0)])
    expect(await undo()).toEqual({ ok: true, label: 'Open b0.json' })
    await allWritten()
    expect(await remembered()).toEqual([backupIdOf(b1), backupIdOf(b0)])

    chooseFile('b1.json', b1)
    await openBackup()
    await resolveBackup('keep-both')
    await allWritten()
    const copyId = (await readPlans()).find((plan) => plan.id !== quarter.plan.id)?.id ?? ''
    // B1 itself (B0, which it names, came without its quarter).
    expect(await remembered(copyId)).toEqual([backupIdOf(b1)])
    const [row] = await readBackupBaseRows(copyId)
    expect(row && (await readBackupBase(row)).doc.plan.id).toBe(copyId)
  })

  it('a base stored by an earlier build, the quarter as an object, is carried, crowded out and deleted as any other', async () => {
    // As stores written before bases were kept as text hold it.
    const old = backupBaseRow(
      quarter.plan.id,
      { backupId: 'old', savedAt: '2026-01-01T00:00:00.000Z' },
      quarter,
      1,
    )
    old.base = { backupId: 'old', savedAt: '2026-01-01T00:00:00.000Z', doc: copy(quarter) }
    const stored = await runCommand({
      label: 'Load',
      changes: [{ table: 'backupBases', id: old.id, before: null, after: old }],
    })
    if (!stored.ok) throw stored.error
    await allWritten()
    await takeBackup()
    const automatic = parseBackup(files.automatic[0] ?? '')
    if (!automatic.ok) throw new Error(automatic.error)
    expect(automatic.backupBases?.get(quarter.plan.id)?.doc).toEqual(quarter)

    const result = await runCommand(
      await deleteQuarterCommand(await readPlanDocument(quarter.plan.id)),
    )
    if (!result.ok) throw result.error
    await allWritten()
    expect(await remembered()).toEqual([])
    await undo()
    await allWritten()
    expect(await readBackupBaseRows(quarter.plan.id)).toEqual([old])

    // Once no command on the undo or redo stack writes it, newer bases crowd it out.
    useCommandHistory.setState({ undo: [], redo: [] })
    const saves: string[] = []
    for (let n = 0; n < BACKUP_BASES_KEPT; n++) saves.push(await saveAFile())
    expect(await remembered()).toEqual(saves.map(backupIdOf).reverse())
  })

  it('deleting a quarter deletes its bases, and Undo puts them back', async () => {
    const b0 = await saveAFile()
    const result = await runCommand(
      await deleteQuarterCommand(await readPlanDocument(quarter.plan.id)),
    )
    if (!result.ok) throw result.error
    await allWritten()
    expect(await remembered()).toEqual([])
    await undo()
    await allWritten()
    expect(await remembered()).toEqual([backupIdOf(b0)])
  })
})
