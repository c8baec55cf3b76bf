/**
 * Status updates made from the board: the items a team's update starts
 * with (its goals, grouped by status in board order), and what changed
 * since the team's previous update, so the person writing it sees what is
 * new, what moved and what got done. Pure: the update dialog and the
 * command that records updates call these.
 */
import type { Goal, PlanDocument, StatusId, StatusUpdate, StatusUpdateItem } from './model'
import { compareRanks, rankBetween } from './ranks'
import { STATUS_IDS } from './statuses'

/**
 * A team's goals as update items: grouped by status (To do, In progress,
 * Done, ... as the board orders them), each status's goals in column order;
 * a goal's note goes with it.
 */
export function updateItemsFromBoard(doc: PlanDocument, teamId: string): StatusUpdateItem[] {
  const goals = doc.goals.filter((goal) => goal.teamId === teamId)
  const items: StatusUpdateItem[] = []
  for (const status of STATUS_IDS) {
    const column = goals
      .filter((goal) => goal.status === status)
      .sort((a: Goal, b: Goal) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id))
    for (const goal of column) items.push({ text: goal.text, status, note: goal.note })
  }
  return items
}

/** A team's updates, oldest first (by date, then by their order on the page). */
export function updatesOfTeam(doc: PlanDocument, teamId: string): StatusUpdate[] {
  return doc.updates
    .filter((update) => update.teamId === teamId)
    .sort(
      (a, b) => compareRanks(a.rank, b.rank) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
    )
}

/** The team's latest update dated on or before `date` (an ISO date), if any. */
export function previousUpdate(
  doc: PlanDocument,
  teamId: string,
  date: string,
  exceptId?: string,
): StatusUpdate | null {
  const earlier = updatesOfTeam(doc, teamId).filter(
    (update) => update.id !== exceptId && update.date <= date,
  )
  return earlier.at(-1) ?? null
}

/** How an item differs from the team's previous update. */
export type ItemChange =
  | { kind: 'new' }
  | { kind: 'done'; from: StatusId | null }
  | { kind: 'moved'; from: StatusId | null }
  | null

/** Compares goal texts as people see them: case and spacing aside. */
function textKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * For each item, what changed since `previous`: "new" when the previous
 * update did not list it, "done" when it is done now and was not, "moved"
 * when its status is another; null when unchanged, and for every item when
 * there is no previous update (nothing to compare with). Items are matched
 * by text, so updates read from a page compare too.
 */
export function changesSince(
  previous: StatusUpdate | null,
  items: readonly StatusUpdateItem[],
): ItemChange[] {
  if (previous === null) return items.map(() => null)
  const before = new Map<string, StatusId | null>()
  for (const item of previous.items) {
    const key = textKey(item.text)
    // An undated or summary-only listing ("all goals below are In progress") names no status.
    if (!before.has(key) || before.get(key) === null) before.set(key, item.status)
  }
  return items.map((item): ItemChange => {
    const key = textKey(item.text)
    if (!before.has(key)) return { kind: 'new' }
    const from = before.get(key) ?? null
    if (item.status === from || item.status === null) return null
    if (item.status === 'done') return { kind: 'done', from }
    return { kind: 'moved', from }
  })
}

/** A new update of a team, last among its updates; items grouped by status as the page shows them. */
export function newStatusUpdate(
  doc: PlanDocument,
  teamId: string,
  date: string,
  items: readonly StatusUpdateItem[],
  id: string,
): StatusUpdate {
  const last = updatesOfTeam(doc, teamId).at(-1)?.rank ?? null
  return {
    id,
    planId: doc.plan.id,
    teamId,
    date,
    summary: '',
    grouped: true,
    items: cleanItems(items),
    rank: rankBetween(last, null),
  }
}

/** Items as stored: trimmed, empty ones left out. */
export function cleanItems(items: readonly StatusUpdateItem[]): StatusUpdateItem[] {
  return items
    .map((item) => ({ ...item, text: item.text.trim(), note: item.note.trim() }))
    .filter((item) => item.text !== '')
}

/** Today's date in the user's time zone, as an ISO date. */
export function isoDateOf(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`
}
