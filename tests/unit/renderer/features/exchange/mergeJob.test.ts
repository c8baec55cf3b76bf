/**
 * The merge the reading worker runs for Merge backup… (mergeJob.ts), run in
 * place over a real Dexie store (fake-indexeddb): it reads the quarter and its
 * bases through a connection of its own, says what it found before any
 * choice, and gives the quarter as read and as merged once the choices come.
 */
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { saveDocuments } from '../../../../../src/renderer/commands/planCommands'
import { runCommand } from '../../../../../src/renderer/commands/runCommand'
import { readPlanDocument } from '../../../../../src/renderer/db/reads'
import { mergeInWorker } from '../../../../../src/renderer/features/exchange/mergeInWorker'
import { startMerge } from '../../../../../src/renderer/features/exchange/mergeJob'
import { allWritten } from '../../../../../src/renderer/store/quarterSync'
import { serializeBackup } from '../../../../../src/shared/backup'
import {
  backupBaseRow,
  readBackupBase,
  type BackupBaseRow,
} from '../../../../../src/shared/backup/backupBaseRows'
import type { PlanDocument } from '../../../../../src/shared/model'
import { generateWikiQuarter } from '../../../../../bench/wikiQuarter'
import { copy, example, goal, setStatus } from '../../../shared/merge/helpers'
import { freshStore, openStoreName } from '../../db/storeFixture'

const KAFKA = 'Resolve Kafka Connect'
const AT = Date.parse('2026-02-01T00:00:00.000Z')
const SHARED = { backupId: 'shared', savedAt: '2026-01-01T00:00:00.000Z' }

let quarter: PlanDocument

/**
 * Stores `docs` as one command, with `baseOf`'s copy recorded as the shared
 * backup base: as this build stores it (the quarter as text), or `asObject`,
 * as stores written before it hold it.
 */
async function store(docs: PlanDocument[], baseOf?: PlanDocument, asObject = false) {
  const command = saveDocuments('Load', docs)
  if (baseOf) {
    const row = backupBaseRow(baseOf.plan.id, SHARED, baseOf, 1)
    if (asObject) row.base = { ...SHARED, doc: copy(baseOf) }
    command.changes.push({ table: 'backupBases', id: row.id, before: null, after: row })
  }
  const stored = await runCommand(command)
  if (!stored.ok) throw stored.error
  await allWritten()
}

/** A backup file of `docs` that descends from the shared backup. */
function theirFile(docs: PlanDocument[], backupId = 'theirs') {
  return serializeBackup(docs, AT, new Map(), {
    backupId,
    backupBases: new Map(docs.map((doc) => [doc.plan.id, { ...SHARED, earlier: [] }])),
  })
}

const request = (text: string, planId = quarter.plan.id) => ({
  kind: 'merge' as const,
  source: {
    bytes: new TextEncoder().encode(text),
    name: 'theirs.json',
    expected: 'a Quarterdeck backup',
  },
  planId,
  store: openStoreName(),
  at: AT,
})

beforeEach(async () => {
  await freshStore()
  quarter = example()
})

