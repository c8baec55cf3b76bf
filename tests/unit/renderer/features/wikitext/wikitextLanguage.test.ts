/**
 * The wikitext highlighter colours what a person scans for: each piece of a
 * line gets the token its markup asks for, and plain text gets none.
 */
import { StringStream } from '@codemirror/language'
import { describe, expect, it } from 'vitest'
import { wikitextParser } from '../../../../../src/renderer/features/wikitext/wikitextLanguage'

/** The page's lines as [text, token] pieces, run through the parser as CodeMirror does. */
function tokens(page: string): [string, string | null][][] {
  const state = wikitextParser.startState!(2)
  return page.split('\n').map((line) => {
    if (line === '') {
      wikitextParser.blankLine?.(state, 2)
      return []
    }
    const stream = new StringStream(line, 4, 2)
    const pieces: [string, string | null][] = []
    while (!stream.eol()) {
      stream.start = stream.pos
      const token = wikitextParser.token(stream, state)
      expect(stream.pos, `no progress at ${stream.pos} of ${line}`).toBeGreaterThan(stream.start)
      pieces.push([stream.current(), token])
    }
    return pieces
  })
}

describe('the wikitext highlighter', () => {
  it('marks a heading line as a heading', () => {
    expect(tokens('== Analytics ==')).toEqual([[['== Analytics ==', 'heading']]])
  })

  it('marks templates, their names and arguments', () => {
    expect(tokens('Done {{Phabricator|T1001}}')).toEqual([
      [
        ['Done ', null],
        ['{{Phabricator', 'meta'],
        ['|', 'meta'],
        ['T1001', 'string'],
        ['}}', 'meta'],
      ],
    ])
  })

  it('marks links, and ends them at their closing brackets', () => {
    const [line] = tokens('see [[phab:T1|T1]] now')
    expect(
      line!
        .filter(([, t]) => t === 'link')
        .map(([s]) => s)
        .join(''),
    ).toBe('[[phab:T1|T1]]')
    expect(line!.at(-1)).toEqual([' now', null])
  })

  it('marks bold and italic runs, and ends them at the end of the line', () => {
    const [bold, after] = tokens("'''Goals''' text ''more\nplain")
    expect(bold).toEqual([
      ["'''", 'strong'],
      ['Goals', 'strong'],
      ["'''", 'strong'],
      [' text ', null],
      ["''", 'emphasis'],
      ['more', 'emphasis'],
    ])
    expect(after).toEqual([['plain', null]])
  })

  it('marks table markup and cell separators, and list bullets', () => {
    const lines = tokens('{| class="wikitable"\n|-\n| a || b\n|}\n** item')
    expect(lines[0]![0]).toEqual(['{|', 'operator'])
    expect(lines[1]).toEqual([['|-', 'operator']])
    expect(lines[2]).toEqual([
      ['|', 'operator'],
      [' a ', null],
      ['||', 'operator'],
      [' b', null],
    ])
    expect(lines[3]).toEqual([['|}', 'operator']])
    expect(lines[4]![0]).toEqual(['**', 'list'])
  })

  it('keeps a comment open across lines until it closes', () => {
    const lines = tokens('a <!-- note\nstill == not a heading ==\nend --> b')
    expect(lines[0]!.at(-1)).toEqual([' note', 'comment'])
    expect(lines[1]).toEqual([['still == not a heading ==', 'comment']])
    expect(lines[2]).toEqual([
      ['end -->', 'comment'],
      [' b', null],
    ])
  })
})
