/**
 * Merges one thing (a goal, a team, ...) across the copies, field by field:
 * a change made on one side only is taken, the same change on both is taken
 * once, different changes are a conflict. A row deleted on one side goes if
 * the other side left it unchanged, and is a conflict if it changed it.
 * Without a base every difference is a conflict.
 */
import type { FieldSpec, Names, Refs } from './fields'
import { sameValue } from './fields'
import type { Identity, Side } from './identities'
import type {
  DraftRow,
  MergeConflict,
  MergeConflictKind,
  MergeSideValue,
  MergeSummary,
  MergeTable,
} from './types'

/** What a row looks like to a person, in merged ids. */
export interface RowLook {
  what: string
  team: string | null
  /** The whole row in one line, for presence conflicts. */
  text: string
}

/** What mergeRow needs to know about the table and the merge. */
export interface RowContext<R> {
  table: MergeTable
  fields: readonly FieldSpec<R>[]
  refs: Record<Side, Refs>
  names: Names
  /** No base: every difference is a choice. */
  twoWay: boolean
  planId: string
  /** Local and remote share this table's ids, and so its rank space (copies of one backup). */
  sharedIds: boolean
  look(row: R, names: Names): RowLook
  conflicts: MergeConflict[]
  summary: MergeSummary
}

type Row = { id: string; planId?: string; rank?: string; createdAt?: number; updatedAt?: number }

// Kept without conflicts: the local value, or the remote one when only it changed.
const SILENT = ['rank', 'createdAt', 'updatedAt'] as const

function pick<T>(base: T | undefined, local: T, remote: T): T {
  return base !== undefined && sameValue(local, base) ? remote : local
}

/** The merged row of one identity, or null when it is gone from both sides. */
export function mergeRow<R extends Row>(
  identity: Identity<R>,
  ctx: RowContext<R>,
): DraftRow<R> | null {
  const { base, local, remote } = identity
  if (!local && !remote) return null
  const translate = (row: R, side: Side): R => {
    let out: R = { ...row, id: identity.id }
    if ('planId' in row) out = { ...out, planId: ctx.planId }
    for (const field of ctx.fields) out = field.set(out, field.get(row, ctx.refs[side]))
    return out
  }
  const draft = (row: R | null, extra: Partial<DraftRow<R>> & { restore: R }): DraftRow<R> => ({
    id: identity.id,
    local: row,
    fieldConflicts: [],
    ownRank: local !== undefined || ctx.sharedIds,
    sameIds: local !== undefined && remote !== undefined && local.id === remote.id,
    localId: local?.id ?? null,
    remoteId: remote?.id ?? null,
    ...extra,
  })
  const goal = ctx.table === 'goals'

  if (local && remote) return mergeBoth(identity, local, remote, translate, draft, ctx)

  const present = (local ?? remote) as R
  const side: Side = local ? 'local' : 'remote'
  const row = translate(present, side)
  if (base) {
    const unchanged = ctx.fields.every((f) =>
      sameValue(f.get(base, ctx.refs.base), f.get(present, ctx.refs[side])),
    )
    if (unchanged) {
      // Deleted on the other side: the deletion is that side's change.
      if (local) {
        ctx.summary.remoteChanges++
        if (goal) ctx.summary.goalsDeleted.remote++
      } else {
        ctx.summary.localChanges++
        if (goal) ctx.summary.goalsDeleted.local++
      }
      return draft(null, { restore: row })
    }
    const baseRow = translate(base, 'base')
    const id = presenceConflict(ctx, identity, 'deleted-changed', row, side, baseRow)
    return local
      ? draft(row, { remote: null, presenceConflict: id, restore: row })
      : draft(null, { remote: row, presenceConflict: id, restore: row })
  }
  if (ctx.twoWay) {
    const id = presenceConflict(ctx, identity, 'one-side-only', row, side, null)
    return local
      ? draft(row, { remote: null, presenceConflict: id, restore: row })
      : draft(null, { remote: row, presenceConflict: id, restore: row })
  }
  if (local) {
    ctx.summary.localChanges++
    if (goal) ctx.summary.goalsAdded.local++
  } else {
    ctx.summary.remoteChanges++
    if (goal) ctx.summary.goalsAdded.remote++
  }
  return draft(row, { restore: row })
}

