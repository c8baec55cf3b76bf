import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstJsonError } from '../../../../src/shared/backup/jsonSyntax'
import { parseJsonText } from '../../../../src/shared/backup/jsonText'

describe('locating JSON syntax errors', () => {
  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(firstJsonError(JSON.stringify(value, null, 2))).toBeNull()
      }),
      { numRuns: 200 },
    )
    for (const bad of [
      '{"a":1,}',
      '[1 2]',
      '{a:1}',
      "'x'",
      '01',
      '"\t"',
      'tru',
      '{"a" 1}',
      '1 2',
    ]) {
      expect(() => JSON.parse(bad)).toThrow()
      expect(firstJsonError(bad)).not.toBeNull()
    }
  })

  it('points at the offending character', () => {
    expect(firstJsonError('{"a": 1,, "b": 2}')).toBe(8)
    expect(firstJsonError('[1, 2 3]')).toBe(6)
    expect(firstJsonError('{"a": tru }')).toBe(9)
    expect(firstJsonError('{"a": "x\\q"}')).toBe(9)
  })

  it('reports a text that stops early at its end', () => {
    expect(firstJsonError('{"plans": [{"id": "p')).toBe(20)
    expect(firstJsonError('[1, 2')).toBe(5)
  })
})

describe('messages for unreadable files', () => {
  it('gives line and column of a syntax error', () => {
    expect(parseJsonText('{\n  "format": "quarterdeck"\n  "version": 1\n}')).toEqual({
      ok: false,
      error: 'The file is not valid JSON: syntax error at line 3, column 3, near: "version": 1',
    })
  })

  it('says when a file is not JSON at all', () => {
    expect(parseJsonText('<div style="text-align:center">\n== Analytics ==')).toEqual({
      ok: false,
      error:
        'This is not a Quarterdeck backup file: it is not JSON (it starts with "<div style="text-align:center"…").',
    })
  })

  it('finds the error in deeply nested text without running out of stack', () => {
    const depth = 100_000
    expect(firstJsonError('['.repeat(depth))).toBe(depth)
    expect(firstJsonError('['.repeat(depth) + ']'.repeat(depth))).toBeNull()
    expect(firstJsonError('{"a":'.repeat(depth) + '1' + '}'.repeat(depth - 1) + ']')).toBe(
      5 * depth + 1 + depth - 1,
    )
    expect(parseJsonText('['.repeat(depth))).toMatchObject({ ok: false, error: /truncated/ })
  })
})
