/**
 * A saved file, an automatic backup or a command line output on a full disk:
 * the write fails at any of its steps (ENOSPC when the temporary file is
 * made, after part of the text, when it is flushed, when it is renamed), the
 * old file is left whole, no temporary file stays behind, and the message is
 * the one disk-full sentence. Only the full disk is simulated, at the
 * boundary (node:fs/promises); the files are real.
 */
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Step = 'open' | 'write' | 'sync' | 'rename'

/** The disk: once full, the write fails at `step` with `code` (a write puts down half its text first). */
const disk = vi.hoisted(() => ({ full: false, code: 'ENOSPC', step: 'write' as Step }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const fail = (step: Step): Error | null =>
    disk.full && disk.step === step
      ? Object.assign(new Error(`${disk.code}: no space left on device, ${step}`), {
          code: disk.code,
        })
      : null
  const open: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
    const opening = fail('open')
    if (opening) throw opening
    const handle = await fs.open(...args)
    const writeFile = async (text: string) => {
      const error = fail('write')
      if (!error) return handle.writeFile(text, 'utf8')
      await handle.write(text.slice(0, Math.floor(text.length / 2)))
      throw error
    }
    const sync = async () => {
      const error = fail('sync')
      if (error) throw error
      return handle.sync()
    }
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'writeFile') return writeFile
        if (key === 'sync') return sync
        const value: unknown = Reflect.get(target, key, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  }
  const rename: typeof fs.rename = async (...args: Parameters<typeof fs.rename>) => {
    const error = fail('rename')
    if (error) throw error
    return fs.rename(...args)
  }
  return { ...fs, open, rename, default: { ...fs, open, rename } }
})

const { writeTextFileAtomic } = await import('../../../src/main/atomicWrite')
const { nodeIo } = await import('../../../src/cli/nodeIo')
const { runCli } = await import('../../../src/cli/run')
const { serializeBackup } = await import('../../../src/shared/backup')
const { buildExampleQuarter } = await import('../../../src/shared/example')
const { saveAutoBackup } = await import('../../../src/main/autoBackupFolder')
const { AUTO_BACKUP_DISK_FULL, createAutoBackups } = await import('../../../src/main/autoBackups')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qd-full-'))
  disk.full = false
  disk.step = 'write'
  disk.code = 'ENOSPC'
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

  it.each(['open', 'write', 'sync', 'rename'] as const)(
    'leaves the file a link points to whole, and the link a link, when %s fails',
    async (step) => {
      writeFileSync(join(dir, 'real.json'), 'the old backup')
      symlinkSync('real.json', join(dir, 'goals.json'))
      disk.full = true
      disk.step = step
      await expect(
        writeTextFileAtomic(join(dir, 'goals.json'), 'x'.repeat(10_000)),
      ).rejects.toThrow(
        'The disk is full, so "goals.json" was not saved and nothing of it was written; free some space and try again.',
      )
      expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('the old backup')
      expect(lstatSync(join(dir, 'goals.json')).isSymbolicLink()).toBe(true)
      expect(readdirSync(dir).sort()).toEqual(['goals.json', 'real.json'])
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

describe('the command line on a full disk', () => {
  const NOW = Date.UTC(2019, 9, 1)
  let next = 0
  const backup = serializeBackup(
    [buildExampleQuarter({ newId: () => `d-${++next}`, now: NOW })],
    NOW,
  )

  async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const run = { out: '', err: '' }
    const io = {
      ...nodeIo,
      stdout: (text: string) => (run.out += text),
      stderr: (text: string) => (run.err += text),
    }
    return { code: await runCli(argv, io), ...run }
  }

  it.each(['export', 'import'] as const)(
    '%s says so in the app’s sentence, exits 1 and leaves the old output',
    async (command) => {
      writeFileSync(join(dir, 'b.json'), backup)
      const exported = await cli(['export', join(dir, 'b.json'), '-o', join(dir, 'page.wiki')])
      expect(exported.code).toBe(0)
      const input = join(dir, command === 'export' ? 'b.json' : 'page.wiki')
      const output = join(dir, 'old-output')
      writeFileSync(output, 'the old output')
      disk.full = true
      expect(await cli([command, input, '-o', output])).toEqual({
        code: 1,
        out: '',
        err: 'quarterdeck: The disk is full, so "old-output" was not saved and nothing of it was written; free some space and try again.\n',
      })
      expect(readFileSync(output, 'utf8')).toBe('the old output')
      expect(readdirSync(dir).sort()).toEqual(['b.json', 'old-output', 'page.wiki'])

      // Space is back: the same command writes its output.
      disk.full = false
      expect((await cli([command, input, '-o', output])).code).toBe(0)
      expect(readFileSync(output, 'utf8')).not.toBe('the old output')
    },
  )
})
