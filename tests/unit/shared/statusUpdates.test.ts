import { describe, expect, it } from 'vitest'
import { activitySince, goalHistory } from '../../../src/shared/activity'
import type { StatusUpdate } from '../../../src/shared/model'
import {
  changesSince,
  cleanItems,
  isoDateOf,
  newStatusUpdate,
  previousUpdate,
  updateItemsFromBoard,
} from '../../../src/shared/statusUpdates'
import { exportWikitext } from '../../../src/shared/wiki'
import { goal, structureFixture } from './structureFixture'

describe('update items from the board', () => {
  it('lists the team’s goals grouped by status in board order, notes included', () => {
    const doc = structureFixture()
    doc.goals.push({ ...goal('g6', 'sre', 'todo', 'a'), note: 'first' })
    expect(updateItemsFromBoard(doc, 'sre')).toEqual([
      { text: 'Goal g6', status: 'todo', note: 'first' },
      { text: 'Goal g1', status: 'todo', note: '' },
      { text: 'Goal g3', status: 'in-progress', note: '' },
      { text: 'Goal g2', status: 'done', note: '' },
    ])
  })
})

describe('changes since the previous update', () => {
  const previous: StatusUpdate = {
    ...structureFixture().updates[0]!,
    items: [
      { text: 'Kerberos', status: 'in-progress', note: '' },
      { text: 'Zookeeper', status: 'todo', note: '' },
      { text: 'Hadoop  client', status: 'todo', note: '' },
    ],
  }

  it('marks new items, items done since and items moved since', () => {
    const changes = changesSince(previous, [
      { text: 'Kerberos', status: 'done', note: '' },
      { text: 'zookeeper', status: 'blocked', note: '' },
      { text: 'Hadoop client', status: 'todo', note: '' },
      { text: 'Superset upgrade', status: 'todo', note: '' },
      { text: 'A free item', status: null, note: '' },
    ])
    expect(changes).toEqual([
      { kind: 'done', from: 'in-progress' },
      { kind: 'moved', from: 'todo' },
      null,
      { kind: 'new' },
      { kind: 'new' },
    ])
  })

  it('highlights nothing for a team’s first update', () => {
    expect(changesSince(null, [{ text: 'x', status: 'done', note: '' }])).toEqual([null])
  })

  it('finds the team’s latest update on or before the date', () => {
    const doc = structureFixture()
    expect(previousUpdate(doc, 'sre', '2019-12-12')?.id).toBe('u1')
    expect(previousUpdate(doc, 'sre', '2019-10-01')).toBeNull()
    expect(previousUpdate(doc, 'sre', '2019-12-12', 'u1')).toBeNull()
    expect(previousUpdate(doc, 'search', '2019-12-12')).toBeNull()
  })
})

describe('a new update', () => {
  it('goes last among the team’s updates, grouped, and the page shows it dated', () => {
    const doc = structureFixture()
    const update = newStatusUpdate(
      doc,
      'sre',
      '2019-12-12',
      [
        { text: ' Goal g2 ', status: 'done', note: '' },
        { text: '   ', status: 'todo', note: '' },
        { text: 'Hired two SREs', status: null, note: '' },
      ],
      'u2',
    )
    expect(update.items).toEqual([
      { text: 'Goal g2', status: 'done', note: '' },
      { text: 'Hired two SREs', status: null, note: '' },
    ])
    expect(update.rank > doc.updates[0]!.rank).toBe(true)
    const page = exportWikitext({ ...doc, updates: [...doc.updates, update] })
    expect(page).toContain(
      '* December 12, 2019 status:\n** {{Done}}\n*** Goal g2\n** Hired two SREs',
    )
    expect(page.indexOf('October 28, 2019')).toBeLessThan(page.indexOf('December 12, 2019'))
  })

  it('drops empty items and trims the rest', () => {
    expect(cleanItems([{ text: ' a ', status: null, note: ' n ' }])).toEqual([
      { text: 'a', status: null, note: 'n' },
    ])
  })

  it('dates today in the user’s time zone', () => {
    expect(isoDateOf(new Date(2019, 9, 8, 23, 59))).toBe('2019-10-08')
  })
})

describe('history', () => {
  it('gives a goal’s status changes oldest first', () => {
    const doc = structureFixture()
    expect(goalHistory(doc, 'g3').map((h) => [h.from, h.to])).toEqual([
      [null, 'todo'],
      ['todo', 'in-progress'],
    ])
  })

  it('lists the quarter’s changes since a time, newest first, with the goal’s text', () => {
    const doc = structureFixture()
    const entries = activitySince(doc, 11)
    expect(entries.map((e) => e.id)).toEqual(['h3b', 'h4', 'h3'])
    expect(entries[0]).toMatchObject({ goalText: 'Goal g3', from: 'todo', to: 'in-progress' })
    // A deleted goal's history is gone with it.
    expect(
      activitySince({ ...doc, goals: doc.goals.filter((g) => g.id !== 'g3') }, 0),
    ).toHaveLength(2)
  })
})
