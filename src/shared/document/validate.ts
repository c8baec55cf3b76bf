/**
 * Whether plan documents are valid: the one test that every way in applies
 * (backup files, imported wiki pages, the store's writes, the command line),
 * so whatever one of them accepts, the others accept too. It combines the
 * schema (field types and the goal and template-profile rules) with the
 * reference checks, and words every problem for a person, naming the field.
 */
import type { $ZodIssue, $ZodRawIssue } from 'zod/v4/core'
import type { PlanDocument } from '../model'
import { tooManyGoals } from '../quarterSize'
import { referenceProblems, type DocumentPrefix } from './references'
import { planDocumentSchema, plansSchema, RULE_ISSUE } from './schema'

/** A valid document (holding only known fields), or every problem found. */
export type PlanDocumentCheck =
  { ok: true; document: PlanDocument } | { ok: false; problems: string[] }

/** Valid documents (holding only known fields), or every problem found. */
export type PlanDocumentsCheck =
  { ok: true; documents: PlanDocument[] } | { ok: false; problems: string[] }

/** `plans[0].goals[12].status` from a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

/** A value as a problem shows it: short strings quoted, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  }
  return String(value)
}

/**
 * The first problem, and how many more: "goals[3].text: Goal text cannot be
 * empty (and 2 more problems)". No final period, so it fits in a sentence.
 */
export function summariseProblems(problems: readonly string[]): string {
  const [first = 'unknown problem', ...rest] = problems
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`
  return `${first.replace(/\.$/, '')}${more}`
}

// Messages for the generic type errors; rule-specific messages live with the rules.
function issueMessage(issue: $ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined
  if (issue.input === undefined) return `missing (expected ${issue.expected})`
  return `expected ${issue.expected}, got ${describeValue(issue.input)}`
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function issueText(issue: $ZodIssue, root: unknown, pathPrefix: readonly PropertyKey[]): string {
  const path = formatPath([...pathPrefix, ...issue.path])
  const found = valueAt(root, issue.path)
  // Rule messages already say what is wrong with the value; type errors say what they got.
  const ruled = issue.code === 'custom' && issue.params?.[RULE_ISSUE] === true
  const shown =
    ruled || issue.code === 'invalid_type' || found === undefined
      ? ''
      : ` (found ${describeValue(found)})`
  return `${path === '' ? '' : `${path}: `}${issue.message}${shown}`
}

/**
 * The first of `docs` holding more goals than a quarter may (its index), and
 * why. Checked before the schema: it costs nothing, and a giant plan is then
 * refused without a pass over every one of its goals.
 */
export function oversizedPlan(docs: readonly unknown[]): { index: number; problem: string } | null {
  for (const [index, doc] of docs.entries()) {
    const goals =
      typeof doc === 'object' && doc !== null ? (doc as { goals?: unknown }).goals : null
    const problem = Array.isArray(goals) ? tooManyGoals(goals.length) : null
    if (problem) return { index, problem }
  }
  return null
}

/**
 * Checks several documents meant to be stored together, as a backup holds
 * them: each must be valid, and no id may repeat across them (the store keeps
 * every plan's rows of one kind in one table). Problems name fields from the
 * backup's root: `plans[0].goals[12].teamId`.
 */
export function validatePlanDocuments(docs: readonly unknown[]): PlanDocumentsCheck {
  const oversized = oversizedPlan(docs)
  if (oversized) {
    return { ok: false, problems: [`plans[${oversized.index}].goals: ${oversized.problem}`] }
  }
  const parsed = plansSchema.safeParse(docs, { error: issueMessage })
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => issueText(i, docs, ['plans'])) }
  }
  const documents: PlanDocument[] = parsed.data
  const prefix: DocumentPrefix = (p) => `plans[${p}].`
  const problems = referenceProblems(documents, prefix)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, documents }
}

/**
 * Checks one plan document: its size (MAX_GOALS_PER_QUARTER), the schema
 * (every field's type, the goal field rules, the template-profile rules,
 * ranks, dates), unique ids, and every
 * reference (teams, parents, groups, goals) pointing at a row of the same
 * plan. Problems name fields as `goals[12].text`.
 */
export function validatePlanDocument(doc: unknown): PlanDocumentCheck {
  const oversized = oversizedPlan([doc])
  if (oversized) return { ok: false, problems: [`goals: ${oversized.problem}`] }
  const parsed = planDocumentSchema.safeParse(doc, { error: issueMessage })
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => issueText(i, doc, [])) }
  }
  const document: PlanDocument = parsed.data
  const problems = referenceProblems([document], () => '')
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document }
}
