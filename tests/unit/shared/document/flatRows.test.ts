/**
 * The flat rows of the goals and history tables (flatRows.ts) check exactly
 * what the zod objects they replaced checked: over rows broken at random
 * (fields missing, of every wrong type, rows that are no objects, fields the
 * model lacks), the same problems (message and path, and whether the value
 * found is named) and, when valid, the same document.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { planDocumentSchema, RULE_ISSUE } from '../../../../src/shared/document/schema'
import { buildExampleQuarter } from '../../../../src/shared/example'
import { GOAL_FIELD_RULES, type FieldRule } from '../../../../src/shared/goals'
import { isRank } from '../../../../src/shared/ranks'
import { STATUS_IDS } from '../../../../src/shared/statuses'

// The zod objects as they were, the oracle.
const id = z.custom<string>((v) => typeof v === 'string' && v !== '', {
  error: 'expected a non-empty id',
})
const timestamp = z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, {
  error: 'expected a time in milliseconds',
})
const rank = z.custom<string>((v) => typeof v === 'string' && isRank(v), {
  error: 'expected a rank (base-36 digits 0-9a-z, not ending in 0)',
})
const status = z.enum(STATUS_IDS, { error: `expected one of ${STATUS_IDS.join(', ')}` })
function ruled<T>(rule: FieldRule) {
  return z.custom<T>((value) => rule(value) === null, {
    error: (issue) => rule(issue.input) ?? undefined,
    params: { [RULE_ISSUE]: true },
  })
}
const oracle = planDocumentSchema.extend({
  goals: z.array(
    z.object({
      id,
      planId: id,
      teamId: id,
      groupId: id.nullable(),
      text: ruled<string>(GOAL_FIELD_RULES.text),
      status: ruled<string>(GOAL_FIELD_RULES.status),
      tasks: ruled<string[]>(GOAL_FIELD_RULES.tasks),
      note: ruled<string>(GOAL_FIELD_RULES.note),
      stretch: ruled<boolean>(GOAL_FIELD_RULES.stretch),
      carriedOverFrom: ruled<string | null>(GOAL_FIELD_RULES.carriedOverFrom),
      rank,
      columns: z.record(z.string(), z.string()).optional(),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
  ),
  history: z.array(
    z.object({ id, planId: id, goalId: id, from: status.nullable(), to: status, at: timestamp }),
  ),
})

// What validate.ts makes of an issue: its path, its message, and whether the value is named.
const errorMap = (issue: { code: string; expected?: unknown; input?: unknown }) =>
  issue.code === 'invalid_type'
    ? `expected ${String(issue.expected)}, got ${issue.input === undefined ? 'nothing' : typeof issue.input}`
    : undefined
function outcome(schema: z.ZodType, doc: unknown) {
  const parsed = schema.safeParse(doc, { error: errorMap })
  if (parsed.success) return { data: parsed.data }
  return {
    problems: parsed.error.issues.map((issue) => [
      issue.path.join('.'),
      issue.message,
      issue.code !== 'invalid_type' &&
        (issue as { params?: Record<string, unknown> }).params?.[RULE_ISSUE] !== true,
    ]),
  }
}

const VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'todo',
  'bogus',
  'T12',
  'a0',
  'i',
  'Q1',
  ['T1'],
  ['12'],
  [],
  {},
  { ETA: 'Q3' },
  { ETA: 3 },
  // As a backup file may hold it: a column named __proto__.
  JSON.parse('{"__proto__": "x", "ETA": "a"}'),
  0,
  3,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
]
const GOAL_KEYS = [
  'id',
  'planId',
  'teamId',
  'groupId',
  'text',
  'status',
  'tasks',
  'note',
  'stretch',
  'carriedOverFrom',
  'rank',
  'columns',
  'createdAt',
  'updatedAt',
  'extra',
]
const HISTORY_KEYS = ['id', 'planId', 'goalId', 'from', 'to', 'at', 'extra']

const edit = (keys: string[]) =>
  fc.record({
    row: fc.nat(),
    key: fc.constantFrom(...keys),
    value: fc.constantFrom(...VALUES),
    remove: fc.boolean(),
  })
const edits = fc.record({
  goals: fc.array(edit(GOAL_KEYS), { maxLength: 4 }),
  history: fc.array(edit(HISTORY_KEYS), { maxLength: 4 }),
  notARow: fc.option(fc.constantFrom<unknown>(null, 3, 'goal', [], [1]), { nil: undefined }),
})

describe('flat rows of goals and history', () => {
  it('give the problems and the document the zod objects gave', () => {
    const base = buildExampleQuarter({
      newId: (() => {
        let n = 0
        return () => `id-${++n}`
      })(),
      now: 1,
    })
    fc.assert(
      fc.property(edits, ({ goals, history, notARow }) => {
        const doc = structuredClone(base) as unknown as Record<
          string,
          Array<Record<string, unknown>>
        >
        for (const [table, list] of [
          ['goals', goals],
          ['history', history],
        ] as const) {
          for (const { row, key, value, remove } of list) {
            const target = doc[table]![row % doc[table]!.length]!
            if (remove) delete target[key]
            else target[key] = value
          }
        }
        if (notARow !== undefined) (doc.goals as unknown[])[1] = notARow
        expect(outcome(planDocumentSchema, doc)).toEqual(outcome(oracle, doc))
      }),
      { numRuns: 500 },
    )
  })

  it('keep an absent optional field absent and a present one as given', () => {
    const doc = buildExampleQuarter({
      newId: (() => {
        let n = 0
        return () => `id-${++n}`
      })(),
      now: 1,
    })
    doc.goals[0]!.columns = { ETA: 'Q3' }
    const parsed = planDocumentSchema.parse(doc)
    expect(parsed.goals[0]!.columns).toEqual({ ETA: 'Q3' })
    expect('columns' in parsed.goals[1]!).toBe(false)
    expect(parsed).toEqual(oracle.parse(doc))
  })
})
