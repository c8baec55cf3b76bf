import { describe, expect, it } from 'vitest'
import { backupsToKeep, type BackupEntry } from '../../../src/main/autoBackupRetention'

// Local times, like the days the policy counts, so the tests hold in any time zone.
function at(day: number, hour: number, minute = 0): BackupEntry {
  const savedAt = new Date(2026, 11, day, hour, minute)
  return { name: `Dec ${day} ${hour}:${String(minute).padStart(2, '0')}`, savedAt }
}

const names = (entries: BackupEntry[]): string[] => entries.map((e) => e.name)
const kept = (entries: BackupEntry[], now: Date): string[] =>
  [...backupsToKeep(entries, now)].sort()

const now = new Date(2026, 11, 20, 12, 0)

describe('backupsToKeep', () => {
  it('keeps every backup while there are ten or fewer, however old', () => {
    const few = [at(1, 9), at(2, 9), at(20, 11)]
    expect(kept(few, now)).toEqual(names(few).sort())
  })

  it('keeps the ten newest of a busy morning', () => {
    const morning = Array.from({ length: 15 }, (_, i) => at(20, 9, i * 3))
    expect(kept(morning, now)).toEqual(names(morning.slice(5)).sort())
  })

  it('also keeps the newest backup of each of the last seven days, today included', () => {
    const today = Array.from({ length: 12 }, (_, i) => at(20, 8, i * 3))
    const earlier = [14, 15, 16, 17, 18, 19].flatMap((day) => [at(day, 9), at(day, 17)])
    const tooOld = [at(13, 17), at(12, 17)]
    const keep = kept([...tooOld, ...earlier, ...today], now)
    expect(keep).toEqual(
      [
        ...names(today.slice(2)),
        // The 17:00 one of each earlier day; Dec 13 is the eighth day back.
        ...names([14, 15, 16, 17, 18, 19].map((day) => at(day, 17))),
      ].sort(),
    )
  })

  it('does not keep a day it has no backup for, nor fill the week with older days', () => {
    const today = Array.from({ length: 10 }, (_, i) => at(20, 8, i))
    const sparse = [at(18, 23, 59), at(10, 12), at(1, 12)]
    expect(kept([...today, ...sparse], now)).toEqual([...names(today), 'Dec 18 23:59'].sort())
  })

  it('counts calendar days: a minute before midnight and one after are two days', () => {
    const today = Array.from({ length: 10 }, (_, i) => at(20, 10, i))
    const lateAndEarly = [at(18, 23, 58), at(18, 23, 59), at(19, 0, 1), at(19, 0, 0)]
    expect(kept([...today, ...lateAndEarly], now)).toEqual(
      [...names(today), 'Dec 18 23:59', 'Dec 19 0:01'].sort(),
    )
  })

  it('counts days back across the start of a year', () => {
    const newYear = new Date(2027, 0, 2, 12, 0)
    const january2 = Array.from({ length: 10 }, (_, i) => ({
      name: `Jan 2 9:0${i}`,
      savedAt: new Date(2027, 0, 2, 9, i),
    }))
    // Jan 2, Jan 1, Dec 31, 30, 29, 28, 27 are the seven days.
    const december = [at(28, 12), at(27, 12), at(26, 12)]
    expect(kept([...january2, ...december], newYear)).toEqual(
      [...names(january2), 'Dec 28 12:00', 'Dec 27 12:00'].sort(),
    )
  })
})
