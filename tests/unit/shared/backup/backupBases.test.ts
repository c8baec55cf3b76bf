/**
 * Backup bases in the file: a backup saved by Save backup… has its own id
 * and save time, and carries for each quarter the newest backup it was in
 * step with and the older ones, by name (automatic backups: the newest's
 * quarter too). Read back as
 * written; a damaged one refused in one sentence naming where; files without
 * them, old ones included, open as before, and a quarter without a base
 * costs its backup nothing.
 */
import { describe, expect, it } from 'vitest'
import { basesAfterRewrite, parseBackup, serializeBackup } from '../../../../src/shared/backup'
import type { CarriedBackupBase } from '../../../../src/shared/backup/backupBases'
import type { PlanDocument } from '../../../../src/shared/model'
import { copy, example, goal, setStatus } from '../merge/helpers'

const NOW = Date.UTC(2026, 11, 2, 12)
const B0 = '4a7f0c1e-0b6e-4c39-9d0e-1f2a3b4c5d6e'

/** What a quarter carries after it was opened from backup B0 and saved once since (B1). */
function carriedOf(doc: PlanDocument): CarriedBackupBase {
  return {
    backupId: 'b1-id',
    savedAt: '2026-12-02T09:00:00.000Z',
    doc: copy(doc),
    earlier: [{ backupId: B0, savedAt: '2026-12-01T09:00:00.000Z' }],
  }
}

function read(text: string) {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(result.error)
  return result
}

function errorOf(text: string): string {
  const result = parseBackup(text)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.error
}

/** A saved backup of the example with a carried base, its JSON edited by `edit`. */
function edited(edit: (file: Record<string, unknown>, entry: Record<string, unknown>) => void) {
  const doc = example()
  const text = serializeBackup([doc], NOW, new Map(), {
    backupId: 'b2-id',
    backupBases: new Map([[doc.plan.id, carriedOf(doc)]]),
  })
  const file = JSON.parse(text) as Record<string, unknown> & {
    backupBases: Record<string, Record<string, unknown>>
  }
  edit(file, file.backupBases[doc.plan.id]!)
  return { text: JSON.stringify(file), planId: doc.plan.id }
}

describe('a saved backup names itself and the backups its quarters were in step with', () => {
  it('gives back its id, its save time and each quarter’s carried base exactly as written', () => {
    const doc = example()
    setStatus(doc, goal(doc, 'Resolve Kafka Connect'), 'done')
    const carried = carriedOf(example())
    const text = serializeBackup([doc], NOW, new Map(), {
      backupId: 'b2-id',
      backupBases: new Map([[doc.plan.id, carried]]),
    })
    const file = JSON.parse(text)
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'backupId',
      'exportedAt',
      'plans',
      'backupBases',
    ])
    // Nothing an older Quarterdeck needs to refuse: it would only lose the three-way merge.
    expect(file.version).toBe(1)
    const back = read(text)
    expect(back.docs).toEqual([doc])
    expect(back.backup).toEqual({ backupId: 'b2-id', savedAt: '2026-12-02T12:00:00.000Z' })
    expect(back.backupBases?.get(doc.plan.id)).toEqual(carried)
  })

  it('a base by name only, as Save backup… writes it, is read back without a quarter', () => {
    const doc = example()
    const { doc: _quarter, ...byName } = carriedOf(doc)
    const text = serializeBackup([doc], NOW, new Map(), {
      backupId: 'b2-id',
      backupBases: new Map([[doc.plan.id, byName]]),
    })
    expect(JSON.parse(text).backupBases[doc.plan.id]).not.toHaveProperty('doc')
    expect(read(text).backupBases?.get(doc.plan.id)).toEqual(byName)
    // The price of a base in a backup for a colleague: its name, and the older ones'.
    expect(text.length - serializeBackup([doc], NOW).length).toBeLessThan(500)
  })

  it('writes no empty list of earlier backups, and reads its absence as none', () => {
    const doc = example()
    const carried = { ...carriedOf(doc), earlier: [] }
    const text = serializeBackup([doc], NOW, new Map(), {
      backupBases: new Map([[doc.plan.id, carried]]),
    })
    expect(JSON.parse(text).backupBases[doc.plan.id]).not.toHaveProperty('earlier')
    expect(read(text).backupBases?.get(doc.plan.id)).toEqual(carried)
    expect(read(text).backup).toBeUndefined()
  })

  it('a quarter without a backup base costs nothing: no field, and a base of another quarter is not written', () => {
    const doc = example()
    const stray = new Map([['another-quarter', carriedOf(doc)]])
    const text = serializeBackup([doc], NOW, new Map(), { backupBases: stray })
    expect(text).toBe(serializeBackup([doc], NOW))
    expect(read(text).backupBases).toBeUndefined()
  })
})

