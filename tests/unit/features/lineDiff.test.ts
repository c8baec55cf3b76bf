/** The Publish dialog's line diff: changed lines marked, long unchanged runs folded. */
import { describe, expect, it } from 'vitest'
import { diffRows } from '../../../src/renderer/features/wiki/LineDiff'

describe('the publish diff', () => {
  it('marks removed and added lines and keeps a little context around them', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'old', 'h'].join('\n')
    const after = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'new', 'h'].join('\n')
    expect(diffRows(before, after)).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'same', text: 'b' },
      { kind: 'folded', text: '3 lines unchanged' },
      { kind: 'same', text: 'f' },
      { kind: 'same', text: 'g' },
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: 'h' },
    ])
  })

  it('shows a new page as added lines only', () => {
    expect(diffRows('', 'one\ntwo')).toEqual([
      { kind: 'added', text: 'one' },
      { kind: 'added', text: 'two' },
    ])
  })
})
