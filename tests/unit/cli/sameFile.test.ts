import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isSameFile } from '../../../src/cli/sameFile'

let dir = ''
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'quarterdeck-same-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

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
