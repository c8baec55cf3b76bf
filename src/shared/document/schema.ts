/**
 * The zod schema of a plan document. Field rules come from the shared modules
 * (goal fields, template profiles, statuses, ranks, quarters) so a document
 * is held to exactly the rules the app applies when it writes one.
 */
import { z } from 'zod'
import { isUpdateDate } from '../dates'
import { GOAL_FIELD_RULES, type FieldRule } from '../goals'
import type { TemplateProfile } from '../model'
import { checkTemplateProfile, templateProfileProblems } from '../profiles'
import { isMonth, isQuarterNumber } from '../quarter'
import { isRank } from '../ranks'
import { STATUS_IDS } from '../statuses'

// zod 4 probes for eval (`new Function`) when the first object schema is
// built; the renderer's Content-Security-Policy forbids eval and reports the
// probe as a violation. Jitless mode skips the probe; it must run before the
// schemas below are created.
z.config({ jitless: true })

const statusList = STATUS_IDS.join(', ')

const id = z.custom<string>((v) => typeof v === 'string' && v !== '', {
  error: 'expected a non-empty id',
})
const timestamp = z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, {
  error: 'expected a time in milliseconds',
})
const rank = z.custom<string>((v) => typeof v === 'string' && isRank(v), {
  error: 'expected a rank (base-36 digits 0-9a-z, not ending in 0)',
})
const status = z.enum(STATUS_IDS, { error: `expected one of ${statusList}` })
const updateDate = z.string().refine(isUpdateDate, {
  error: 'expected a date such as 2019-10-28, or empty for an update without a date',
})

/** Marks issues whose message comes from a domain rule and already says what was found. */
export const RULE_ISSUE = 'quarterdeck-rule'

// A field held by one of the shared rules: the rule checks type and value.
function ruled<T>(rule: FieldRule) {
  return z.custom<T>((value) => rule(value) === null, {
    error: (issue) => rule(issue.input) ?? undefined,
    params: { [RULE_ISSUE]: true },
  })
}

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

const goalSchema = z.object({
  id,
  planId: id,
  teamId: id,
  groupId: id.nullable(),
  text: ruled<string>(GOAL_FIELD_RULES.text),
  status: ruled<(typeof STATUS_IDS)[number]>(GOAL_FIELD_RULES.status),
  tasks: ruled<string[]>(GOAL_FIELD_RULES.tasks),
  note: ruled<string>(GOAL_FIELD_RULES.note),
  stretch: ruled<boolean>(GOAL_FIELD_RULES.stretch),
  carriedOverFrom: ruled<string | null>(GOAL_FIELD_RULES.carriedOverFrom),
  rank,
  columns: z.record(z.string(), z.string()).optional(),
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
