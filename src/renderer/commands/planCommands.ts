/**
 * Commands on quarters and their structure: create a quarter, change its
 * settings, add a team or a priority group, and bring whole quarters in
 * (backups, imported pages, the example), replacing stored ones if asked.
 */
import type { Plan, PlanDocument, PriorityGroup, Team, TemplateProfile } from '../../shared/model'
import { newId } from '../../shared/ids'
import {
  startNextQuarter as nextQuarterDocument,
  type NextQuarterChoices,
} from '../../shared/nextQuarter'
import {
  createPlan as newPlan,
  findSameQuarter,
  planDisplayName,
  sameQuarterMessage,
  validateNewPlan,
  type NewPlanInput,
} from '../../shared/plan'
import { checkTemplateProfile } from '../../shared/profiles'
import { isMonth, isQuarterNumber } from '../../shared/quarter'
import { compareRanks, isRank, rankBetween } from '../../shared/ranks'
import { repeatedFieldsOf, shareStrings, type StringPool } from '../../shared/sharedStrings'
import { startFromPrevious } from '../../shared/startFromPrevious'
import { isStatusId, STATUS_IDS, statusLabel } from '../../shared/statuses'
import { typedTexts, type TypedTexts } from '../../shared/typedText'
import { now } from '../db/clock'
import { ValidationError } from '../db/errors'
import { nextTurn, ROWS_PER_TURN } from './turns'
import { QUARTER_TABLES, sameValue, type RowChange } from './changes'
import type { Command } from './command'

/** The plan settings the UI can change after creation (department, year and quarter rename it). */
export type PlanPatch = Partial<
  Pick<
    Plan,
    | 'department'
    | 'fiscalYear'
    | 'quarter'
    | 'intro'
    | 'titlePattern'
    | 'layout'
    | 'profile'
    | 'fiscalYearStartMonth'
  >
>

/**
 * A quarter refused because it already exists (same department, fiscal year
 * and quarter); `existing` is that quarter, for the offer to open it.
 */
export class SameQuarterError extends ValidationError {
  override name = 'SameQuarterError'
  constructor(readonly existing: Plan) {
    super(sameQuarterMessage(existing))
  }
}

function refuseSameQuarter(
  plans: readonly Plan[],
  candidate: Pick<Plan, 'department' | 'fiscalYear' | 'quarter'>,
  exceptId?: string,
): void {
  const existing = findSameQuarter(plans, candidate, exceptId)
  if (existing) throw new SameQuarterError(existing)
}

/** What the UI gives for a new team. */
export interface NewTeamInput {
  name: string
  managerLabel?: string
  managers?: string[]
  parentId?: string | null
  dependencies?: string
}

/** What the UI gives for a new priority group. */
export interface NewGroupInput {
  title: string
  description?: string
}

/**
 * A new quarter's fields as typed, without the control characters its page
 * cannot show (shared/typedText.ts): what the forms check and the commands store.
 */
export function typedPlanInput(
  input: NewPlanInput,
  texts: TypedTexts = typedTexts(),
): NewPlanInput {
  return { ...input, department: texts.take('the department', input.department, 'one') }
}

/**
 * Creates an empty quarter; the created plan is the command's only row. A
 * quarter that is already among `plans` is refused (SameQuarterError).
 */
export function createPlan(
  typed: NewPlanInput,
  plans: readonly Plan[] = [],
): Command & { plan: Plan } {
  const texts = typedTexts()
  const input = typedPlanInput(typed, texts)
  const problems = validateNewPlan(input)
  if (problems.length > 0) throw new ValidationError(problems.join(' '))
  refuseSameQuarter(plans, input)
  const plan = newPlan(input, newId(), now())
  return {
    label: 'Create quarter',
    plan,
    changes: [{ table: 'plans', id: plan.id, before: null, after: plan }],
    shows: { done: plan.id, undone: null },
    notice: texts.notice(),
  }
}