describe('older backups still open', () => {
  it('a version 1 file with neither id nor backup bases opens as before', () => {
    const doc = example()
    const old = JSON.stringify({
      format: 'quarterdeck',
      version: 1,
      exportedAt: '2026-10-01T09:00:00.000Z',
      plans: [doc],
    })
    expect(parseBackup(old)).toEqual({ ok: true, docs: [doc] })
  })
})

describe('a damaged backup base or id is refused in one sentence naming where, and nothing is read', () => {
  it('names a field of the wrong kind', () => {
    const id = edited((_file, entry) => {
      entry.backupId = 42
    })
    expect(errorOf(id.text)).toBe(
      `The backup file is damaged: backupBases["${id.planId}"].backupId: expected the backup's id, got 42.`,
    )
    const when = edited((_file, entry) => {
      entry.savedAt = 'last week'
    })
    expect(errorOf(when.text)).toBe(
      `The backup file is damaged: backupBases["${when.planId}"].savedAt: expected the date and time the backup was saved, got "last week".`,
    )
    const earlier = edited((_file, entry) => {
      entry.earlier = [{ backupId: '', savedAt: '2026-12-01T09:00:00.000Z' }]
    })
    expect(errorOf(earlier.text)).toBe(
      `The backup file is damaged: backupBases["${earlier.planId}"].earlier[0].backupId: expected the backup's id, got "".`,
    )
  })

  it('names the problem inside the base’s quarter, or a quarter that is not one', () => {
    const empty = edited((_file, entry) => {
      ;(entry.doc as PlanDocument).goals[0]!.text = ' '
    })
    expect(errorOf(empty.text)).toBe(
      `The backup file is damaged: backupBases["${empty.planId}"].doc: goals[0].text: Goal text cannot be empty.`,
    )
    const text = edited((_file, entry) => {
      entry.doc = 'the quarter'
    })
    expect(errorOf(text.text)).toBe(
      `The backup file is damaged: backupBases["${text.planId}"].doc: expected the quarter as that backup holds it, got "the quarter".`,
    )
  })

  it('refuses a base of a quarter the file does not hold, a field that is not a map, and a bad id of its own', () => {
    const stray = edited((file, entry) => {
      file.backupBases = { elsewhere: entry }
    })
    expect(errorOf(stray.text)).toBe(
      'The backup file is damaged: backupBases["elsewhere"]: the file holds no quarter with this id.',
    )
    const list = edited((file) => {
      file.backupBases = [1]
    })
    expect(errorOf(list.text)).toBe(
      'The backup file is damaged: backupBases: expected the backups each quarter was in step with, by quarter id, got a list.',
    )
    const own = edited((file) => {
      file.backupId = ''
    })
    expect(errorOf(own.text)).toBe(
      `The backup file is damaged: backupId: expected the backup's id, got "".`,
    )
    const undated = edited((file) => {
      delete file.exportedAt
    })
    expect(errorOf(undated.text)).toBe(
      'The backup file is damaged: exportedAt: expected the date and time the backup was saved, got undefined.',
    )
  })
})

describe('a backup file rewritten by a tool (the command line’s publish and pull)', () => {
  const own = { backupId: 'b-own', savedAt: '2026-12-01T10:00:00.000Z' }
  const older = { backupId: 'b-older', savedAt: '2026-11-01T10:00:00.000Z' }
  const oldest = { backupId: 'b-oldest', savedAt: '2026-10-01T10:00:00.000Z' }

  it('names the file it was as each quarter’s newest base, then the ones it carried', () => {
    const carried = new Map([['p1', { ...older, earlier: [oldest] }]])
    expect(basesAfterRewrite(['p1', 'p2'], own, carried)).toEqual(
      new Map([
        ['p1', { ...own, earlier: [older, oldest] }],
        ['p2', { ...own, earlier: [] }],
      ]),
    )
  })

  it('keeps what a file without an id of its own carried, and names nothing twice', () => {
    const carried = new Map([['p1', { ...older, earlier: [] }]])
    expect(basesAfterRewrite(['p1'], undefined, carried)).toBe(carried)
    const again = new Map([['p1', { ...own, earlier: [older] }]])
    expect(basesAfterRewrite(['p1'], own, again).get('p1')?.earlier).toEqual([older])
  })
})
