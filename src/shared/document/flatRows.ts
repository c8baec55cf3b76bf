/**
 * Rows of the big tables (goals and their history, 10,000 of each in a large
 * quarter) checked field by field in one pass, as one zod schema per row
 * instead of a zod object of one schema per field. The rules, the problems
 * (message and field path) and the document given back are the same as those
 * of the zod constructs each field stands for; the cost is about a third, as
 * zod's object parsing, run without its JIT for the renderer's
 * Content-Security-Policy, allocated a payload per field and spent most of an
 * import's validation there.
 */
import { z } from 'zod'
import type { $ZodType } from 'zod/v4/core'
import { RULE_ISSUE } from './ruleIssue'

/** How one field is checked. */
export type FieldCheck =
  /** A test with a fixed message, as `z.custom(test, { error: message })` or `z.enum`. */
  | { kind: 'test'; test: (value: unknown) => boolean; message: string; nullable?: boolean }
  /** A shared domain rule giving its own sentence, as the schema's `ruled` fields. */
  | { kind: 'rule'; rule: (value: unknown) => string | null }
  /** An optional field held by a zod schema (rare, so zod's own cost does not matter). */
  | { kind: 'optional'; schema: $ZodType }

/** A test with its message, usable both as a field check and for a `z.custom`. */
export interface Test {
  test: (value: unknown) => boolean
  message: string
}

export function tested({ test, message }: Test): FieldCheck {
  return { kind: 'test', test, message }
}

export function nullable({ test, message }: Test): FieldCheck {
  return { kind: 'test', test, message, nullable: true }
}

export function ruled(rule: (value: unknown) => string | null): FieldCheck {
  return { kind: 'rule', rule }
}

export function optional(schema: $ZodType): FieldCheck {
  return { kind: 'optional', schema }
}

type Issue = { code: string; path: PropertyKey[]; input?: unknown } & Record<string, unknown>

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * One row: an object holding exactly the fields listed (others are left out,
 * as a zod object strips them), each checked as its FieldCheck says.
 */
export function flatRow<T>(fields: ReadonlyArray<readonly [string, FieldCheck]>) {
  return z.transform<unknown, T>((input, ctx) => {
    const addIssue = (issue: Issue): void => ctx.addIssue(issue as never)
    if (!isObject(input)) {
      addIssue({ code: 'invalid_type', expected: 'object', input, path: [] })
      return input as T
    }
    const out: Record<string, unknown> = {}
    for (const [key, check] of fields) {
      const value = input[key]
      if (check.kind === 'test') {
        if (!(check.nullable && value === null) && !check.test(value))
          addIssue({ code: 'custom', message: check.message, input: value, path: [key] })
      } else if (check.kind === 'rule') {
        const problem = check.rule(value)
        if (problem !== null)
          addIssue({
            code: 'custom',
            message: problem,
            input: value,
            path: [key],
            params: { [RULE_ISSUE]: true },
          })
      } else {
        if (value === undefined) {
          // Absent stays absent; present but undefined stays so, as a zod object keeps it.
          if (key in input) out[key] = undefined
          continue
        }
        // The field's own schema, unfinished issues and all: the parse's error map words them.
        const result = check.schema._zod.run({ value, issues: [] }, { async: false })
        if (result instanceof Promise) throw new Error(`The ${key} check cannot be asynchronous.`)
        for (const issue of result.issues)
          addIssue({ ...issue, path: [key, ...(issue.path ?? [])] } as Issue)
        out[key] = result.value
        continue
      }
      out[key] = value
    }
    return out as T
  })
}
