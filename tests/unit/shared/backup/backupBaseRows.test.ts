/**
 * A backup base as stored (backupBaseRows.ts): the quarter as JSON text, so
 * that IndexedDB copies a string, not a quarter of objects, on the window's
 * thread. Rows that stores written before hold the quarter as an object: both
 * are read as the same base, and a backup carries either alike.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  backupBaseOf,
  backupBaseRow,
  carriedBase,
  documentJsonInSteps,
  type BackupBaseRow,
} from '../../../../src/shared/backup/backupBaseRows'
import { copy, example } from '../merge/helpers'

const MARK = { backupId: 'b1', savedAt: '2026-12-02T09:00:00.000Z' }

/** The row as a store written before held it: the quarter as an object. */
function rowAsObject(row: BackupBaseRow, doc = example()): BackupBaseRow {
  const { backupId, savedAt } = row.base
  return { ...row, base: { backupId, savedAt, doc } }
}

afterEach(() => vi.restoreAllMocks())

describe('a backup base row', () => {
  it('holds its quarter as text, no object of it', () => {
    const doc = example()
    const row = backupBaseRow(doc.plan.id, MARK, doc, 5)
    expect(row).toEqual({
      id: `${doc.plan.id} b1`,
      planId: doc.plan.id,
      base: { ...MARK, docJson: JSON.stringify(doc) },
      at: 5,
    })
    expect(Object.values(row.base).every((field) => typeof field === 'string')).toBe(true)
  })

  it('is read as the same base as a row that holds the quarter as an object', () => {
    const doc = example()
    const asText = backupBaseRow(doc.plan.id, MARK, doc, 5)
    const asObject = rowAsObject(asText, copy(doc))
    for (const row of [asText, asObject]) {
      const base = backupBaseOf(row)
      expect(base.backupId).toBe('b1')
      expect(base.savedAt).toBe(MARK.savedAt)
      expect(base.doc).toEqual(doc)
    }
  })

  it('reads its text only when the quarter is asked for, and once', () => {
    const doc = example()
    const row = backupBaseRow(doc.plan.id, MARK, doc, 5)
    const parse = vi.spyOn(JSON, 'parse')
    const base = backupBaseOf(row)
    expect(base.backupId).toBe('b1')
    expect(parse).not.toHaveBeenCalled()
    expect(base.doc.goals).toHaveLength(doc.goals.length)
    expect(base.doc).toBe(base.doc)
    expect(parse).toHaveBeenCalledTimes(1)
  })

  it('carries the newest base with its quarter, stored either way, and names the older ones', () => {
    const doc = example()
    const older = backupBaseRow(doc.plan.id, { backupId: 'b0', savedAt: MARK.savedAt }, doc, 1)
    const newest = backupBaseRow(doc.plan.id, MARK, doc, 2)
    for (const rows of [
      [older, newest],
      [rowAsObject(older), rowAsObject(newest, copy(doc))],
    ]) {
      expect(carriedBase(rows, true)).toEqual({
        ...MARK,
        doc,
        earlier: [{ backupId: 'b0', savedAt: MARK.savedAt }],
      })
      expect(carriedBase(rows, false)).toEqual({
        ...MARK,
        earlier: [{ backupId: 'b0', savedAt: MARK.savedAt }],
      })
    }
  })
})

describe('the text of a quarter made in steps', () => {
  it('is the text JSON.stringify makes, with a step after each few rows', () => {
    const doc = example()
    doc.goals[0]!.text = 'Quotes " and \\ backslashes, \u2028 a line separator, and émoji 🚀'
    const rows =
      doc.teams.length +
      doc.groups.length +
      doc.goals.length +
      doc.history.length +
      doc.updates.length
    for (const perStep of [1, 7, rows + 1]) {
      const steps = documentJsonInSteps(doc, perStep)
      let taken = 0
      let step = steps.next()
      for (; !step.done; step = steps.next()) taken++
      expect(step.value).toBe(JSON.stringify(doc))
      expect(taken).toBe(Math.floor(rows / perStep))
    }
  })
})
