import { describe, expect, it } from 'vitest'
import {
  BOARD_STATUSES,
  STATUS_IDS,
  boardColumns,
  isStatusId,
  statusLabel,
  statusOrder,
} from '../../../src/shared/statuses'

describe('statuses', () => {
  it('shows the five board columns in the order users know', () => {
    expect(BOARD_STATUSES.map(statusLabel)).toEqual([
      'To do',
      'In progress',
      'Done',
      'Blocked',
      'Postponed',
    ])
  })

  it('always shows six columns, Partially done last, whatever the goals', () => {
    const six = [...BOARD_STATUSES, 'partially-done']
    expect(boardColumns(['todo', 'done'])).toEqual(six)
    expect(boardColumns([])).toEqual(six)
    expect(boardColumns(['done', 'partially-done'])).toEqual(six)
    expect(statusLabel('partially-done')).toBe('Partially done')
  })

  it('recognises only known status ids', () => {
    for (const id of STATUS_IDS) expect(isStatusId(id)).toBe(true)
    for (const bad of ['Done', 'in progress', '', null, 3, undefined, 'toString']) {
      expect(isStatusId(bad)).toBe(false)
    }
  })

  it('orders statuses by board position', () => {
    const shuffled = ['postponed', 'todo', 'partially-done', 'done'] as const
    expect([...shuffled].sort((a, b) => statusOrder(a) - statusOrder(b))).toEqual([
      'todo',
      'done',
      'postponed',
      'partially-done',
    ])
  })
})
