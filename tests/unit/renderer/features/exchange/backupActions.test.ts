import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveTextRequest } from '../../../../../src/shared/api'
import type { ChosenFile } from '../../../../../src/renderer/platform'
import { closeStore, openStore, readyDb } from '../../../../../src/renderer/db/database'
import { readPlanDocument, readPlans } from '../../../../../src/renderer/db/reads'
import { saveDocuments } from '../../../../../src/renderer/commands/planCommands'
import { runCommand } from '../../../../../src/renderer/commands/runCommand'
import { useQuarterStore } from '../../../../../src/renderer/store/quarterStore'
import { buildExampleQuarter } from '../../../../../src/shared/example'
import type { Plan } from '../../../../../src/shared/model'
import {
  openBackup,
  resolveBackup,
  saveBackup,
} from '../../../../../src/renderer/features/exchange/backupActions'
import { useBackupStore } from '../../../../../src/renderer/features/exchange/backupStore'
import { useUiStore } from '../../../../../src/renderer/store/uiStore'
import { newId } from '../../../../../src/shared/ids'

// The file dialogs: saving records the request, opening returns the next file.
const files = vi.hoisted(() => ({
  saved: [] as SaveTextRequest[],
  next: { opened: false } as ChosenFile,
}))
vi.mock('../../../../../src/renderer/platform', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../src/renderer/platform')>()),
  saveTextFile: async (request: SaveTextRequest) => {
    files.saved.push(request)
    return { saved: true, path: `/backups/${request.defaultName}` }
  },
  chooseFile: async () => files.next,
  // Web mode: no automatic backups after the writes these tests make.
  isDesktop: () => false,
  sendAutoBackup: async () => {},
}))

async function storedPlans() {
  const db = await readyDb()
  return db.plans.toArray()
}

async function goalCount(planId: string) {
  return (await readPlanDocument(planId)).goals.length
}

/** Stores a fresh copy of the example quarter, as "Load example quarter" does. */
async function loadExampleQuarter(): Promise<Plan> {
  const doc = buildExampleQuarter({ newId, now: Date.now() })
  const result = await runCommand(saveDocuments('Load example quarter', [doc]))
  if (!result.ok) throw result.error
  return doc.plan
}

async function backupOfEverything(): Promise<string> {
  useQuarterStore.setState({ phase: 'ready', plans: await readPlans() })
  await saveBackup()
  const request = files.saved.at(-1)
  if (!request) throw new Error('nothing saved')
  return request.content
}

/** The newest backup message (a toast), as its kind and text. */
function backupMessage() {
  const toast = useUiStore
    .getState()
    .toasts.filter((t) => t.topic?.startsWith('backup'))
    .at(-1)
  return toast && { kind: toast.tone === 'error' ? 'alert' : 'status', text: toast.message }
}

function chooseFile(name: string, content: string) {
  const bytes = new TextEncoder().encode(content)
  files.next = { opened: true, name, source: { bytes, name, expected: 'a Quarterdeck backup' } }
}

beforeEach(async () => {
  closeStore()
  await openStore(`quarterdeck-exchange-test-${newId()}`)
  files.saved = []
  useQuarterStore.setState({ plans: [], quarter: null })
  useBackupStore.setState({ busy: false, pending: null })
  useUiStore.setState({ toasts: [], importDraft: null, view: 'board' })
})
afterEach(() => closeStore())

describe('Save backup…', () => {
  it('offers a dated file holding every plan', async () => {
    const plan = await loadExampleQuarter()
    const content = await backupOfEverything()
    expect(files.saved[0]?.defaultName).toMatch(/^quarterdeck-backup-\d{4}-\d{2}-\d{2}\.json$/)
    expect(JSON.parse(content).plans.map((p: { plan: { id: string } }) => p.plan.id)).toEqual([
      plan.id,
    ])
    expect(backupMessage()?.text).toMatch(/^Saved a backup of 1 quarter to /)
  })

  it('says so instead of saving while the plan list is loading or empty', async () => {
    useQuarterStore.setState({ phase: 'opening', plans: [] })
    await saveBackup()
    expect(backupMessage()?.text).toMatch(/still loading/)
    useQuarterStore.setState({ phase: 'ready', plans: [] })
    await saveBackup()
    expect(backupMessage()).toEqual({
      kind: 'alert',
      text: 'There is no quarter to back up yet.',
    })
    expect(files.saved).toEqual([])
  })
})

