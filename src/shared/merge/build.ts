/**
 * Builds the merged document from the draft and a person's decisions. Rows
 * something kept still refers to stay (a goal kept in a team the other side
 * deleted keeps its team); rows from a copy with another rank space are
 * placed after the row they followed there; every goal's history ends with
 * its merged status.
 */
import type { Goal, PlanDocument, StatusChange, Team } from '../model'
import { rankBetween } from '../ranks'
import { GOAL_FIELDS, GROUP_FIELDS, PLAN_FIELDS, TEAM_FIELDS, UPDATE_FIELDS } from './fields'
import type { FieldSpec } from './fields'
import type { DraftRow, MergeDecisions, MergeDraft, MergeResult } from './types'

type Ranked = { id: string; rank: string }

function decide<R>(
  row: DraftRow<R>,
  fields: readonly FieldSpec<R>[],
  decisions: MergeDecisions,
): R | null {
  let out =
    row.presenceConflict !== undefined && decisions[row.presenceConflict] === 'remote'
      ? (row.remote ?? null)
      : row.local
  if (out === null) return null
  for (const { conflict, field, remote } of row.fieldConflicts) {
    if (decisions[conflict] !== 'remote') continue
    const spec = fields.find((f) => f.name === field)
    if (spec) out = spec.set(out, remote)
  }
  return out
}

function decideAll<R extends { id: string }>(
  rows: readonly DraftRow<R>[],
  fields: readonly FieldSpec<R>[],
  decisions: MergeDecisions,
): Map<string, R> {
  const out = new Map<string, R>()
  for (const row of rows) {
    const decided = decide(row, fields, decisions)
    if (decided) out.set(row.id, decided)
  }
  return out
}

/** The merged document for `decisions` (conflict id → side); undecided conflicts keep the local side. */
export function applyMergeDecisions(result: MergeResult, decisions: MergeDecisions): PlanDocument {
  return buildMerged(result.draft, decisions)
}

/** See applyMergeDecisions. */
export function buildMerged(draft: MergeDraft, decisions: MergeDecisions): PlanDocument {
  const plan = decide(draft.plan, PLAN_FIELDS, decisions) ?? draft.plan.restore
  const teams = decideAll(draft.teams, TEAM_FIELDS, decisions)
  const groups = decideAll(draft.groups, GROUP_FIELDS, decisions)
  const goals = decideAll(draft.goals, GOAL_FIELDS, decisions)
  const updates = decideAll(draft.updates, UPDATE_FIELDS, decisions)
  keepReferenced(draft, teams, groups, goals, updates)

  const spare = [...draft.spareIds]
  const nextId = (): string => {
    const id = spare.shift()
    if (id === undefined) throw new Error('The merge ran out of reserved ids')
    return id
  }
  const ordered = <R extends Ranked>(
    table: keyof MergeDraft['remoteOrder'],
    rows: readonly DraftRow<R>[],
    kept: Map<string, R>,
  ) => {
    const list = rows.flatMap((row) => {
      const found = kept.get(row.id)
      return found ? [found] : []
    })
    return placeRanks(list, rows, draft.remoteOrder[table])
  }
  const goalList = ordered('goals', draft.goals, goals)
  return {
    plan,
    teams: ordered('teams', draft.teams, teams),
    groups: ordered('groups', draft.groups, groups),
    goals: goalList,
    history: mergeHistory(draft, goalList, nextId),
    updates: ordered('updates', draft.updates, updates),
  }
}

// Brings back what a kept row refers to, until nothing refers to a missing row.
function keepReferenced(
  draft: MergeDraft,
  teams: Map<string, Team>,
  groups: Map<string, PlanDocument['groups'][number]>,
  goals: Map<string, Goal>,
  updates: Map<string, PlanDocument['updates'][number]>,
): void {
  const teamDraft = new Map(draft.teams.map((row) => [row.id, row]))
  const groupDraft = new Map(draft.groups.map((row) => [row.id, row]))
  const needTeam = (id: string): boolean => {
    if (teams.has(id)) return true
    const row = teamDraft.get(id)
    if (!row) return false
    teams.set(id, row.restore)
    return true
  }
  for (let changed = true; changed;) {
    changed = false
    const before = teams.size + groups.size
    for (const group of groups.values()) needTeam(group.teamId)
    for (const update of updates.values()) needTeam(update.teamId)
    for (const team of [...teams.values()]) {
      if (team.parentId !== null && !needTeam(team.parentId))
        teams.set(team.id, { ...team, parentId: null })
    }
    for (const goal of [...goals.values()]) {
      needTeam(goal.teamId)
      if (goal.groupId === null) continue
      let group = groups.get(goal.groupId)
      if (!group) {
        const row = groupDraft.get(goal.groupId)
        if (row) groups.set(row.id, (group = row.restore))
      }
      // A goal follows its group to the group's team (a group moved on one side).
      if (!group) goals.set(goal.id, { ...goal, groupId: null })
      else if (group.teamId !== goal.teamId) goals.set(goal.id, { ...goal, teamId: group.teamId })
    }
    if (teams.size + groups.size !== before) changed = true
  }
  breakParentCycles(teams)
}

