/**
 * Pull from the wiki in the renderer (features/wiki/pullFromWiki.ts) over a
 * real Dexie store (fake-indexeddb) and a wiki replaced at the boundary
 * (platformWiki.ts): the merge and the quarter's new base are one command,
 * so one Undo takes both back, but not once the quarter was published since
 * (and it says so), and a wiki that cannot be reached changes nothing.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { closeStore, readyDb } from '../../../../../src/renderer/db/database'
import { readPlanDocument } from '../../../../../src/renderer/db/reads'
import { saveDocuments } from '../../../../../src/renderer/commands/planCommands'
import { runCommand, undo } from '../../../../../src/renderer/commands/runCommand'
import { pullFromWiki, resolvePull } from '../../../../../src/renderer/features/wiki/pullFromWiki'
import {
  previewPublish,
  publishPreviewed,
} from '../../../../../src/renderer/features/wiki/publishToWiki'
import { useWikiStore } from '../../../../../src/renderer/features/wiki/wikiStore'
import { allWritten, openQuarter } from '../../../../../src/renderer/store/quarterSync'
import { useUiStore } from '../../../../../src/renderer/store/uiStore'
import { buildExampleQuarter } from '../../../../../src/shared/example'
import { newId } from '../../../../../src/shared/ids'
import type { PlanDocument } from '../../../../../src/shared/model'
import { pageTitle } from '../../../../../src/shared/plan'
import { exportWikitext } from '../../../../../src/shared/wiki'
import type {
  WikiOutcome,
  WikiRevision,
  WikiSaveResult,
} from '../../../../../src/shared/wikiSync/wikiTypes'
import { freshStore } from '../../db/storeFixture'

const API = 'https://wiki.example/w/api.php'
const wiki = vi.hoisted(() => ({
  latest: null as null | (() => WikiOutcome<WikiRevision | null>),
  saves: 0,
}))
vi.mock('../../../../../src/renderer/platformWiki', () => ({
  wikiPages: (apiUrl: string) => ({
    apiUrl,
    readLatest: async () => wiki.latest?.(),
    // Only publishing saves: the next revision after the wiki's page (42).
    save: async (): Promise<WikiOutcome<WikiSaveResult>> => ({
      ok: true,
      value: { revid: 43 + wiki.saves++, timestamp: '2026-12-02T11:00:00Z', nochange: false },
    }),
  }),
}))

let local: PlanDocument

beforeEach(async () => {
  await freshStore()
  local = buildExampleQuarter({ newId, now: Date.now() })
  const stored = await runCommand(saveDocuments('Load example quarter', [local]))
  if (!stored.ok) throw stored.error
  await openQuarter(local.plan.id)
  useWikiStore.setState({
    connection: { apiUrl: API, username: 'Editor@qd', user: 'Editor' },
    pulling: null,
    pulled: null,
    busy: false,
  })
  useUiStore.setState({ toasts: [] })
  wiki.saves = 0
})
afterEach(() => closeStore())

/** The wiki's page: the local quarter with its first goal blocked there. */
function wikiPage(): WikiOutcome<WikiRevision | null> {
  const first = local.goals[0]
  const theirs = {
    ...local,
    goals: local.goals.map((g) => (g === first ? { ...g, status: 'blocked' as const } : g)),
  }
  return {
    ok: true,
    value: {
      title: pageTitle(local.plan),
      revid: 42,
      timestamp: '2026-12-02T10:00:00Z',
      content: exportWikitext(theirs),
    },
  }
}

async function storedBase() {
  return (await (await readyDb()).wikiBases.get(local.plan.id)) ?? null
}

describe('pull from the wiki', () => {
  it('saves the choices and the pulled revision as the base in one command; one Undo takes both back', async () => {
    wiki.latest = wikiPage
    await pullFromWiki()
    const pending = useWikiStore.getState().pulling
    if (!pending) throw new Error('expected conflicts to decide (a first pull is two-way)')
    const status = pending.result.conflicts.find((c) => c.table === 'goals' && c.field === 'status')
    expect(status?.remote.value).toBe('blocked')
    expect(await storedBase()).toBeNull()

    const decisions = Object.fromEntries(
      pending.result.conflicts.map((c) => [c.id, c === status ? 'remote' : 'local'] as const),
    )
    await resolvePull(decisions)
    await allWritten()
    expect(useWikiStore.getState().pulled?.summary).toMatch(
      /^Pulled revision 42 of “.+” \(two ways/,
    )
    const first = local.goals[0]
    const after = await readPlanDocument(local.plan.id)
    expect(after.goals.find((g) => g.id === first?.id)?.status).toBe('blocked')
    expect(after.goals).toHaveLength(local.goals.length)
    expect((await storedBase())?.base).toMatchObject({ apiUrl: API, revid: 42 })

    const undone = await undo()
    expect(undone).toEqual({ ok: true, label: 'Pull from the wiki' })
    await allWritten()
    const back = await readPlanDocument(local.plan.id)
    expect(back.goals.find((g) => g.id === first?.id)?.status).toBe(first?.status)
    expect(await storedBase()).toBeNull()
  })

  it('refuses to undo a pull once the quarter was published since, saying so, and changes nothing', async () => {
    wiki.latest = wikiPage
    await pullFromWiki()
    const pending = useWikiStore.getState().pulling
    if (!pending) throw new Error('expected conflicts to decide (a first pull is two-way)')
    await resolvePull(Object.fromEntries(pending.result.conflicts.map((c) => [c.id, 'remote'])))
    await allWritten()
    expect(wiki.saves).toBe(0)

    const preview = await previewPublish(useWikiStore.getState().connection!, local.plan.id)
    if (!preview.ok) throw new Error(preview.message)
    expect(preview.preview.changedSinceBase).toBeNull()
    const published = await publishPreviewed(
      useWikiStore.getState().connection!,
      preview.preview,
      'Merged',
    )
    expect(published.kind).toBe('published')
    expect(await storedBase()).toMatchObject({ via: 'published', base: { revid: 43 } })
    const merged = await readPlanDocument(local.plan.id)

    const undone = await undo()
    expect(undone).toMatchObject({ ok: false, reason: 'failed', label: 'Pull from the wiki' })
    if (undone.ok || undone.reason !== 'failed') return
    expect(undone.error.message).toBe(
      'This quarter was published to the wiki since (revision 43), so the pull can no longer be taken back; nothing was changed.',
    )
    await allWritten()
    expect(await readPlanDocument(local.plan.id)).toEqual(merged)
    expect((await storedBase())?.base.revid).toBe(43)
  })

  it('changes nothing when the wiki cannot be reached, and says so in a sentence', async () => {
    const before = await readPlanDocument(local.plan.id)
    wiki.latest = () => ({
      ok: false,
      problem: {
        kind: 'unreachable',
        message:
          'The wiki at wiki.example cannot be reached; check the address and the network connection.',
      },
    })
    await pullFromWiki()
    expect(useWikiStore.getState().pulling).toBeNull()
    expect(useUiStore.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      message:
        'The wiki at wiki.example cannot be reached; check the address and the network connection. Nothing was changed.',
    })
    expect(await storedBase()).toBeNull()
    expect(await readPlanDocument(local.plan.id)).toEqual(before)
  })
})
