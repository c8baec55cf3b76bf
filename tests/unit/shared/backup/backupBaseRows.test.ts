/**
 * A backup base as stored (backupBaseRows.ts): the quarter as JSON text in a
 * Blob, so that IndexedDB stores it by reference instead of copying it on the
 * window's thread. Rows that stores written before hold the quarter as an
 * object, or as a string of that text: all three are read as the same base,
 * and a backup carries each alike.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  backupBaseRow,
  carriedBase,
  documentBlobInSteps,
  readBackupBase,
  type BackupBaseRow,
} from '../../../../src/shared/backup/backupBaseRows'
import { copy, example } from '../merge/helpers'

const MARK = { backupId: 'b1', savedAt: '2026-12-02T09:00:00.000Z' }

/** The row as a store written before held it: the quarter as an object. */
function rowAsObject(row: BackupBaseRow, doc = example()): BackupBaseRow {
  const { backupId, savedAt } = row.base
  return { ...row, base: { backupId, savedAt, doc } }
}

/** The row as the first build of 2026-12-03 wrote it: the quarter's text as a string. */
function rowAsString(row: BackupBaseRow, doc = example()): BackupBaseRow {
  const { backupId, savedAt } = row.base
  return { ...row, base: { backupId, savedAt, docJson: JSON.stringify(doc) } }
}

/** The text a row's Blob holds. */
async function textOf(row: BackupBaseRow): Promise<string> {
  if (!('docJson' in row.base) || typeof row.base.docJson === 'string') {
    throw new Error('not a row with a Blob')
  }
  return row.base.docJson.text()
}

afterEach(() => vi.restoreAllMocks())

describe('a backup base row', () => {
  it('holds its quarter as JSON text in a Blob, no object of it', async () => {
    const doc = example()
    const row = backupBaseRow(doc.plan.id, MARK, doc, 5)
    expect(row).toMatchObject({ id: `${doc.plan.id} b1`, planId: doc.plan.id, base: MARK, at: 5 })
    expect(Object.keys(row.base).sort()).toEqual(['backupId', 'docJson', 'savedAt'])
    expect(row.base).toHaveProperty('docJson', expect.any(Blob))
    expect(await textOf(row)).toBe(JSON.stringify(doc))
  })

  it('is read as the same base as rows that hold the quarter as an object or a string', async () => {
    const doc = example()
    const asBlob = backupBaseRow(doc.plan.id, MARK, doc, 5)
    for (const row of [asBlob, rowAsObject(asBlob, copy(doc)), rowAsString(asBlob, copy(doc))]) {
      const base = await readBackupBase(row)
      expect(base.backupId).toBe('b1')
      expect(base.savedAt).toBe(MARK.savedAt)
      expect(base.doc).toEqual(doc)
    }
  })

  it('parses its text only when the quarter is asked for, and once', async () => {
    const doc = example()
    const row = backupBaseRow(doc.plan.id, MARK, doc, 5)
    const parse = vi.spyOn(JSON, 'parse')
    const base = await readBackupBase(row)
    expect(base.backupId).toBe('b1')
    expect(parse).not.toHaveBeenCalled()
    expect(base.doc.goals).toHaveLength(doc.goals.length)
    expect(base.doc).toBe(base.doc)
    expect(parse).toHaveBeenCalledTimes(1)
  })

  it('carries the newest base with its quarter, stored any way, and names the older ones', async () => {
    const doc = example()
    const older = backupBaseRow(doc.plan.id, { backupId: 'b0', savedAt: MARK.savedAt }, doc, 1)
    const newest = backupBaseRow(doc.plan.id, MARK, doc, 2)
    for (const rows of [
      [older, newest],
      [rowAsObject(older), rowAsObject(newest, copy(doc))],
      [rowAsString(older), rowAsString(newest, copy(doc))],
    ]) {
      expect(await carriedBase(rows, true)).toEqual({
        ...MARK,
        doc,
        earlier: [{ backupId: 'b0', savedAt: MARK.savedAt }],
      })
      expect(await carriedBase(rows, false)).toEqual({
        ...MARK,
        earlier: [{ backupId: 'b0', savedAt: MARK.savedAt }],
      })
    }
  })
})

describe('the text of a quarter made in steps', () => {
  it('is the text JSON.stringify makes, with a step after each few rows', async () => {
    const doc = example()
    doc.goals[0]!.text = 'Quotes " and \\ backslashes, \u2028 a line separator, and émoji 🚀'
    const rows =
      doc.teams.length +
      doc.groups.length +
      doc.goals.length +
      doc.history.length +
      doc.updates.length
    for (const perStep of [1, 7, doc.teams.length, rows, rows + 1]) {
      const steps = documentBlobInSteps(doc, perStep)
      let taken = 0
      let step = steps.next()
      for (; !step.done; step = steps.next()) taken++
      expect(await step.value.text()).toBe(JSON.stringify(doc))
      expect(taken).toBe(Math.floor(rows / perStep))
    }
  })

  it('writes empty lists and a quarter with no rows as JSON.stringify does', async () => {
    const doc = { ...example(), teams: [], groups: [], goals: [], history: [], updates: [] }
    const steps = documentBlobInSteps(doc, 2)
    const step = steps.next()
    if (!step.done) throw new Error('a quarter without rows takes no step')
    expect(await step.value.text()).toBe(JSON.stringify(doc))
  })
})