function mergeBoth<R extends Row>(
  identity: Identity<R>,
  local: R,
  remote: R,
  translate: (row: R, side: Side) => R,
  draft: (row: R | null, extra: Partial<DraftRow<R>> & { restore: R }) => DraftRow<R>,
  ctx: RowContext<R>,
): DraftRow<R> {
  const base = identity.base
  let row = translate(local, 'local')
  const fieldConflicts: DraftRow<R>['fieldConflicts'] = []
  for (const field of ctx.fields) {
    const l = field.get(local, ctx.refs.local)
    const r = field.get(remote, ctx.refs.remote)
    if (sameValue(l, r)) continue
    const b = base === undefined ? undefined : field.get(base, ctx.refs.base)
    if (base !== undefined && sameValue(l, b)) {
      row = field.set(row, r)
      ctx.summary.remoteChanges++
    } else if (base !== undefined && sameValue(r, b)) {
      ctx.summary.localChanges++
    } else {
      const id = `${ctx.table}:${identity.id}:${field.name}`
      const look = ctx.look(row, ctx.names)
      const value = (v: unknown): MergeSideValue => ({
        exists: true,
        value: v,
        text: field.text(v, ctx.names),
      })
      ctx.conflicts.push({
        id,
        kind: 'changed-both',
        table: ctx.table,
        rowId: identity.id,
        field: field.name,
        fieldLabel: field.label,
        what: look.what,
        team: look.team,
        base: ctx.twoWay ? null : base === undefined ? absent('added on both sides') : value(b),
        local: value(l),
        remote: value(r),
      })
      fieldConflicts.push({ conflict: id, field: field.name, remote: r })
    }
  }
  // Ranks and times are in one space only when the copies share ids.
  const sameIds = local.id === remote.id && (base === undefined || base.id === local.id)
  if (sameIds) {
    const out = row as Record<string, unknown>
    const [l, r, b] = [local, remote, base] as Array<Record<string, unknown> | undefined>
    for (const key of SILENT) {
      if (key in local) out[key] = pick(b?.[key], l?.[key], r?.[key])
    }
    // Changed on both sides: the later change.
    if (b && !sameValue(l?.updatedAt, b.updatedAt) && !sameValue(r?.updatedAt, b.updatedAt)) {
      out.updatedAt = Math.max(Number(l?.updatedAt), Number(r?.updatedAt))
    }
  }
  return draft(row, { fieldConflicts, restore: row })
}

function absent(text: string): MergeSideValue {
  return { exists: false, value: undefined, text }
}

function presenceConflict<R extends Row>(
  ctx: RowContext<R>,
  identity: Identity<R>,
  kind: MergeConflictKind,
  row: R,
  side: Side,
  baseRow: R | null,
): string {
  const id = `${ctx.table}:${identity.id}:presence`
  const look = ctx.look(row, ctx.names)
  const there: MergeSideValue = { exists: true, value: row, text: look.text }
  const gone = absent(kind === 'deleted-changed' ? '(deleted)' : '(not in this copy)')
  const kindLabel = ctx.table === 'goals' ? 'Whole goal' : 'Whole row'
  ctx.conflicts.push({
    id,
    kind,
    table: ctx.table,
    rowId: identity.id,
    field: null,
    fieldLabel: kindLabel,
    what: look.what,
    team: look.team,
    base: ctx.twoWay
      ? null
      : baseRow
        ? { exists: true, value: baseRow, text: ctx.look(baseRow, ctx.names).text }
        : absent('(not there)'),
    local: side === 'local' ? there : gone,
    remote: side === 'remote' ? there : gone,
  })
  return id
}