function checkPlanPatch(typed: PlanPatch, texts: TypedTexts): PlanPatch {
  const patch: PlanPatch = { ...typed }
  if (typed.department !== undefined)
    patch.department = texts.take('the department', typed.department, 'one')
  if (typed.intro !== undefined) patch.intro = texts.take('the intro', typed.intro, 'several')
  if (typed.titlePattern !== undefined)
    patch.titlePattern = texts.take('the page title pattern', typed.titlePattern, 'one')
  if (typed.profile !== undefined) patch.profile = typedProfile(typed.profile, texts)
  const clean: PlanPatch = { ...patch }
  if (patch.department !== undefined) {
    if (patch.department.trim() === '') throw new ValidationError('Department name is required.')
    clean.department = patch.department.trim()
  }
  if (patch.titlePattern !== undefined && patch.titlePattern.trim() === '') {
    throw new ValidationError('The page title pattern cannot be empty.')
  }
  if (patch.layout !== undefined && patch.layout !== 'table' && patch.layout !== 'list') {
    throw new ValidationError('The page layout must be "table" or "list".')
  }
  if (patch.fiscalYearStartMonth !== undefined && !isMonth(patch.fiscalYearStartMonth)) {
    throw new ValidationError('Fiscal year start month must be 1–12.')
  }
  if (
    patch.fiscalYear !== undefined &&
    (!Number.isInteger(patch.fiscalYear) || patch.fiscalYear < 1900 || patch.fiscalYear > 2999)
  ) {
    throw new ValidationError('Fiscal year must be a year such as 2019.')
  }
  if (patch.quarter !== undefined && !isQuarterNumber(patch.quarter)) {
    throw new ValidationError('Quarter must be 1, 2, 3 or 4.')
  }
  if (patch.profile !== undefined) {
    // The rules every profile follows (one line, markup of its own per status, $1 in the task).
    const checked = checkTemplateProfile(patch.profile)
    if (!checked.ok) throw new ValidationError(checked.problems.join(' '))
    clean.profile = checked.profile
  }
  return clean
}

/** A custom profile's markup as typed, without control characters; a built-in one as it is. */
function typedProfile(profile: TemplateProfile, texts: TypedTexts): TemplateProfile {
  if (profile.kind !== 'custom') return profile
  const statuses = { ...profile.statuses }
  for (const status of STATUS_IDS)
    statuses[status] = texts.take(`the ${statusLabel(status)} markup`, statuses[status], 'one')
  return { ...profile, statuses, task: texts.take('the task link pattern', profile.task, 'one') }
}

/**
 * Changes a quarter's settings. A new department, year or quarter renames
 * it, and is refused when that quarter is already among `plans`.
 */
export function updatePlan(plan: Plan, patch: PlanPatch, plans: readonly Plan[] = []): Command {
  const texts = typedTexts()
  const after: Plan = { ...plan, ...checkPlanPatch(patch, texts), updatedAt: now() }
  refuseSameQuarter(plans, after, plan.id)
  return {
    label: 'Change quarter settings',
    changes: [{ table: 'plans', id: plan.id, before: plan, after }],
    notice: texts.notice(),
  }
}

/**
 * Deletes a quarter with everything in it, as one command: Undo puts it all
 * back. The window then shows the newest quarter left.
 */
export function deletePlan(doc: PlanDocument): Command {
  return {
    label: 'Delete quarter',
    changes: rowsOf(doc, 'before'),
    shows: { done: null, undone: doc.plan.id },
  }
}

/**
 * "Start next quarter" from the open quarter `doc`: the new quarter with the
 * old one's structure and the carried goals (see shared/nextQuarter.ts), as
 * one command that Undo takes back whole, built in turns as every save of
 * whole quarters is (saveDocumentsInTurns). The old quarter is not touched. A
 * quarter that is already among `plans` is refused (SameQuarterError).
 */
export async function startNextQuarter(
  doc: PlanDocument,
  plans: readonly Plan[],
  typed: NextQuarterChoices,
): Promise<Command & { plan: Plan }> {
  const texts = typedTexts()
  const choices = { ...typed, input: typedPlanInput(typed.input, texts) }
  const problems = validateNewPlan(choices.input)
  if (problems.length > 0) throw new ValidationError(problems.join(' '))
  refuseSameQuarter(plans, choices.input)
  let next: PlanDocument
  try {
    next = nextQuarterDocument(doc, choices, { newId, now: now() })
  } catch (error) {
    throw new ValidationError(error instanceof Error ? error.message : String(error))
  }
  return {
    ...(await saveDocumentsInTurns('Start next quarter', [next])),
    plan: next.plan,
    shows: { done: next.plan.id, undone: doc.plan.id },
    notice: texts.notice(),
  }
}

function lastRank(rows: readonly { rank: string }[]): string | null {
  let last: string | null = null
  for (const row of rows) if (last === null || compareRanks(row.rank, last) > 0) last = row.rank
  return last
}

/** The change that adds a team after the quarter's others; names are unique, ignoring case. */
export function createTeamChange(
  quarter: PlanDocument,
  input: NewTeamInput,
  texts: TypedTexts = typedTexts(),
): RowChange & { after: Team } {
  const name = texts.take('the team name', input.name, 'one').trim()
  if (name === '') throw new ValidationError('Team name is required.')
  if (quarter.teams.some((team) => team.name.toLowerCase() === name.toLowerCase())) {
    throw new ValidationError(`There is already a team named "${name}" in this quarter.`)
  }
  const parentId = input.parentId ?? null
  if (parentId !== null && !quarter.teams.some((team) => team.id === parentId)) {
    throw new ValidationError('The parent team does not exist in this quarter.')
  }
  const team: Team = {
    id: newId(),
    planId: quarter.plan.id,
    name,
    managerLabel:
      texts.take('the manager label', input.managerLabel ?? '', 'one').trim() || 'Team Manager',
    managers: (input.managers ?? [])
      .map((m) => texts.take('the managers', m, 'one').trim())
      .filter((m) => m !== ''),
    parentId,
    dependencies: texts.take('the dependencies', input.dependencies ?? '', 'several'),
    rank: rankBetween(lastRank(quarter.teams), null),
  }
  return { table: 'teams', id: team.id, before: null, after: team }
}

