/**
 * Backup format version 2: each quarter's wiki base (the revision it was last
 * published as or pulled from) travels in the file, is read back as written,
 * and a damaged one is refused with a sentence naming where; files without a
 * base, and the version 1 files of earlier builds, still open.
 */
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, parseBackup, serializeBackup } from '../../../../src/shared/backup'
import type { PlanDocument } from '../../../../src/shared/model'
import type { WikiBase } from '../../../../src/shared/wikiSync/base'
import { example, throughWiki } from '../merge/helpers'

const NOW = Date.UTC(2026, 11, 2, 12)

/** The example quarter's base: revision 42 of its page, read back from the wiki. */
function baseOf(doc: PlanDocument, revid = 42): WikiBase {
  return {
    apiUrl: 'https://wiki.example/w/api.php',
    title: 'Tech/Goals/2019-20 Q2',
    revid,
    timestamp: '2026-12-02T10:00:00Z',
    doc: throughWiki(doc, 'b'),
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

/** A version 2 backup of the example with a base, its JSON edited by `edit`. */
function edited(edit: (file: { wikiBases: Record<string, Record<string, unknown>> }) => void) {
  const doc = example()
  const file = JSON.parse(serializeBackup([doc], NOW, new Map([[doc.plan.id, baseOf(doc)]])))
  edit(file)
  return { text: JSON.stringify(file), planId: doc.plan.id }
}

describe('a backup with wiki bases', () => {
  it('gives back each quarter’s base exactly as written, as version 2', () => {
    const doc = example()
    const base = baseOf(doc)
    const text = serializeBackup([doc], NOW, new Map([[doc.plan.id, base]]))
    const file = JSON.parse(text)
    expect(file.version).toBe(BACKUP_FORMAT_VERSION)
    expect(Object.keys(file.wikiBases)).toEqual([doc.plan.id])
    const back = read(text)
    expect(back.docs).toEqual([doc])
    expect(back.wikiBases?.get(doc.plan.id)).toEqual(base)
  })

  it('writes only the bases of the quarters it holds; without any it is version 1, with no field', () => {
    const doc = example()
    const stray = new Map([['another-quarter', baseOf(doc)]])
    const text = serializeBackup([doc], NOW, stray)
    expect(JSON.parse(text)).not.toHaveProperty('wikiBases')
    expect(JSON.parse(text).version).toBe(1)
    expect(text).toBe(serializeBackup([doc], NOW))
    expect(read(text).wikiBases).toBeUndefined()
  })
})

describe('older backups', () => {
  it('a version 1 file as earlier builds wrote it opens, with no base', () => {
    const doc = example()
    const old = JSON.stringify({
      format: 'quarterdeck',
      version: 1,
      exportedAt: '2026-10-01T09:00:00.000Z',
      plans: [doc],
    })
    expect(parseBackup(old)).toEqual({ ok: true, docs: [doc] })
  })

  it('a version 1 file of the command line keeps its sound base, and opens without a damaged one', () => {
    const doc = example()
    const base = baseOf(doc)
    const file = {
      format: 'quarterdeck',
      version: 1,
      plans: [doc],
      wikiBases: { [doc.plan.id]: base },
    }
    expect(read(JSON.stringify(file)).wikiBases?.get(doc.plan.id)).toEqual(base)
    const damaged = { ...file, wikiBases: { [doc.plan.id]: { ...base, revid: 'x' } } }
    expect(parseBackup(JSON.stringify(damaged))).toEqual({ ok: true, docs: [doc] })
  })
})

describe('a damaged base is refused in one sentence naming where, and nothing is read', () => {
  it('names a field of the wrong kind', () => {
    const revid = edited((file) => {
      for (const base of Object.values(file.wikiBases)) base.revid = '42'
    })
    expect(errorOf(revid.text)).toBe(
      `The backup file is damaged: wikiBases["${revid.planId}"].revid: expected a revision number, got "42".`,
    )
    const title = edited((file) => {
      for (const base of Object.values(file.wikiBases)) delete base.title
    })
    expect(errorOf(title.text)).toBe(
      `The backup file is damaged: wikiBases["${title.planId}"].title: expected the page's title, got undefined.`,
    )
    const when = edited((file) => {
      for (const base of Object.values(file.wikiBases)) base.timestamp = 'yesterday'
    })
    expect(errorOf(when.text)).toMatch(/\.timestamp: expected the revision's date and time/)
  })

  it('names the problem inside the base’s quarter', () => {
    const { text, planId } = edited((file) => {
      for (const base of Object.values(file.wikiBases)) {
        ;(base.doc as PlanDocument).goals[0]!.text = ' '
      }
    })
    expect(errorOf(text)).toBe(
      `The backup file is damaged: wikiBases["${planId}"].doc: goals[0].text: Goal text cannot be empty.`,
    )
  })

  it('refuses a base of a quarter the file does not hold, and a field that is not a map', () => {
    const stray = edited((file) => {
      file.wikiBases = { elsewhere: Object.values(file.wikiBases)[0]! }
    })
    expect(errorOf(stray.text)).toBe(
      'The backup file is damaged: wikiBases["elsewhere"]: the file holds no quarter with this id.',
    )
    const list = edited((file) => {
      ;(file as { wikiBases: unknown }).wikiBases = [1]
    })
    expect(errorOf(list.text)).toBe(
      'The backup file is damaged: wikiBases: expected the wiki revisions by quarter id, got a list.',
    )
  })
})
