/**
 * A quarter's wiki base travels with its backups, in the renderer over a real
 * Dexie store (fake-indexeddb): Save backup… writes it, Open backup…
 * restores it (or removes a stored one the backup does not have) in the same
 * command as the quarter, and Merge backup… merges three ways when both
 * copies share it, two ways when they do not; each merge is one Undo.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OpenTextResult, SaveTextRequest } from '../../../../../src/shared/api'
import { takeBackup } from '../../../../../src/renderer/db/autoBackup'
import { readyDb, closeStore } from '../../../../../src/renderer/db/database'
import { readPlanDocument, readPlans } from '../../../../../src/renderer/db/reads'
import { wikiBaseChange } from '../../../../../src/renderer/db/wikiBases'
import { saveDocuments } from '../../../../../src/renderer/commands/planCommands'
import { runCommand, undo } from '../../../../../src/renderer/commands/runCommand'
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
import { restoreAutoBackup } from '../../../../../src/renderer/features/start/RestoreAutoBackup'
import { useQuarterStore } from '../../../../../src/renderer/store/quarterStore'
import { allWritten, openQuarter } from '../../../../../src/renderer/store/quarterSync'
import { useUiStore } from '../../../../../src/renderer/store/uiStore'
import { parseBackup, serializeBackup } from '../../../../../src/shared/backup'
import type { PlanDocument } from '../../../../../src/shared/model'
import type { WikiBase } from '../../../../../src/shared/wikiSync/base'
import { copy, example, goal, setStatus, throughWiki } from '../../../shared/merge/helpers'
import { freshStore } from '../../db/storeFixture'

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

/** Revision `revid` of the quarter's page, as the wiki gave it back. */
function revision(doc: PlanDocument, revid: number): WikiBase {
  return {
    apiUrl: 'https://wiki.example/w/api.php',
    title: 'Tech/Goals/2019-20 Q2',
    revid,
    timestamp: '2026-12-02T10:00:00Z',
    doc: throughWiki(doc, `r${revid}`),
  }
}

let published: PlanDocument
let base42: WikiBase

async function storedBase() {
  return (await (await readyDb()).wikiBases.get(published.plan.id)) ?? null
}

function chooseFile(name: string, content: string) {
  files.next = { opened: true, name, content }
}

function lastMessage(): string | undefined {
  return useUiStore.getState().toasts.at(-1)?.message
}

beforeEach(async () => {
  await freshStore()
  files.saved = []
  files.automatic = []
  useBackupStore.setState({ busy: false, pending: null, merging: null })
  useUiStore.setState({ toasts: [] })
  // The quarter as published: revision 42 is its base here.
  published = example()
  base42 = revision(published, 42)
  const stored = await runCommand(saveDocuments('Load', [copy(published)]))
  if (!stored.ok) throw stored.error
  const based = await runCommand({
    label: 'Publish',
    changes: [wikiBaseChange(published.plan.id, null, base42, 'published')],
  })
  if (!based.ok) throw based.error
  await openQuarter(published.plan.id)
  useQuarterStore.setState({ phase: 'ready', plans: await readPlans() })
})
afterEach(() => closeStore())

describe('backups carry the wiki base', () => {
  it('Save backup… writes the quarter’s base; Open backup… restores it, or takes away one the backup lacks, in one Undo', async () => {
    await saveBackup()
    const saved = parseBackup(files.saved[0]?.content ?? '')
    if (!saved.ok) throw new Error(saved.error)
    expect(saved.wikiBases?.get(published.plan.id)).toEqual(base42)

    // Replace with a backup made before the quarter was ever published: no base.
    chooseFile('before.json', serializeBackup([copy(published)], 0))
    await openBackup()
    await resolveBackup('replace')
    await allWritten()
    expect(await storedBase()).toBeNull()
    expect(await undo()).toEqual({ ok: true, label: 'Open before.json' })
    await allWritten()
    expect((await storedBase())?.base).toEqual(base42)

    // Keep both: the copy keeps the base under its own id.
    chooseFile('again.json', files.saved[0]?.content ?? '')
    await openBackup()
    await resolveBackup('keep-both')
    await allWritten()
    const plans = await readPlans()
    const copyId = plans.find((p) => p.id !== published.plan.id)?.id ?? ''
    expect((await (await readyDb()).wikiBases.get(copyId))?.base.revid).toBe(42)
  })
})

describe('automatic backups carry the wiki base', () => {
  it('and restoring one into an empty store brings it back with the quarter', async () => {
    await takeBackup()
    const content = files.automatic[0] ?? ''
    expect(JSON.parse(content).wikiBases[published.plan.id].revid).toBe(42)

    await freshStore()
    const restored = await restoreAutoBackup({
      name: 'auto.json',
      content,
      savedAt: '2026-12-02T10:00:00Z',
    })
    await allWritten()
    expect(restored).toBe(published.plan.id)
    expect((await storedBase())?.base).toEqual(base42)
  })
})

describe('Merge backup…', () => {
  /** Here Kafka is done; the colleague's copy rewords Stream, with `backupBase`. */
  async function mergeTheirs(backupBase: WikiBase | null) {
    const local = await readPlanDocument(published.plan.id)
    setStatus(local, goal(local, KAFKA), 'done', Date.now())
    local.plan.updatedAt = Date.now()
    const changed = await runCommand(
      saveDocuments('Mark done', [local], [await readPlanDocument(published.plan.id)]),
    )
    if (!changed.ok) throw changed.error
    await allWritten()
    const theirs = copy(published)
    goal(theirs, STREAM).text = 'Initial (Stream) Config, reviewed'
    const bases = new Map(backupBase ? [[theirs.plan.id, backupBase]] : [])
    chooseFile('colleague.json', serializeBackup([theirs], 0, bases))
    await mergeBackup()
    await allWritten()
  }

  it('three ways when both copies share revision 42: no question, and one Undo takes it back', async () => {
    await mergeTheirs(revision(published, 42))
    expect(useBackupStore.getState().merging).toBeNull()
    expect(lastMessage()).toMatch(
      /^Merged colleague\.json: 1 change from the backup applied, 1 change of yours kept\. Both copies were last in step with revision 42 of “Tech\/Goals\/2019-20 Q2” on the wiki, so only the changes made since then are compared\.$/,
    )
    const merged = await readPlanDocument(published.plan.id)
    expect(goal(merged, KAFKA).status).toBe('done')
    expect(goal(merged, 'Initial (Stream) Config, reviewed')).toBeDefined()
    expect((await storedBase())?.base.revid).toBe(42)

    expect(await undo()).toEqual({ ok: true, label: 'Merge colleague.json' })
    await allWritten()
    const back = await readPlanDocument(published.plan.id)
    expect(goal(back, STREAM).text).toBe(goal(published, STREAM).text)
    expect(goal(back, KAFKA).status).toBe('done')
  })

  it('two ways when the backup was last in step with another revision: each difference is asked, and it says why', async () => {
    await mergeTheirs(revision(published, 41))
    const pending = useBackupStore.getState().merging
    expect(pending?.result.conflicts.map((c) => c.field)).toEqual(['status', 'text'])
    expect(pending?.basis).toBe(
      'The two copies have no wiki revision or backup in common, so every difference between them is offered as a choice.',
    )
    await resolveMerge(null)
    expect(goal(await readPlanDocument(published.plan.id), STREAM).text).toBe(
      goal(published, STREAM).text,
    )
  })
})
