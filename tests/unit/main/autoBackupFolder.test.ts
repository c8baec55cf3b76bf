import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  autoBackupFolder,
  backupFileName,
  backupFileTime,
  listAutoBackups,
  pruneAutoBackups,
  readLatestAutoBackup,
  saveAutoBackup,
} from '../../../src/main/autoBackupFolder'
import { backupText } from './backupText'

let root: string
let folder: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qd-autobackup-'))
  folder = autoBackupFolder(root)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const utc = (iso: string): Date => new Date(iso)
const files = (): string[] => readdirSync(folder).sort()

/** Puts backups written at the given times in the folder, as earlier runs would have. */
function existing(...times: string[]): string[] {
  mkdirSync(folder, { recursive: true })
  const names = times.map((time) => backupFileName(utc(time)))
  for (const name of names) writeFileSync(join(folder, name), backupText(name))
  return names
}

describe('automatic backup file names', () => {
  it('are the UTC time to the second, without colons, and read back as that time', () => {
    const time = utc('2026-12-02T05:40:12.345Z')
    expect(backupFileName(time)).toBe('quarterdeck-2026-12-02T05-40-12Z.json')
    expect(backupFileTime('quarterdeck-2026-12-02T05-40-12Z.json')).toEqual(
      utc('2026-12-02T05:40:12Z'),
    )
    expect(autoBackupFolder('/home/me/.config/Quarterdeck')).toBe(
      join('/home/me/.config/Quarterdeck', 'Automatic backups'),
    )
  })

  it('sort oldest to newest', () => {
    const times = ['2026-12-02T05:40:12Z', '2026-12-02T15:01:00Z', '2027-01-01T00:00:00Z']
    const names = times.map((t) => backupFileName(utc(t)))
    expect([...names].reverse().sort()).toEqual(names)
  })

  it('are the only names taken for backups', () => {
    for (const name of [
      'notes.txt',
      'quarterdeck-2026-12-02T05-40-12Z.json.bak',
      'quarterdeck-2026-02-31T05-40-12Z.json',
      'quarterdeck-2026-12-02T25-40-12Z.json',
      '.quarterdeck-2026-12-02T05-40-12Z.json.0a1b2c.tmp',
    ]) {
      expect(backupFileTime(name)).toBeNull()
    }
  })
})

describe('saveAutoBackup', () => {
  it('creates the folder and writes the backup whole, leaving no temporary file', async () => {
    const name = await saveAutoBackup(folder, backupText('Q4 ✓'), utc('2026-12-02T05:40:12Z'))
    expect(name).toBe('quarterdeck-2026-12-02T05-40-12Z.json')
    expect(files()).toEqual([name])
    expect(readFileSync(join(folder, name), 'utf8')).toBe(backupText('Q4 ✓'))
  })

  it('leaves the earlier backups as they were when the write fails', async () => {
    const earlier = existing('2026-12-01T09:00:00Z', '2026-12-02T05:37:00Z')
    // A folder squats on the new backup's name, so the final rename fails.
    const taken = join(folder, backupFileName(utc('2026-12-02T05:40:12Z')))
    mkdirSync(taken)
    await expect(
      saveAutoBackup(folder, backupText('new'), utc('2026-12-02T05:40:12Z')),
    ).rejects.toThrow(/^Could not save "quarterdeck-2026-12-02T05-40-12Z\.json": /)
    expect(files()).toEqual([...earlier, 'quarterdeck-2026-12-02T05-40-12Z.json'].sort())
    for (const name of earlier) {
      expect(readFileSync(join(folder, name), 'utf8')).toBe(backupText(name))
    }
  })

  it('fails with a reason, and creates nothing, when the folder cannot exist', async () => {
    writeFileSync(folder, 'a file where the folder should be')
    await expect(saveAutoBackup(folder, backupText('x'), new Date())).rejects.toThrow(
      /^Could not create ".*Automatic backups": /,
    )
    expect(readFileSync(folder, 'utf8')).toBe('a file where the folder should be')
    expect(readdirSync(root)).toEqual(['Automatic backups'])
  })
})

describe('pruneAutoBackups', () => {
  it('deletes exactly the backups the policy does not keep, and nothing else', async () => {
    // Every time here is between 12:00 and 12:45 UTC, which is one calendar day
    // in every time zone, so the days counted are the same wherever this runs.
    // Twelve backups today (every 3 minutes), and two on each of the nine days before.
    const today = Array.from(
      { length: 12 },
      (_, i) => `2026-12-20T12:${String(i * 3).padStart(2, '0')}:00Z`,
    )
    const days = Array.from({ length: 9 }, (_, i) => String(11 + i))
    const earlier = days.flatMap((d) => [`2026-12-${d}T12:00:00Z`, `2026-12-${d}T12:30:00Z`])
    existing(...earlier, ...today)
    writeFileSync(join(folder, 'notes.txt'), 'mine')
    // A backup a crash cut short, and a Save Backup… someone is making in this folder.
    writeFileSync(join(folder, '.quarterdeck-2026-12-19T12-00-00Z.json.0a1b2c.tmp'), '{"form')
    writeFileSync(join(folder, '.quarterdeck-2026-Q4.json.3d4e5f.tmp'), '{"format"')

    const deleted = await pruneAutoBackups(folder, utc('2026-12-20T12:45:00Z'))

    const keptTimes = [
      ...today.slice(2),
      // The newest of each of the six days before today; Dec 13 is the eighth day back.
      ...['14', '15', '16', '17', '18', '19'].map((d) => `2026-12-${d}T12:30:00Z`),
    ]
    const others = ['notes.txt', '.quarterdeck-2026-Q4.json.3d4e5f.tmp']
    expect(files()).toEqual([...keptTimes.map((t) => backupFileName(utc(t))), ...others].sort())
    expect(deleted).toHaveLength(2 + 12 + 1)
    expect(deleted).toContain('.quarterdeck-2026-12-19T12-00-00Z.json.0a1b2c.tmp')
  })

  it('keeps a few old backups rather than none', async () => {
    const old = existing('2025-01-01T08:00:00Z', '2025-06-01T08:00:00Z')
    await expect(pruneAutoBackups(folder, utc('2026-12-20T12:00:00Z'))).resolves.toEqual([])
    expect(files()).toEqual(old)
  })
})

describe('readLatestAutoBackup', () => {
  it('is null while there is no folder or no backup in it', async () => {
    await expect(readLatestAutoBackup(folder)).resolves.toBeNull()
    mkdirSync(folder)
    writeFileSync(join(folder, 'notes.txt'), 'mine')
    await expect(readLatestAutoBackup(folder)).resolves.toBeNull()
    await expect(listAutoBackups(folder)).resolves.toEqual([])
  })

  it('reads the newest backup with its name and time', async () => {
    existing('2026-12-02T05:37:00Z', '2026-12-02T05:40:12Z', '2026-11-30T17:00:00Z')
    await expect(readLatestAutoBackup(folder)).resolves.toEqual({
      name: 'quarterdeck-2026-12-02T05-40-12Z.json',
      savedAt: '2026-12-02T05:40:12.000Z',
      content: backupText('quarterdeck-2026-12-02T05-40-12Z.json'),
    })
  })

  it('passes over a damaged newest file for the one before it', async () => {
    const [older, newer] = existing('2026-12-02T05:37:00Z', '2026-12-02T05:40:12Z')
    writeFileSync(join(folder, newer!), '{"format": "quarterdeck", "pla')
    const latest = await readLatestAutoBackup(folder)
    expect(latest?.name).toBe(older)
    expect(latest?.content).toBe(backupText(older!))
  })
})
