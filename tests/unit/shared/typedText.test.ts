/**
 * The rule for control characters a person types or pastes: which are left
 * out before a text is stored, how they are counted, what stays, and the one
 * sentence that tells the person.
 */
import { describe, expect, it } from 'vitest'
import { typedTexts } from '../../../src/shared/typedText'
import { withoutControls } from '../../../src/shared/controlCharacters'
import { cleanText } from '../../../src/shared/wiki/syntax/escape'

describe('withoutControls', () => {
  it('leaves out NUL, the other C0 controls, DEL, the C1 controls and U+FFFE/U+FFFF, counting each', () => {
    expect(withoutControls('Ship\0 it', 'several')).toEqual({ text: 'Ship it', removed: 1 })
    expect(withoutControls('\x1b[31mred\x1b[0m', 'one')).toEqual({ text: '[31mred[0m', removed: 2 })
    expect(withoutControls('a\x01\x08\x0e\x1f\x7f\x80\x9f\ufffe\uffffb', 'several')).toEqual({
      text: 'ab',
      removed: 9,
    })
  })

  it('keeps what the page shows: tabs, emoji and joiners, direction marks, soft hyphens', () => {
    const kept = 'a\tb 👩‍💻 \u200fשלום\u200e \u202bx\u202c \u2067y\u2069 co\u00adop \u200b'
    expect(withoutControls(kept, 'one')).toEqual({ text: kept, removed: 0 })
    expect(withoutControls(kept, 'several')).toEqual({ text: kept, removed: 0 })
  })

  it('keeps line breaks of every kind in a field of several lines', () => {
    const lines = 'one\ntwo\r\nthree\x0bfour\x0cfive\x85six\u2028seven\u2029eight'
    expect(withoutControls(lines, 'several')).toEqual({ text: lines, removed: 0 })
  })

  it('leaves out line breaks of every kind in a field of one line, counting each character', () => {
    expect(withoutControls('a\nb\r\nc\x0bd\x0ce\x85f\u2028g\u2029h', 'one')).toEqual({
      text: 'abcdefgh',
      removed: 8,
    })
  })

  it('leaves a lone surrogate to the exporter (it shows U+FFFD there)', () => {
    expect(withoutControls('a\ud800b', 'one')).toEqual({ text: 'a\ud800b', removed: 0 })
  })

  it('stores what the exporter would show: cleanText has nothing more to drop', () => {
    const typed = 'x\0y\x1bz\x7f\tw\nv\u0085u'
    const stored = withoutControls(typed, 'several').text
    expect(cleanText(stored)).toBe(cleanText(typed))
    expect(stored).toBe('xyz\tw\nv\u0085u')
  })
})

describe('typedTexts', () => {
  it('says nothing when nothing was left out', () => {
    const texts = typedTexts()
    expect(texts.take('the goal text', 'Ship it', 'several')).toBe('Ship it')
    expect(texts.notice()).toBeUndefined()
  })

  it('names the field and counts the characters in one sentence', () => {
    const texts = typedTexts()
    expect(texts.take('the goal text', 'Ship\0 it\x1b', 'several')).toBe('Ship it')
    expect(texts.notice()).toBe(
      'Left out 2 invisible control characters from the goal text (the wiki cannot show them).',
    )
  })

  it('says "character" for one', () => {
    const texts = typedTexts()
    texts.take('the team name', 'Se\x07arch', 'one')
    expect(texts.notice()).toBe(
      'Left out 1 invisible control character from the team name (the wiki cannot show them).',
    )
  })

  it('adds up the fields of one change, naming each once, in the order given', () => {
    const texts = typedTexts()
    texts.take('the team name', 'A\0', 'one')
    texts.take('the managers', 'B\0', 'one')
    texts.take('the managers', 'C\0', 'one')
    texts.take('the dependencies', 'none', 'several')
    texts.take('the intro', 'D\0', 'several')
    expect(texts.notice()).toBe(
      'Left out 4 invisible control characters from the team name, the managers and the intro (the wiki cannot show them).',
    )
  })
})