describe('the merge the reading worker runs', () => {
  it('merges three ways against the shared backup, then gives the quarter as read and as merged', async () => {
    await store([copy(quarter)], quarter)
    const theirs = copy(quarter)
    setStatus(theirs, goal(theirs, KAFKA), 'done')
    const session = await startMerge(request(theirFile([theirs])))
    expect(session.found).toMatchObject({
      kind: 'merged',
      local: { id: quarter.plan.id },
      conflicts: [],
      summary: { remoteChanges: 1, conflicts: 0 },
    })
    if (session.found.kind !== 'merged') return
    expect(session.found.basis).toMatch(/^Both copies were last in step with the backup saved on /)

    const decided = session.decide({})
    if (!decided.ok) throw new Error(decided.error)
    expect(decided.local).toEqual(await readPlanDocument(quarter.plan.id))
    expect(goal(decided.merged, KAFKA).status).toBe('done')
    // Their backup becomes a base of the quarter, dated by the window's clock, its quarter as
    // their copy holds it.
    const expected = backupBaseRow(
      quarter.plan.id,
      { backupId: 'theirs', savedAt: new Date(AT).toISOString() },
      theirs,
      AT,
    )
    expect(decided.recordBase).toEqual([
      { table: 'backupBases', id: `${quarter.plan.id} theirs`, before: null, after: expected },
    ])
    const after = decided.recordBase[0]?.after as BackupBaseRow
    expect((await readBackupBase(after)).doc).toEqual(theirs)
  })

  it('merges three ways against a base stored by an earlier build, the quarter as an object', async () => {
    await store([copy(quarter)], quarter, true)
    const theirs = copy(quarter)
    setStatus(theirs, goal(theirs, KAFKA), 'done')
    const session = await startMerge(request(theirFile([theirs])))
    expect(session.found).toMatchObject({
      kind: 'merged',
      conflicts: [],
      summary: { remoteChanges: 1, conflicts: 0 },
    })
    if (session.found.kind !== 'merged') return
    expect(session.found.basis).toMatch(/^Both copies were last in step with the backup saved on /)
    const decided = session.decide({})
    if (!decided.ok) throw new Error(decided.error)
    expect(goal(decided.merged, KAFKA).status).toBe('done')
  })

  it('leaves a conflict to the person and applies the choice made', async () => {
    await store([copy(quarter)], quarter)
    const ours = await readPlanDocument(quarter.plan.id)
    setStatus(ours, goal(ours, KAFKA), 'blocked')
    const edited = await runCommand(
      saveDocuments('Edit', [ours], [await readPlanDocument(quarter.plan.id)]),
    )
    if (!edited.ok) throw edited.error
    await allWritten()
    const theirs = copy(quarter)
    setStatus(theirs, goal(theirs, KAFKA), 'done')
    const session = await startMerge(request(theirFile([theirs])))
    if (session.found.kind !== 'merged') throw new Error(session.found.kind)
    const [conflict] = session.found.conflicts
    expect(session.found.conflicts.map((c) => c.field)).toEqual(['status'])
    const decided = session.decide({ [conflict!.id]: 'remote' })
    if (!decided.ok) throw new Error(decided.error)
    expect(goal(decided.merged, KAFKA).status).toBe('done')
    expect(goal(decided.local, KAFKA).status).toBe('blocked')
  })

  it('says which quarters a backup holds when it holds no copy of this one', async () => {
    await store([copy(quarter)])
    const other = copy(quarter)
    other.plan = { ...other.plan, id: 'another-plan', quarter: 3 }
    for (const table of ['teams', 'groups', 'goals', 'history', 'updates'] as const) {
      for (const row of other[table]) row.planId = 'another-plan'
    }
    const session = await startMerge(request(serializeBackup([other], AT)))
    expect(session.found).toEqual({
      kind: 'other-quarters',
      held: [other.plan],
      local: (await readPlanDocument(quarter.plan.id)).plan,
    })
    expect(session.decide({})).toEqual({ ok: false, error: 'There is no merge to finish.' })
  })

  it("decodes a file's bytes itself (web mode), and refuses bytes that are not UTF-8 with their sentence", async () => {
    await store([copy(quarter)], quarter)
    const theirs = copy(quarter)
    setStatus(theirs, goal(theirs, KAFKA), 'done')
    const file = (bytes: Uint8Array) => ({
      ...request(''),
      source: { bytes, name: 'theirs.json', expected: 'a Quarterdeck backup' },
    })
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(theirFile([theirs])),
    ])
    const session = await startMerge(file(withBom))
    expect(session.found).toMatchObject({ kind: 'merged', summary: { remoteChanges: 1 } })
    const decided = session.decide({})
    if (!decided.ok) throw new Error(decided.error)
    expect(goal(decided.merged, KAFKA).status).toBe('done')

    // "Qualité" in Latin-1: é is the lone byte 0xe9.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"title":"Qualit'),
      0xe9,
      0x22,
      0x7d,
    ])
    const refused = await startMerge(file(latin1))
    expect(refused.found).toEqual({
      kind: 'unreadable',
      error:
        'theirs.json is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.',
    })
    const binary = await startMerge(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 7])))
    expect(binary.found).toMatchObject({
      kind: 'unreadable',
      error: expect.stringContaining('theirs.json is not a Quarterdeck backup'),
    })
  })

  it('refuses a file that is no backup, and a quarter that is gone, without reading on', async () => {
    await store([copy(quarter)])
    const unreadable = await startMerge(request('not json at all'))
    expect(unreadable.found).toMatchObject({ kind: 'unreadable' })
    const gone = await startMerge(request(theirFile([copy(quarter)]), 'no-such-plan'))
    expect(gone.found).toEqual({ kind: 'failed', error: 'That quarter no longer exists.' })
  })
})

describe('how far the merge has come', () => {
  /** A quarter of 1,000 goals stored, and their copy with every goal's note changed. */
  async function bigMerge() {
    const ours = generateWikiQuarter({ teams: 4, goalsPerTeam: 250, groupsPerTeam: 2 })
    quarter = ours
    await store([copy(ours)], ours)
    const theirs = copy(ours)
    theirs.goals = theirs.goals.map((g) => ({ ...g, note: `${g.note} Checked again.` }))
    return theirFile([theirs])
  }

  /** Fractions only go forward, a hundredth at a time at least (but the end), and end at 1. */
  function expectForwardToTheEnd(fractions: number[]) {
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions)
    for (let i = 1; i < fractions.length - 1; i++) {
      expect(fractions[i]! - fractions[i - 1]!).toBeGreaterThanOrEqual(0.01 - 1e-9)
    }
    expect(fractions.at(-1)).toBe(1)
  }

  it('rises through reading, the store and the merge to 1, in at most about a hundred steps', async () => {
    const file = await bigMerge()
    const fractions: number[] = []
    const session = await startMerge(request(file), (fraction) => fractions.push(fraction))
    expect(session.found).toMatchObject({ kind: 'merged', summary: { remoteChanges: 1000 } })
    expect(fractions[0]).toBe(0)
    expectForwardToTheEnd(fractions)
    expect(fractions.length).toBeLessThanOrEqual(102)
    // The merge of the 1,000 goals is told as it goes, not only at its start and end.
    const merging = fractions.filter((f) => f > 0.4 && f < 0.95)
    expect(merging.length).toBeGreaterThan(20)

    const applying: number[] = []
    const decided = session.decide({}, (fraction) => applying.push(fraction))
    expect(decided.ok).toBe(true)
    expect(applying[0]).toBe(0)
    expectForwardToTheEnd(applying)
  })

  it('stops short of the end when the file is refused', async () => {
    await store([copy(quarter)])
    const fractions: number[] = []
    const session = await startMerge(request('not json at all'), (f) => fractions.push(f))
    expect(session.found).toMatchObject({ kind: 'unreadable' })
    expect(fractions).toEqual([0])
  })

  it('is heard through mergeInWorker, which merges in place without a Worker', async () => {
    const file = await bigMerge()
    const found: (number | null)[] = []
    const merging = mergeInWorker(request(file), (f) => found.push(f))
    expect(await merging.found).toMatchObject({ kind: 'merged' })
    expect(found.at(-1)).toBe(1)
    const applying: (number | null)[] = []
    expect(await merging.decide({}, (f) => applying.push(f))).toMatchObject({ ok: true })
    expect(applying.at(-1)).toBe(1)
  })
})
