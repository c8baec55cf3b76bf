import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { autoBackupFolder, backupFileName } from '../../../src/main/autoBackupFolder'
import { createAutoBackups, holdQuitForAutoBackup } from '../../../src/main/autoBackups'
import { backupText } from './backupText'

let root: string
let folder: string
let log: ReturnType<typeof vi.fn<(message: string) => void>>

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qd-autobackups-'))
  folder = autoBackupFolder(root)
  log = vi.fn<(message: string) => void>()
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('automatic backups in a data folder', () => {
  it('writes the first backup at once, and names where they are kept', async () => {
    const backups = createAutoBackups(folder, { log })
    expect(backups.location()).toBe(join(root, 'Automatic backups'))
    backups.offer(backupText('Q4'))
    await backups.flush()
    const [name, ...others] = readdirSync(folder)
    expect(others).toEqual([])
    expect(readFileSync(join(folder, name!), 'utf8')).toBe(backupText('Q4'))
  })

  it('gives the newest backup as latest, even one still waiting for its interval', async () => {
    const backups = createAutoBackups(folder, { log })
    backups.offer(backupText('first'))
    backups.offer(backupText('second'))
    const latest = await backups.latest()
    expect(latest?.content).toBe(backupText('second'))
    expect(latest?.name).toMatch(/^quarterdeck-.*Z\.json$/)
    expect(backups.busy()).toBe(false)
  })

  it('is null as latest before any backup', async () => {
    await expect(createAutoBackups(folder, { log }).latest()).resolves.toBeNull()
  })

  it('rotates the folder after each write', async () => {
    mkdirSync(folder)
    for (let month = 0; month < 11; month++) {
      const name = backupFileName(new Date(Date.UTC(2025, month, 1, 12)))
      writeFileSync(join(folder, name), backupText(name))
    }
    const backups = createAutoBackups(folder, { log })
    backups.offer(backupText('today'))
    await backups.flush()
    const names = readdirSync(folder).sort()
    // The new one and the nine newest old ones: January and February 2025 go.
    expect(names).toHaveLength(10)
    expect(names[0]).toBe(backupFileName(new Date(Date.UTC(2025, 2, 1, 12))))
    expect(log).not.toHaveBeenCalled()
  })

  it('logs a folder it cannot write to, and carries on', async () => {
    // Fake timers only so the retry it schedules does not outlive the test.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      writeFileSync(folder, 'a file where the folder should be')
      const backups = createAutoBackups(folder, { log })
      backups.offer(backupText('Q4'))
      await expect(backups.flush()).resolves.toBeUndefined()
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/not written.*Could not create/))
      expect(backups.busy()).toBe(true)
      await expect(backups.latest()).rejects.toThrow(/^Could not read ".*Automatic backups": /)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('holding the quit for the last backup', () => {
  function pendingBackup(): {
    backups: { busy: () => boolean; flush: () => Promise<void> }
    finishWrite: () => void
  } {
    let finishWrite = (): void => {}
    const written = new Promise<void>((resolve) => {
      finishWrite = resolve
    })
    let busy = true
    return {
      backups: {
        busy: () => busy,
        flush: vi.fn(async () => {
          await written
          busy = false
        }),
      },
      finishWrite,
    }
  }

  it('holds the quit until the waiting backup is written, then quits', async () => {
    const { backups, finishWrite } = pendingBackup()
    const quit = vi.fn()
    const onWillQuit = holdQuitForAutoBackup(backups, quit)
    const event = { preventDefault: vi.fn() }
    onWillQuit(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(backups.flush).toHaveBeenCalledOnce()
    await Promise.resolve()
    expect(quit).not.toHaveBeenCalled()
    finishWrite()
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce())
    // The second will-quit, from that quit, goes through.
    const again = { preventDefault: vi.fn() }
    onWillQuit(again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('does not hold a quit when no backup waits', () => {
    const quit = vi.fn()
    const event = { preventDefault: vi.fn() }
    holdQuitForAutoBackup({ busy: () => false, flush: vi.fn() }, quit)(event)
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(quit).not.toHaveBeenCalled()
  })

  it('holds only once, and gives up on a write that hangs', async () => {
    vi.useFakeTimers()
    try {
      const { backups } = pendingBackup()
      const quit = vi.fn()
      const onWillQuit = holdQuitForAutoBackup(backups, quit, 10_000)
      onWillQuit({ preventDefault: vi.fn() })
      await vi.advanceTimersByTimeAsync(9_999)
      expect(quit).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      expect(quit).toHaveBeenCalledOnce()
      // Still busy, but the person asked to quit: no second hold.
      const again = { preventDefault: vi.fn() }
      onWillQuit(again)
      expect(again.preventDefault).not.toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })
})
