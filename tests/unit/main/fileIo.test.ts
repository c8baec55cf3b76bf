/**
 * The bytes main reads for the Open dialog (src/main/fileIo.ts) go to the
 * page over IPC, which clones a typed array's whole ArrayBuffer: a small Node
 * Buffer is often a slice of a shared 8 KB pool, and the page must get the
 * file's bytes and nothing beside them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const reading = vi.hoisted(() => ({ pooled: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    // Buffer.from copies small contents into the shared pool, as Node may do with a small file.
    readFile: async (path: string) => {
      const read = await actual.readFile(path)
      return reading.pooled ? Buffer.from(read) : read
    },
  }
})

const { readFileBytesLimited } = await import('../../../src/main/fileIo')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qd-fileio-'))
  reading.pooled = false
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readFileBytesLimited', () => {
  it('gives exactly the file’s bytes on an ArrayBuffer of their own, also from a pooled Buffer', async () => {
    const path = join(dir, 'small.wiki')
    writeFileSync(path, 'Caf\xe9', 'latin1')
    for (const pooled of [false, true]) {
      reading.pooled = pooled
      const bytes = await readFileBytesLimited(path, 100)
      expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype)
      // What IPC sends is the structured clone: the whole buffer behind the view.
      expect([...new Uint8Array(structuredClone(bytes).buffer)]).toEqual([0x43, 0x61, 0x66, 0xe9])
    }
  })

  it('refuses a file over the limit, and a folder, with a sentence naming it', async () => {
    const path = join(dir, 'big.json')
    writeFileSync(path, Buffer.alloc(2 * 1024 * 1024 + 1, 0x61))
    await expect(readFileBytesLimited(path, 2 * 1024 * 1024)).rejects.toThrow(
      '"big.json" is over 2.0 MB; Quarterdeck opens files up to 2.0 MB.',
    )
    await expect(readFileBytesLimited(dir, 100)).rejects.toThrow(/ is not a file\.$/)
  })
})
