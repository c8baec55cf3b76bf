/**
 * The one atomic text file write (src/main/atomicWrite.ts), used by the main
 * process and the command line, on real files in a temporary folder: it
 * replaces a file whole, writes through symbolic links (which stay links),
 * keeps a file's permissions, and on failure leaves the old file as it was
 * and nothing else behind. A full disk is in atomicWriteDiskFull.test.ts.
 */
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeTextFileAtomic } from '../../../src/main/atomicWrite'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quarterdeck-atomic-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const at = (...parts: string[]): string => join(dir, ...parts)
const text = (...parts: string[]): string => readFileSync(at(...parts), 'utf8')
const isLink = (...parts: string[]): boolean => lstatSync(at(...parts)).isSymbolicLink()

describe('writing a text file atomically', () => {
  it('creates a file, replaces one, and leaves nothing else in the folder', async () => {
    await writeTextFileAtomic(at('page.wiki'), 'first')
    await writeTextFileAtomic(at('page.wiki'), 'second ✓')
    expect(text('page.wiki')).toBe('second ✓')
    expect(readdirSync(dir)).toEqual(['page.wiki'])
  })

  it('writes through a symbolic link to its file; the link stays a link', async () => {
    writeFileSync(at('real.json'), 'old')
    symlinkSync('real.json', at('link.json'))
    await writeTextFileAtomic(at('link.json'), 'new')
    expect(isLink('link.json')).toBe(true)
    expect(text('real.json')).toBe('new')
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json'])
  })

  it('follows a chain of links into another folder, and writes the temporary file there', async () => {
    mkdirSync(at('sync'))
    writeFileSync(at('sync', 'goals.json'), 'old')
    symlinkSync(at('sync', 'goals.json'), at('sync', 'latest.json'))
    symlinkSync('sync/latest.json', at('goals.json'))
    await writeTextFileAtomic(at('goals.json'), 'new')
    expect([isLink('goals.json'), isLink('sync', 'latest.json')]).toEqual([true, true])
    expect(text('sync', 'goals.json')).toBe('new')
    expect(readdirSync(at('sync')).sort()).toEqual(['goals.json', 'latest.json'])
  })

  it('creates the file a link to nothing yet names, keeping the link', async () => {
    symlinkSync('later.json', at('link.json'))
    await writeTextFileAtomic(at('link.json'), 'new')
    expect(isLink('link.json')).toBe(true)
    expect(text('later.json')).toBe('new')
  })

  it('keeps the permissions of the file it replaces', async () => {
    writeFileSync(at('private.json'), 'old')
    chmodSync(at('private.json'), 0o600)
    await writeTextFileAtomic(at('private.json'), 'new')
    expect(statSync(at('private.json')).mode & 0o777).toBe(0o600)
    expect(text('private.json')).toBe('new')
  })

  it('replaces a file whose name has the longest length a name may have', async () => {
    const name = `${'é'.repeat(125)}.wiki`
    expect(Buffer.byteLength(name)).toBe(255)
    writeFileSync(at(name), 'old')
    await writeTextFileAtomic(at(name), 'new')
    expect(text(name)).toBe('new')
    expect(readdirSync(dir)).toEqual([name])
  })
})

describe('a write that fails', () => {
  it('leaves a folder of the target’s name whole, says why, and leaves no temporary file', async () => {
    mkdirSync(at('backup.json'))
    writeFileSync(at('backup.json', 'inside'), 'kept')
    await expect(writeTextFileAtomic(at('backup.json'), 'new')).rejects.toThrow(
      'Could not save "backup.json": a folder has that name.',
    )
    expect(readdirSync(dir)).toEqual(['backup.json'])
    expect(text('backup.json', 'inside')).toBe('kept')
  })

  it('says so for a folder that does not exist, and creates nothing', async () => {
    await expect(writeTextFileAtomic(at('missing', 'a.wiki'), 'text')).rejects.toThrow(
      expect.objectContaining({
        message: 'Could not save "a.wiki": the file or folder does not exist.',
        code: 'ENOENT',
      }),
    )
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses links that go round in a loop, changing nothing', async () => {
    symlinkSync('b.json', at('a.json'))
    symlinkSync('a.json', at('b.json'))
    await expect(writeTextFileAtomic(at('a.json'), 'text')).rejects.toThrow(
      'Could not save "a.json": its symbolic links go round in a loop.',
    )
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json'])
    expect([isLink('a.json'), isLink('b.json')]).toEqual([true, true])
  })
})
