/**
 * A saved file or an automatic backup on a full disk: the write fails part
 * way (ENOSPC after some bytes), the old file is left whole, no temporary
 * file stays behind, and the message is the one disk-full sentence.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** The disk: once full, a write puts down half its text and then fails with ENOSPC. */
const disk = vi.hoisted(() => ({ full: false, code: 'ENOSPC' }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const open: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args)
    if (!disk.full) return handle
    const writeFile = async (text: string) => {
      await handle.write(text.slice(0, Math.floor(text.length / 2)))
      throw Object.assign(new Error(`${disk.code}: no space left on device, write`), {
        code: disk.code,
      })
    }
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'writeFile') return writeFile
        const value: unknown = Reflect.get(target, key, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  }
  return { ...fs, open, default: { ...fs, open } }
})

const { writeTextFileAtomic } = await import('../../../src/main/fileIo')
const { saveAutoBackup } = await import('../../../src/main/autoBackupFolder')
const { AUTO_BACKUP_DISK_FULL, createAutoBackups } = await import('../../../src/main/autoBackups')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qd-full-'))
  disk.full = false
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('a full disk', () => {
  it.each(['ENOSPC', 'EDQUOT'])(
    'leaves a saved file as it was, with one sentence (%s)',
    async (code) => {
      const target = join(dir, 'goals.json')
      writeFileSync(target, 'the old backup')
      disk.full = true
      disk.code = code
      await expect(writeTextFileAtomic(target, 'x'.repeat(10_000))).rejects.toThrow(
        'The disk is full, so "goals.json" was not saved and nothing of it was written; free some space and try again.',
      )
      expect(readFileSync(target, 'utf8')).toBe('the old backup')
      expect(readdirSync(dir)).toEqual(['goals.json'])

      // Space is back: the same write lands.
      disk.full = false
      await writeTextFileAtomic(target, 'the new backup')
      expect(readFileSync(target, 'utf8')).toBe('the new backup')
      expect(readdirSync(dir)).toEqual(['goals.json'])
    },
  )

  it('writes no half automatic backup', async () => {
    disk.full = true
    await expect(saveAutoBackup(dir, '{"format":"x"}'.repeat(100), new Date())).rejects.toThrow(
      /^The disk is full, so "quarterdeck-[^"]+\.json" was not saved and nothing of it was written; free some space and try again\.$/,
    )
    expect(readdirSync(dir)).toEqual([])
  })

  it('makes automatic backups report the disk full until one is written again', async () => {
    const logs: string[] = []
    const backups = createAutoBackups(join(dir, 'Automatic backups'), {
      log: (message) => logs.push(message),
      intervalMs: 60_000,
    })
    expect(backups.problem()).toBeNull()
    disk.full = true
    backups.offer('{"format":"quarterdeck"}')
    await backups.flush()
    expect(backups.problem()).toBe(AUTO_BACKUP_DISK_FULL)
    expect(AUTO_BACKUP_DISK_FULL).toMatch(
      /^The disk is full, so the automatic backup was not written [^;]*; free some space and try again\.$/,
    )
    expect(logs.join('\n')).toMatch(/The disk is full/)
    expect(readdirSync(join(dir, 'Automatic backups'))).toEqual([])

    disk.full = false
    backups.offer('{"format":"quarterdeck"}')
    await backups.flush()
    expect(backups.problem()).toBeNull()
    expect(readdirSync(join(dir, 'Automatic backups'))).toHaveLength(1)
  })
})
