import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  AUTO_BACKUP_INTERVAL_MS,
  createAutoBackupScheduler,
  type AutoBackupScheduler,
} from '../../../src/main/autoBackupScheduler'

const MINUTE = 60_000
const START = Date.UTC(2026, 11, 2, 5, 40, 0)

let written: Array<{ content: string; at: string }>
let failWith: Error | undefined
let log: ReturnType<typeof vi.fn<(message: string) => void>>
let scheduler: AutoBackupScheduler

function diskFull(): Error {
  return Object.assign(new Error('Could not save "quarterdeck-….json": the disk is full.'), {
    code: 'ENOSPC',
  })
}

/** Lets the fake clock run, with the writes it starts. */
async function minutesPass(minutes: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(minutes * MINUTE)
}

beforeEach(() => {
  vi.useFakeTimers({ now: START })
  written = []
  failWith = undefined
  log = vi.fn<(message: string) => void>()
  scheduler = createAutoBackupScheduler({
    log,
    write: async (content, at) => {
      await Promise.resolve()
      if (failWith) throw failWith
      written.push({ content, at: at.toISOString() })
    },
  })
})

afterEach(() => {
  scheduler.stop()
  vi.useRealTimers()
})

describe('automatic backup timing', () => {
  it('writes every three minutes at most', () => {
    expect(AUTO_BACKUP_INTERVAL_MS).toBe(3 * MINUTE)
  })

  it('writes the first backup at once', async () => {
    scheduler.offer('v1')
    await minutesPass(0)
    expect(written).toEqual([{ content: 'v1', at: '2026-12-02T05:40:00.000Z' }])
    expect(scheduler.busy()).toBe(false)
  })

  it('writes only the newest of the backups sent within the interval, when it ends', async () => {
    scheduler.offer('v1')
    await minutesPass(1)
    scheduler.offer('v2')
    scheduler.offer('v3')
    await minutesPass(1.5)
    expect(written.map((w) => w.content)).toEqual(['v1'])
    expect(scheduler.busy()).toBe(true)
    await minutesPass(0.5)
    expect(written).toEqual([
      { content: 'v1', at: '2026-12-02T05:40:00.000Z' },
      { content: 'v3', at: '2026-12-02T05:43:00.000Z' },
    ])
  })

  it('writes nothing when nothing new was sent, and at once after a quiet spell', async () => {
    scheduler.offer('v1')
    await minutesPass(30)
    expect(written).toHaveLength(1)
    scheduler.offer('v2')
    await minutesPass(0)
    expect(written.map((w) => w.at)).toEqual([
      '2026-12-02T05:40:00.000Z',
      '2026-12-02T06:10:00.000Z',
    ])
  })

  it('survives a full disk: logs, keeps the backup and tries again an interval later', async () => {
    failWith = diskFull()
    scheduler.offer('v1')
    await minutesPass(0)
    expect(written).toEqual([])
    expect(log).toHaveBeenCalledOnce()
    expect(log.mock.calls[0]?.[0]).toMatch(/not written, trying again .*the disk is full/)
    expect(scheduler.busy()).toBe(true)

    failWith = undefined
    await minutesPass(2.9)
    expect(written).toEqual([])
    await minutesPass(0.1)
    expect(written).toEqual([{ content: 'v1', at: '2026-12-02T05:43:00.000Z' }])
  })

  it('after a failed write, tries again with whatever is newest by then', async () => {
    failWith = diskFull()
    scheduler.offer('v1')
    await minutesPass(1)
    scheduler.offer('v2')
    failWith = undefined
    await minutesPass(2)
    expect(written.map((w) => w.content)).toEqual(['v2'])
  })

  it('keeps a backup sent during a write for the next interval', async () => {
    scheduler.offer('v1')
    scheduler.offer('v2') // v1's write has started: v2 waits
    await minutesPass(0)
    expect(written.map((w) => w.content)).toEqual(['v1'])
    await minutesPass(3)
    expect(written.map((w) => w.content)).toEqual(['v1', 'v2'])
  })
})

describe('flush', () => {
  it('writes the waiting backup at once, after the write in progress', async () => {
    scheduler.offer('v1')
    scheduler.offer('v2')
    await scheduler.flush()
    expect(written.map((w) => w.content)).toEqual(['v1', 'v2'])
    expect(scheduler.busy()).toBe(false)
    // Nothing is left for the timer.
    await minutesPass(10)
    expect(written).toHaveLength(2)
  })

  it('does nothing when nothing waits', async () => {
    await scheduler.flush()
    expect(written).toEqual([])
  })

  it('never rejects; the backup still waits after a failed write', async () => {
    scheduler.offer('v1')
    await minutesPass(0)
    scheduler.offer('v2')
    failWith = diskFull()
    await expect(scheduler.flush()).resolves.toBeUndefined()
    expect(scheduler.busy()).toBe(true)
    failWith = undefined
    await minutesPass(3)
    expect(written.map((w) => w.content)).toEqual(['v1', 'v2'])
  })
})
