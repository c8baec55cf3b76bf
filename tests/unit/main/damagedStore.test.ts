import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DAMAGED_STORES_FOLDER, keepDamagedStore } from '../../../src/main/damagedStore'

let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qd-damaged-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** An IndexedDB folder as Chromium leaves it: one LevelDB folder per origin. */
function storeFiles(): void {
  const leveldb = join(root, 'IndexedDB', 'app_quarterdeck_0.indexeddb.leveldb')
  mkdirSync(leveldb, { recursive: true })
  writeFileSync(join(leveldb, 'CURRENT'), 'MANIFEST-000001\n')
  writeFileSync(join(leveldb, '000003.log'), 'goals')
}

describe('keeping a damaged store aside', () => {
  it('copies the whole IndexedDB folder under a time-stamped name and leaves the original', async () => {
    storeFiles()
    const kept = await keepDamagedStore(root, new Date('2026-12-02T07:05:09Z'))
    expect(kept).toBe(join(root, DAMAGED_STORES_FOLDER, '2026-12-02T07-05-09Z'))
    const copied = join(kept ?? '', 'app_quarterdeck_0.indexeddb.leveldb', '000003.log')
    expect(readFileSync(copied, 'utf8')).toBe('goals')
    const original = join(root, 'IndexedDB', 'app_quarterdeck_0.indexeddb.leveldb', '000003.log')
    expect(readFileSync(original, 'utf8')).toBe('goals')
  })

  it('says there is nothing to keep when there is no IndexedDB folder', async () => {
    expect(await keepDamagedStore(root, new Date())).toBeNull()
  })

  it('never overwrites an earlier copy, and says why it failed', async () => {
    storeFiles()
    const at = new Date('2026-12-02T07:05:09Z')
    await keepDamagedStore(root, at)
    await expect(keepDamagedStore(root, at)).rejects.toThrow(/could not be copied aside/)
  })
})
