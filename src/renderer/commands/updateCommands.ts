/**
 * Commands on status updates: record one (or one per team at once, as one
 * command), edit one, delete one. Items come from the update dialog, which
 * starts them from the board (src/shared/statusUpdates.ts).
 */
import { isIsoDate } from '../../shared/dates'
import { newId } from '../../shared/ids'
import type { PlanDocument, StatusUpdate, StatusUpdateItem } from '../../shared/model'
import { cleanItems, newStatusUpdate } from '../../shared/statusUpdates'
import { typedTexts, type TypedTexts } from '../../shared/typedText'
import { ValidationError } from '../db/errors'
import type { RowChange } from './changes'
import type { Command } from './command'

/** One team's update as the dialog gives it. */
export interface UpdateDraft {
  teamId: string
  items: StatusUpdateItem[]
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) throw new ValidationError('Give the update a date, such as 2019-10-28.')
}

/** Items as typed, without the control characters the page cannot show (shared/typedText.ts). */
function typedItems(texts: TypedTexts, items: readonly StatusUpdateItem[]): StatusUpdateItem[] {
  return items.map((item) => ({
    ...item,
    text: texts.take('the status update', item.text, 'several'),
    note: texts.take('the status update', item.note, 'several'),
  }))
}

/** Records the drafts' updates, dated `date`; a draft without items is left out. */
export function recordUpdates(
  quarter: PlanDocument,
  date: string,
  drafts: readonly UpdateDraft[],
): Command & { updates: StatusUpdate[] } {
  checkDate(date)
  const texts = typedTexts()
  const updates: StatusUpdate[] = []
  for (const typed of drafts) {
    const draft = { ...typed, items: typedItems(texts, typed.items) }
    if (!quarter.teams.some((team) => team.id === draft.teamId)) {
      throw new ValidationError('A team of this update no longer exists in this quarter.')
    }
    if (cleanItems(draft.items).length === 0) continue
    updates.push(newStatusUpdate(quarter, draft.teamId, date, draft.items, newId()))
  }
  if (updates.length === 0) {
    throw new ValidationError('The update has no items; add at least one before saving.')
  }
  return {
    label: updates.length === 1 ? 'Record status update' : 'Record status updates',
    updates,
    changes: updates.map((after): RowChange => ({
      table: 'updates',
      id: after.id,
      before: null,
      after,
    })),
    notice: texts.notice(),
  }
}

function requireUpdate(quarter: PlanDocument, updateId: string): StatusUpdate {
  const update = quarter.updates.find((candidate) => candidate.id === updateId)
  if (!update) throw new ValidationError('That status update no longer exists.')
  return update
}

/** Changes an update's date and items. */
export function editUpdate(
  quarter: PlanDocument,
  updateId: string,
  date: string,
  items: readonly StatusUpdateItem[],
): Command | null {
  const update = requireUpdate(quarter, updateId)
  // An update read from a page without a date may stay undated.
  if (date !== update.date) checkDate(date)
  const texts = typedTexts()
  const clean = cleanItems(typedItems(texts, items))
  if (clean.length === 0 && update.summary === '') {
    throw new ValidationError('An update needs at least one item; delete it instead.')
  }
  const after: StatusUpdate = { ...update, date, items: clean }
  return {
    label: 'Edit status update',
    changes: [{ table: 'updates', id: update.id, before: update, after }],
    notice: texts.notice(),
  }
}

/** Deletes an update. */
export function deleteUpdate(quarter: PlanDocument, updateId: string): Command {
  const update = requireUpdate(quarter, updateId)
  return {
    label: 'Delete status update',
    changes: [{ table: 'updates', id: update.id, before: update, after: null }],
  }
}
