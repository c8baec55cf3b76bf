/**
 * The zod schema of a plan document inside a backup file. Field rules come
 * from the shared modules (statuses, task ids, ranks, quarters) so a backup
 * accepts exactly what the app itself can hold.
 */
import { z } from 'zod'
import { isTaskId, validateGoalText } from '../goals'
import { isMonth, isQuarterNumber } from '../quarter'
import { isRank } from '../ranks'
import { STATUS_IDS } from '../statuses'

// zod 4 probes for eval (`new Function`) when the first object schema is
// built; the renderer's Content-Security-Policy forbids eval and reports the
// probe as a violation. Jitless mode skips the probe; it must run before the
// schemas below are created.
z.config({ jitless: true })

const statusList = STATUS_IDS.join(', ')

const id = z.string().min(1, { error: 'expected a non-empty id' })
const timestamp = z
  .number()
  .refine((n) => Number.isFinite(n) && n >= 0, { error: 'expected a time in milliseconds' })
const rank = z.string().refine(isRank, {
  error: 'expected a rank (base-36 digits 0-9a-z, not ending in 0)',
})
const status = z.enum(STATUS_IDS, { error: `expected one of ${statusList}` })
const isoDate = z.string().refine(
  (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (!match) return false
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  },
  { error: 'expected a date such as 2019-10-28' },
)

const profileSchema = z.object({
  kind: z.enum(['mediawiki', 'plain', 'custom'], {
    error: 'expected one of mediawiki, plain, custom',
  }),
  name: z.string(),
  statuses: z.record(status, z.string()),
  task: z.string().refine((value) => value.includes('$1'), {
    error: 'expected task markup containing $1 where the task id goes',
  }),
})

const planSchema = z.object({
  id,
  department: z.string(),
  fiscalYear: z.number().int({ error: 'expected a whole year such as 2019' }),
  quarter: z.custom<1 | 2 | 3 | 4>(isQuarterNumber, { error: 'expected quarter 1, 2, 3 or 4' }),
  fiscalYearStartMonth: z.custom<number>(isMonth, { error: 'expected a month 1-12' }),
  titlePattern: z.string(),
  intro: z.string(),
  layout: z.enum(['table', 'list'], { error: 'expected one of table, list' }),
  profile: profileSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
})

const teamSchema = z.object({
  id,
  planId: id,
  name: z.string(),
  managerLabel: z.string(),
  managers: z.array(z.string()),
  parentId: id.nullable(),
  dependencies: z.string(),
  rank,
})

const groupSchema = z.object({
  id,
  planId: id,
  teamId: id,
  title: z.string(),
  description: z.string(),
  rank,
})

const goalSchema = z.object({
  id,
  planId: id,
  teamId: id,
  groupId: id.nullable(),
  text: z.string().refine((text) => validateGoalText(text) === null, {
    error: 'goal text cannot be empty',
  }),
  status,
  tasks: z.array(
    z.string().refine(isTaskId, { error: 'expected a task id: T followed by digits' }),
  ),
  note: z.string(),
  stretch: z.boolean(),
  carriedOverFrom: z.string().nullable(),
  rank,
  createdAt: timestamp,
  updatedAt: timestamp,
})

const historySchema = z.object({
  id,
  planId: id,
  goalId: id,
  from: status.nullable(),
  to: status,
  at: timestamp,
})

const updateSchema = z.object({
  id,
  planId: id,
  teamId: id,
  date: isoDate,
  summary: z.string(),
  grouped: z.boolean(),
  items: z.array(z.object({ text: z.string(), status: status.nullable(), note: z.string() })),
  rank,
})

/** One plan with everything in it, as stored in a backup. */
export const planDocumentSchema = z.object({
  plan: planSchema,
  teams: z.array(teamSchema),
  groups: z.array(groupSchema),
  goals: z.array(goalSchema),
  history: z.array(historySchema),
  updates: z.array(updateSchema),
})

/** The plans array of a backup. */
export const plansSchema = z.array(planDocumentSchema)