/** Adds a team. */
export function createTeam(quarter: PlanDocument, input: NewTeamInput): Command & { team: Team } {
  const texts = typedTexts()
  const change = createTeamChange(quarter, input, texts)
  return { label: 'Add team', team: change.after, changes: [change], notice: texts.notice() }
}

/** Adds a priority group after the team's others. */
export function createGroup(
  quarter: PlanDocument,
  teamId: string,
  input: NewGroupInput,
): Command & { group: PriorityGroup } {
  const texts = typedTexts()
  const title = texts.take('the priority group title', input.title, 'one').trim()
  if (title === '') throw new ValidationError('Priority group title is required.')
  if (!quarter.teams.some((team) => team.id === teamId)) {
    throw new ValidationError('That team does not exist in this quarter.')
  }
  const group: PriorityGroup = {
    id: newId(),
    planId: quarter.plan.id,
    teamId,
    title,
    description: texts
      .take('the priority group description', input.description ?? '', 'one')
      .trim(),
    rank: rankBetween(lastRank(quarter.groups.filter((g) => g.teamId === teamId)), null),
  }
  return {
    label: 'Add priority group',
    group,
    changes: [{ table: 'groups', id: group.id, before: null, after: group }],
    notice: texts.notice(),
  }
}

export { ROWS_PER_TURN }

type Build<T> = Generator<undefined, T, undefined>

// Rows that name another plan would end up in the wrong quarter. `seen`: plan ids checked before.
function* checkDocument(doc: PlanDocument, seen: Set<string>, turn: () => boolean): Build<void> {
  const { plan } = doc
  if (seen.has(plan.id))
    throw new ValidationError(`The same quarter appears twice (id ${plan.id}).`)
  seen.add(plan.id)
  const name = `"${plan.department} Q${plan.quarter}"`
  for (const table of QUARTER_TABLES) {
    for (const row of doc[table]) {
      if (row.planId !== plan.id)
        throw new ValidationError(`Some records of the quarter ${name} belong to another quarter.`)
      if (turn()) yield
    }
  }
  // Later moves compute ranks from these; a bad one would break the board, not just this save.
  for (const rows of [doc.teams, doc.groups, doc.goals, doc.updates]) {
    for (const row of rows) {
      if (!isRank(row.rank))
        throw new ValidationError(`Some records of the quarter ${name} have an invalid order key.`)
      if (turn()) yield
    }
  }
  for (const goal of doc.goals) {
    if (!isStatusId(goal.status)) {
      throw new ValidationError(
        `The goal "${goal.text}" has an unknown status "${String(goal.status)}".`,
      )
    }
    if (turn()) yield
  }
}

/** Each check of checkDocument, at once. */
function checkDocuments(docs: readonly PlanDocument[], seen = new Set<string>()): void {
  for (const doc of docs) drain(checkDocument(doc, seen, () => false))
}

/** A build run to its end at once. */
function drain<T>(build: Build<T>): T {
  for (;;) {
    const step = build.next()
    if (step.done) return step.value
  }
}

/** A build run to its end with the window let go at each of its turns (`turned` after each). */
async function inTurns<T>(build: Build<T>, turned: () => void = () => {}): Promise<T> {
  for (;;) {
    const step = build.next()
    if (step.done) return step.value
    turned()
    await nextTurn()
  }
}

function rowsOf(doc: PlanDocument, side: 'before' | 'after'): RowChange[] {
  return [...changesOf(doc, side)]
}

/** The change that adds (`after`) or deletes (`before`) each row of `doc`, one at a time. */
function* changesOf(doc: PlanDocument, side: 'before' | 'after'): Generator<RowChange> {
  const change = <R extends { id: string }>(table: RowChange['table'], row: R) =>
    ({
      table,
      id: row.id,
      before: side === 'before' ? row : null,
      after: side === 'after' ? row : null,
    }) as RowChange
  yield change('plans', doc.plan)
  for (const table of QUARTER_TABLES) {
    for (const row of doc[table] as { id: string }[]) yield change(table, row)
  }
}

/**
 * Brings whole quarters in: `docs` are added; each quarter of `replaced`
 * (as stored now) is deleted first. One command, so one Undo takes an
 * import or an opened backup back whole.
 */
