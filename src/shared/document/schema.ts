/**
 * The zod schema of a plan document. Field rules come from the shared modules
 * (goal fields, template profiles, statuses, ranks, quarters) so a document
 * is held to exactly the rules the app applies when it writes one.
 */
import { z } from 'zod'
import { isUpdateDate } from '../dates'
import { GOAL_FIELD_RULES } from '../goals'
import type { Goal, StatusChange, TemplateProfile } from '../model'
import { checkTemplateProfile, templateProfileProblems } from '../profiles'
import { isMonth, isQuarterNumber } from '../quarter'
import { isRank } from '../ranks'
import { isStatusId, STATUS_IDS } from '../statuses'
import { flatRow, nullable, optional, ruled, tested, type Test } from './flatRows'
import { RULE_ISSUE } from './ruleIssue'

export { RULE_ISSUE }

// zod 4 probes for eval (`new Function`) when the first object schema is
// built; the renderer's Content-Security-Policy forbids eval and reports the
// probe as a violation. Jitless mode skips the probe; it must run before the
// schemas below are created.
z.config({ jitless: true })

const statusList = STATUS_IDS.join(', ')

// Each test once, for the zod schemas of the small tables and the flat rows of the big ones.
const ID: Test = {
  test: (v) => typeof v === 'string' && v !== '',
  message: 'expected a non-empty id',
}
const TIMESTAMP: Test = {
  test: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  message: 'expected a time in milliseconds',
}
const RANK: Test = {
  test: (v) => typeof v === 'string' && isRank(v),
  message: 'expected a rank (base-36 digits 0-9a-z, not ending in 0)',
}
const STATUS: Test = { test: isStatusId, message: `expected one of ${statusList}` }

const id = z.custom<string>(ID.test, { error: ID.message })
const timestamp = z.custom<number>(TIMESTAMP.test, { error: TIMESTAMP.message })
const rank = z.custom<string>(RANK.test, { error: RANK.message })
const status = z.enum(STATUS_IDS, { error: STATUS.message })
const updateDate = z.string().refine(isUpdateDate, {
  error: 'expected a date such as 2019-10-28, or empty for an update without a date',
})

const profileSchema = z
  .custom<TemplateProfile>()
  .superRefine((value, ctx) => {
    for (const { path, message } of templateProfileProblems(value)) {
      ctx.addIssue({ code: 'custom', message, path: [...path], params: { [RULE_ISSUE]: true } })
    }
  })
  // Only the profile's own fields are kept, as for every other object.
  .transform((value) => {
    const checked = checkTemplateProfile(value)
    return checked.ok ? checked.profile : value
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
  managerJoin: z
    .enum(['commas', 'oxford'], { error: 'expected commas or oxford, or nothing' })
    .optional(),
  parentId: id.nullable(),
  dependencies: z.string(),
  rank,
  columns: z
    .array(z.string())
    .refine(
      (labels) => labels.every((l) => l.trim() !== '') && new Set(labels).size === labels.length,
      {
        error: 'expected column headers that are not empty and not repeated',
      },
    )
    .optional(),
})

const groupSchema = z.object({
  id,
  planId: id,
  teamId: id,
  title: z.string(),
  description: z.string(),
  rank,
})

// Goals and their history are the big tables: flat rows (flatRows.ts), checked as the zod
// constructs in the comments would check them.
const goalSchema = flatRow<Goal>([
  ['id', tested(ID)], // id
  ['planId', tested(ID)], // id
  ['teamId', tested(ID)], // id
  ['groupId', nullable(ID)], // id.nullable()
  ['text', ruled(GOAL_FIELD_RULES.text)], // its rule's sentence, and so on
  ['status', ruled(GOAL_FIELD_RULES.status)],
  ['tasks', ruled(GOAL_FIELD_RULES.tasks)],
  ['note', ruled(GOAL_FIELD_RULES.note)],
  ['stretch', ruled(GOAL_FIELD_RULES.stretch)],
  ['carriedOverFrom', ruled(GOAL_FIELD_RULES.carriedOverFrom)],
  ['rank', tested(RANK)], // rank
  ['columns', optional(z.record(z.string(), z.string()))], // z.record(…).optional()
  ['createdAt', tested(TIMESTAMP)], // timestamp
  ['updatedAt', tested(TIMESTAMP)],
])

const historySchema = flatRow<StatusChange>([
  ['id', tested(ID)],
  ['planId', tested(ID)],
  ['goalId', tested(ID)],
  ['from', nullable(STATUS)], // status.nullable()
  ['to', tested(STATUS)], // status
  ['at', tested(TIMESTAMP)], // timestamp
])

const updateSchema = z.object({
  id,
  planId: id,
  teamId: id,
  date: updateDate,
  summary: z.string(),
  grouped: z.boolean(),
  items: z.array(z.object({ text: z.string(), status: status.nullable(), note: z.string() })),
  rank,
})

/** One plan with everything in it: the unit of backup, import and export. */
export const planDocumentSchema = z.object({
  plan: planSchema,
  teams: z.array(teamSchema),
  groups: z.array(groupSchema),
  goals: z.array(goalSchema),
  history: z.array(historySchema),
  updates: z.array(updateSchema),
})

/** Several plans, as a backup holds them. */
export const plansSchema = z.array(planDocumentSchema)
