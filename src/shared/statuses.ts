/**
 * Goal statuses: the one place for their ids, labels and board order.
 */

/** Every status a goal can have, in board order. */
export const STATUS_IDS = [
  'todo',
  'in-progress',
  'done',
  'blocked',
  'postponed',
  'partially-done',
] as const

export type StatusId = (typeof STATUS_IDS)[number]

/** The five main statuses, in board order: what a goal is in day to day. */
export const BOARD_STATUSES: readonly StatusId[] = [
  'todo',
  'in-progress',
  'done',
  'blocked',
  'postponed',
]

const LABELS: Record<StatusId, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  postponed: 'Postponed',
  'partially-done': 'Partially done',
}

/** Human label of a status ("In progress"). */
export function statusLabel(status: StatusId): string {
  return LABELS[status]
}

/** Type guard for untrusted input (IPC, files, pages). */
export function isStatusId(value: unknown): value is StatusId {
  return typeof value === 'string' && (STATUS_IDS as readonly string[]).includes(value)
}

/** Position of a status in board order; lower comes first. */
export function statusOrder(status: StatusId): number {
  return STATUS_IDS.indexOf(status)
}

/**
 * The columns of the board: every status, always, the five main ones then
 * Partially done (drawn narrower). The same columns whatever the goals'
 * statuses, so no column moves when the first goal gets a status or the
 * last one leaves it. The goals' statuses are no longer consulted; the
 * parameter stays so callers need not change.
 */
export function boardColumns(_statuses?: Iterable<StatusId>): StatusId[] {
  return [...STATUS_IDS]
}
