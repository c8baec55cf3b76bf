/**
 * Which automatic backups to keep. The newest few cover "the last hour went
 * wrong"; one per day for the past week covers "I deleted that on Monday and
 * noticed on Thursday", which the newest few alone would have rotated away.
 */

/** An automatic backup file and the time written in its name. */
export interface BackupEntry {
  name: string
  savedAt: Date
}

/** How many backups to keep: the newest ones, and one per recent day. */
export interface RetentionPolicy {
  /** The newest this many are always kept. */
  newest: number
  /** The newest backup of each of this many calendar days, today included, is kept too. */
  days: number
}

/** Quarterdeck's policy: the last 10, plus the newest of each of the last 7 days. */
export const RETENTION: RetentionPolicy = { newest: 10, days: 7 }

/** A calendar day in local time: what a person means by "Monday's backup". */
function dayOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

/**
 * The names of the backups to keep at `now`; every other one may be deleted.
 * Days are local calendar days, counted back from the day of `now`.
 */
export function backupsToKeep(
  entries: readonly BackupEntry[],
  now: Date,
  policy: RetentionPolicy = RETENTION,
): Set<string> {
  const recentDays = new Set<string>()
  for (let back = 0; back < policy.days; back++) {
    // The Date constructor rolls day 0 and below into the previous month.
    recentDays.add(dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)))
  }
  const newestFirst = [...entries].sort(
    (a, b) => b.savedAt.getTime() - a.savedAt.getTime() || b.name.localeCompare(a.name),
  )
  const keep = new Set(newestFirst.slice(0, policy.newest).map((entry) => entry.name))
  const daysKept = new Set<string>()
  for (const entry of newestFirst) {
    const day = dayOf(entry.savedAt)
    if (!recentDays.has(day) || daysKept.has(day)) continue
    daysKept.add(day)
    keep.add(entry.name)
  }
  return keep
}