describe('Open backup…', () => {
  it('adds the plans of a backup to an empty store at once', async () => {
    await loadExampleQuarter()
    const content = await backupOfEverything()
    closeStore()
    await openStore(`quarterdeck-exchange-test-${newId()}`)
    // Another machine: its window has never seen those quarters.
    useQuarterStore.setState({ plans: [], quarter: null })
    chooseFile('week.json', content)
    await openBackup()
    const plans = await storedPlans()
    expect(plans).toHaveLength(1)
    expect(await goalCount(plans[0]!.id)).toBeGreaterThan(20)
    expect(useBackupStore.getState().pending).toBeNull()
  })

  it('asks before touching a stored plan, and Cancel changes nothing', async () => {
    const plan = await loadExampleQuarter()
    const content = await backupOfEverything()
    chooseFile('week.json', content)
    await openBackup()
    expect(useBackupStore.getState().pending?.existingIds).toEqual([plan.id])
    await resolveBackup('cancel')
    expect(useBackupStore.getState().pending).toBeNull()
    expect(backupMessage()?.text).toMatch(/Nothing was changed\./)
    expect(await storedPlans()).toHaveLength(1)
  })

  it('Keep both adds a copy with new ids and every goal; Replace restores the saved one', async () => {
    const plan = await loadExampleQuarter()
    const goals = await goalCount(plan.id)
    const content = await backupOfEverything()

    chooseFile('week.json', content)
    await openBackup()
    await resolveBackup('keep-both')
    const both = await storedPlans()
    expect(both).toHaveLength(2)
    const copy = both.find((p) => p.id !== plan.id)!
    expect(await goalCount(copy.id)).toBe(goals)

    // The original plan changes, then Replace brings back the backup's version of it.
    const db = await readyDb()
    await db.goals.where('planId').equals(plan.id).limit(1).delete()
    expect(await goalCount(plan.id)).toBe(goals - 1)
    await openBackup()
    await resolveBackup('replace')
    expect(await goalCount(plan.id)).toBe(goals)
    expect(await storedPlans()).toHaveLength(2)
  })

  it('a wiki page opened as a backup is offered to the Import view, and changes nothing', async () => {
    await loadExampleQuarter()
    chooseFile('goals.wiki', '== Analytics ==\n* {{Done}} Ship it\n')
    await openBackup()
    const toast = useUiStore.getState().toasts.at(-1)
    expect(toast?.message).toBe(
      'goals.wiki is a wiki page, not a backup. Import it to make a quarter of it.',
    )
    expect(toast?.tone).toBe('info')
    toast?.action?.run()
    expect(useUiStore.getState().view).toBe('import')
    expect(useUiStore.getState().importDraft).toEqual({
      fileName: 'goals.wiki',
      content: '== Analytics ==\n* {{Done}} Ship it\n',
    })
    expect(await storedPlans()).toHaveLength(1)
  })

  it('"nothing to back up" is replaced by the next backup message', async () => {
    useQuarterStore.setState({ phase: 'ready', plans: [] })
    await saveBackup()
    expect(useUiStore.getState().toasts).toHaveLength(1)
    await loadExampleQuarter()
    await backupOfEverything()
    expect(useUiStore.getState().toasts.map((t) => t.message)).toEqual([
      expect.stringMatching(/^Saved a backup of 1 quarter/),
    ])
  })

  it('a malformed backup names the problem and changes nothing', async () => {
    await loadExampleQuarter()
    const content = await backupOfEverything()
    chooseFile('cut.json', content.slice(0, 200))
    await openBackup()
    const message = backupMessage()
    expect(message?.kind).toBe('alert')
    expect(message?.text).toMatch(/^Could not open cut\.json: .+ Nothing was changed\.$/)
    expect(useBackupStore.getState().pending).toBeNull()
    expect(await storedPlans()).toHaveLength(1)
  })
})
