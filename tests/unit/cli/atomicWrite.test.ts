import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isSameFile, writeFileAtomicSync, type AtomicFs } from '../../../src/cli/atomicWrite'

let dir = ''
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'quarterdeck-atomic-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const STEPS = ['openSync', 'writeFileSync', 'fsyncSync', 'renameSync'] as const

/** The real file system, except that `step` fails as a full disk does (a write after a part). */
function fullDiskAt(step: (typeof STEPS)[number]): AtomicFs {
  const failing = (...args: unknown[]): never => {
    if (step === 'writeFileSync') fs.writeFileSync(args[0] as number, String(args[1]).slice(0, 10))
    throw Object.assign(new Error(`ENOSPC: no space left on device, ${step}`), { code: 'ENOSPC' })
  }
  return { ...fs, [step]: failing }
}

describe('writing an output file atomically', () => {
  it('creates a file, replaces one, and leaves nothing else in the folder', () => {
    const path = join(dir, 'page.wiki')
    writeFileAtomicSync(path, 'first')
    writeFileAtomicSync(path, 'second ✓')
    expect(fs.readFileSync(path, 'utf8')).toBe('second ✓')
    expect(fs.readdirSync(dir)).toEqual(['page.wiki'])
  })

  it.each(STEPS)('keeps the old file whole and leaves no partial file when %s fails', (step) => {
    const path = join(dir, 'backup.json')
    fs.writeFileSync(path, 'the old backup')
    expect(() => writeFileAtomicSync(path, 'x'.repeat(100_000), fullDiskAt(step))).toThrow(
      expect.objectContaining({ code: 'ENOSPC' }),
    )
    expect(fs.readFileSync(path, 'utf8')).toBe('the old backup')
    expect(fs.readdirSync(dir)).toEqual(['backup.json'])
  })

  it.each(STEPS)('creates no file at all when %s fails on a new one', (step) => {
    const path = join(dir, 'new.json')
    expect(() => writeFileAtomicSync(path, 'text', fullDiskAt(step))).toThrow()
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('fails without leftovers where the folder is missing or the name is a folder', () => {
    expect(() => writeFileAtomicSync(join(dir, 'missing', 'a.wiki'), 'text')).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    )
    fs.mkdirSync(join(dir, 'folder'))
    fs.writeFileSync(join(dir, 'folder', 'inside'), 'kept')
    expect(() => writeFileAtomicSync(join(dir, 'folder'), 'text')).toThrow()
    expect(fs.readdirSync(dir)).toEqual(['folder'])
    expect(fs.readFileSync(join(dir, 'folder', 'inside'), 'utf8')).toBe('kept')
  })

  it('writes through a symbolic link, which stays a link', () => {
    fs.writeFileSync(join(dir, 'real.wiki'), 'old')
    fs.symlinkSync('real.wiki', join(dir, 'link.wiki'))
    writeFileAtomicSync(join(dir, 'link.wiki'), 'new')
    expect(fs.lstatSync(join(dir, 'link.wiki')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(join(dir, 'real.wiki'), 'utf8')).toBe('new')
  })
})

describe('telling whether two paths are one file', () => {
  it('sees one file under other spellings, symbolic links and hard links', () => {
    const path = join(dir, 'b.json')
    fs.writeFileSync(path, '{}')
    fs.mkdirSync(join(dir, 'sub'))
    fs.symlinkSync(path, join(dir, 'sym.json'))
    fs.linkSync(path, join(dir, 'hard.json'))
    for (const other of [
      path,
      join(dir, 'sub', '..', 'b.json'),
      `${dir}//./b.json`,
      join(dir, 'sym.json'),
      join(dir, 'hard.json'),
    ])
      expect(isSameFile(path, other), other).toBe(true)
  })

  it('tells different files apart, and a file from one that does not exist yet', () => {
    fs.writeFileSync(join(dir, 'a.json'), '{}')
    fs.writeFileSync(join(dir, 'b.json'), '{}')
    expect(isSameFile(join(dir, 'a.json'), join(dir, 'b.json'))).toBe(false)
    expect(isSameFile(join(dir, 'a.json'), join(dir, 'new.json'))).toBe(false)
  })
})
