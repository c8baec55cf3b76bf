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

/** The columns the board always shows, in this order. */
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
 * The columns to show for goals with the given statuses: the five board
 * statuses always, Partially done only when some goal has it.
 */
export function boardColumns(statuses: Iterable<StatusId>): StatusId[] {
  for (const status of statuses) {
    if (status === 'partially-done') return [...BOARD_STATUSES, 'partially-done']
  }
  return [...BOARD_STATUSES]
}