// Two sides may each make one team the other's parent: the later in the walk becomes top level.
function breakParentCycles(teams: Map<string, Team>): void {
  for (const start of [...teams.values()]) {
    const seen = new Set<string>([start.id])
    let team = teams.get(start.id) as Team
    while (team.parentId !== null) {
      const parent = teams.get(team.parentId)
      if (!parent) break
      if (seen.has(parent.id)) {
        teams.set(team.id, { ...team, parentId: null })
        break
      }
      seen.add(parent.id)
      team = parent
    }
  }
}

/**
 * Rows whose rank came from a copy with another rank space (a page pulled
 * from the wiki ranks its rows afresh) get a rank right after the row they
 * followed in that copy, so an added goal appears where it was added.
 */
function placeRanks<R extends Ranked>(
  list: R[],
  rows: readonly DraftRow<R>[],
  order: readonly string[],
): R[] {
  const own = new Map(rows.map((row) => [row.id, row.ownRank]))
  if (list.every((row) => own.get(row.id) !== false)) return list
  const byId = new Map(list.map((row) => [row.id, row]))
  const sorted = list.filter((row) => own.get(row.id) !== false).map((row) => row.rank)
  sorted.sort()
  const placed = new Map<string, string>()
  let previous: string | null = null
  const place = (id: string) => {
    const next = sorted.find((rank) => previous === null || rank > previous) ?? null
    const rank = rankBetween(previous, next)
    const at = next === null ? sorted.length : sorted.indexOf(next)
    sorted.splice(at, 0, rank)
    placed.set(id, rank)
    previous = rank
  }
  for (const id of order) {
    const row = byId.get(id)
    if (!row) continue
    if (own.get(id) === false) place(id)
    else previous = row.rank
  }
  for (const row of list) if (own.get(row.id) === false && !placed.has(row.id)) place(row.id)
  return list.map((row) =>
    placed.has(row.id) ? { ...row, rank: placed.get(row.id) as string } : row,
  )
}

/**
 * Each kept goal's history: the local one, plus the other copy's entries
 * when both copies share ids (or the goal exists only there), and a new
 * entry when the merge changed the goal's status.
 */
function mergeHistory(
  draft: MergeDraft,
  goals: readonly Goal[],
  nextId: () => string,
): StatusChange[] {
  const byGoal = (history: readonly StatusChange[]) => {
    const map = new Map<string, StatusChange[]>()
    for (const change of history) {
      const list = map.get(change.goalId)
      if (list) list.push(change)
      else map.set(change.goalId, [change])
    }
    return map
  }
  const local = byGoal(draft.localHistory)
  const remote = byGoal(draft.remoteHistory)
  const localIds = new Set(draft.localHistory.map((change) => change.id))
  const rows = new Map(draft.goals.map((row) => [row.id, row]))
  const out: StatusChange[] = []
  for (const goal of goals) {
    const row = rows.get(goal.id)
    const entries: StatusChange[] = []
    const own = row?.localId == null ? [] : (local.get(row.localId) ?? [])
    entries.push(...own)
    if (row?.remoteId != null && (row.localId === null || row.sameIds)) {
      const ownIds = new Set(own.map((change) => change.id))
      for (const change of remote.get(row.remoteId) ?? []) {
        if (ownIds.has(change.id)) continue
        entries.push({ ...change, id: localIds.has(change.id) ? nextId() : change.id })
      }
    }
    const mapped = entries.map((change) => ({ ...change, goalId: goal.id, planId: draft.planId }))
    let last: StatusChange | undefined
    for (const change of mapped) if (!last || change.at >= last.at) last = change
    if (!last || last.to !== goal.status) {
      mapped.push({
        id: nextId(),
        planId: draft.planId,
        goalId: goal.id,
        from: last?.to ?? null,
        to: goal.status,
        at: Math.max(draft.now, last?.at ?? 0),
      })
    }
    out.push(...mapped)
  }
  return out
}