/**
 * Fills the empty quarter `target` from `previous`: its teams and groups, and
 * its unfinished goals carried over (shared/startFromPrevious.ts). The plan
 * row is not touched; Undo takes every copied row away and leaves the quarter
 * empty again. Refused (ValidationError) when `target` is not empty.
 */
export function startFromPreviousQuarter(target: PlanDocument, previous: PlanDocument): Command {
  let filled: PlanDocument
  try {
    filled = startFromPrevious(target, previous, { newId, now: now() })
  } catch (error) {
    throw new ValidationError(error instanceof Error ? error.message : String(error))
  }
  checkDocuments([filled])
  return {
    label: `Start from ${planDisplayName(previous.plan)}`,
    changes: rowsOf({ ...filled, updates: [] }, 'after').filter((c) => c.table !== 'plans'),
  }
}

export function saveDocuments(
  label: string,
  docs: readonly PlanDocument[],
  replaced: readonly PlanDocument[] = [],
): Command {
  return drain(savingCommand(label, docs, replaced, () => false))
}

/**
 * saveDocuments, built ROWS_PER_TURN rows at a time with the window free in
 * between: a backup of 14 quarters of 2,000 goals, or one page of 200,000
 * goals, took over 100 ms of the window's thread at once. The same checks
 * and the same command; writeChanges then writes it in slices. `onProgress`
 * hears how far the build has come after each turn, from 0 to 1.
 */
export async function saveDocumentsInTurns(
  label: string,
  docs: readonly PlanDocument[],
  replaced: readonly PlanDocument[] = [],
  onProgress: (fraction: number) => void = () => {},
): Promise<Command> {
  const total = rowsToBuild(docs, replaced)
  // Counts rows done; true every ROWS_PER_TURN rows, when the build lets the window go.
  let rows = 0
  const turn = () => ++rows % ROWS_PER_TURN === 0
  onProgress(0)
  const command = await inTurns(savingCommand(label, docs, replaced, turn), () =>
    onProgress(Math.min(1, rows / total)),
  )
  onProgress(1)
  return command
}

/**
 * The share of a save's progress bar that building its command takes; the
 * rest is the write (runCommand's onWriteProgress), which goes 100 rows a
 * request and is most of the time a big save takes.
 */
export const BUILD_SHARE_OF_SAVE = 0.1

/** Where a save's build ends on a bar that runs from `from` to 1 (BUILD_SHARE_OF_SAVE). */
export function buildEndOfSave(from: number): number {
  return from + (1 - from) * BUILD_SHARE_OF_SAVE
}

/** How many rows savingCommand goes through (each counts towards a turn): for its progress. */
function rowsToBuild(docs: readonly PlanDocument[], replaced: readonly PlanDocument[]): number {
  const rowsOf = (doc: PlanDocument) => QUARTER_TABLES.reduce((n, t) => n + doc[t].length, 0)
  // Each document is checked in three passes (every row, the ranked rows, the goals), then
  // turned into changes (its plan and every row); each replaced one into changes.
  const checked = docs.reduce((n, doc) => {
    const ranked = doc.teams.length + doc.groups.length + doc.goals.length + doc.updates.length
    return n + rowsOf(doc) + ranked + doc.goals.length + 1 + rowsOf(doc)
  }, 0)
  return Math.max(1, checked + replaced.reduce((n, doc) => n + 1 + rowsOf(doc), 0))
}

/** Every document checked, then the one command that adds `docs` and deletes `replaced`. */
function* savingCommand(
  label: string,
  docs: readonly PlanDocument[],
  replaced: readonly PlanDocument[],
  turn: () => boolean,
): Build<Command> {
  const seen = new Set<string>()
  for (const doc of docs) yield* checkDocument(doc, seen, turn)
  // A row deleted and added again under its id is one change from the old row to the new, and
  // none when it comes back as it was: a merge or a backup of a big quarter brings back most of
  // its rows unchanged, and each change costs the window's thread when it is applied.
  const changes = new Map<string, RowChange>()
  for (const doc of replaced) {
    for (const change of changesOf(doc, 'before')) {
      changes.set(`${change.table}/${change.id}`, change)
      if (turn()) yield
    }
  }
  // The rows added keep their values in memory for Undo: repeated ones share a string.
  const pool: StringPool = new Map()
  for (const doc of docs) {
    for (const change of changesOf(doc, 'after')) {
      if (change.after) shareStrings(change.after, repeatedFieldsOf(change.table), pool)
      const key = `${change.table}/${change.id}`
      const deleted = changes.get(key)
      if (deleted && sameValue(deleted.before, change.after)) changes.delete(key)
      else changes.set(key, deleted ? ({ ...change, before: deleted.before } as RowChange) : change)
      if (turn()) yield
    }
  }
  return { label, changes: [...changes.values()] }
}
