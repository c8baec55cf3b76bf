/**
 * The Publish dialog's diff as lines (shared/wikiSync/pageDiff.ts): what was
 * removed and added, the new page's line numbers, unchanged runs folded to a
 * few lines around each change, and the counts the dialog states.
 */
import { describe, expect, it } from 'vitest'
import { diffCounts, pageDiff } from '../../../../src/shared/wikiSync/pageDiff'

const numbered = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`)

describe('the publish diff', () => {
  it('marks a changed line removed then added, with new line numbers and context around it', () => {
    const before = [...numbered(1, 10), 'old', ...numbered(11, 20)].join('\n')
    const after = [...numbered(1, 10), 'new', ...numbered(11, 20)].join('\n')
    expect(pageDiff(before, after, 2)).toEqual({
      added: 1,
      removed: 1,
      lines: [
        { kind: 'folded', text: '8 unchanged lines', count: 8 },
        { kind: 'same', text: 'line 9', newLine: 9 },
        { kind: 'same', text: 'line 10', newLine: 10 },
        { kind: 'removed', text: 'old' },
        { kind: 'added', text: 'new', newLine: 11 },
        { kind: 'same', text: 'line 11', newLine: 12 },
        { kind: 'same', text: 'line 12', newLine: 13 },
        { kind: 'folded', text: '8 unchanged lines', count: 8 },
      ],
    })
  })

  it('folds the unchanged run between two changes, and keeps context on both sides', () => {
    const before = ['a', ...numbered(1, 9), 'z'].join('\n')
    const after = ['A', ...numbered(1, 9), 'Z'].join('\n')
    const kinds = pageDiff(before, after, 3).lines.map((l) => `${l.kind} ${l.text}`)
    expect(kinds).toEqual([
      'removed a',
      'added A',
      'same line 1',
      'same line 2',
      'same line 3',
      'folded 3 unchanged lines',
      'same line 7',
      'same line 8',
      'same line 9',
      'removed z',
      'added Z',
    ])
  })

  it('shows a single unchanged line rather than a marker for it', () => {
    const before = ['a', ...numbered(1, 3), 'z'].join('\n')
    const after = ['A', ...numbered(1, 3), 'Z'].join('\n')
    expect(pageDiff(before, after, 1).lines.map((l) => l.kind)).toEqual([
      'removed',
      'added',
      'same',
      'same',
      'same',
      'removed',
      'added',
    ])
  })

  it('shows a new page as added lines only, numbered from 1', () => {
    expect(pageDiff('', 'one\ntwo')).toEqual({
      added: 2,
      removed: 0,
      lines: [
        { kind: 'added', text: 'one', newLine: 1 },
        { kind: 'added', text: 'two', newLine: 2 },
      ],
    })
  })

  it('adds a line at the end without showing the old last line as changed', () => {
    expect(pageDiff('one\ntwo', 'one\ntwo\nthree').lines).toEqual([
      { kind: 'same', text: 'one', newLine: 1 },
      { kind: 'same', text: 'two', newLine: 2 },
      { kind: 'added', text: 'three', newLine: 3 },
    ])
  })

  it('keeps empty lines as lines', () => {
    expect(pageDiff('a\n\nb', 'a\n\nc').lines.map((l) => [l.kind, l.text])).toEqual([
      ['same', 'a'],
      ['same', ''],
      ['removed', 'b'],
      ['added', 'c'],
    ])
  })
})

describe('the counts the dialog states', () => {
  it('names both counts, or only the one there is', () => {
    expect(diffCounts({ added: 12, removed: 3 })).toBe('12 lines added, 3 removed')
    expect(diffCounts({ added: 1, removed: 0 })).toBe('1 line added')
    expect(diffCounts({ added: 0, removed: 2 })).toBe('2 lines removed')
    expect(diffCounts(pageDiff('a\nb\nc', 'a\nB\nc\nd'))).toBe('2 lines added, 1 removed')
  })
})
