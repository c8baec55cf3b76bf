import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText, encodeText, type TextContext } from '../../../../src/shared/wiki/syntax/escape'

const CONTEXTS: TextContext[] = ['cell', 'header', 'item', 'line', 'heading', 'inline']

describe('encodeText', () => {
  it('leaves plain text and inline wikitext as written', () => {
    for (const context of CONTEXTS) {
      expect(encodeText('Migrate eventlogging to python3', context)).toBe(
        'Migrate eventlogging to python3',
      )
    }
    const inline =
      "See [[Analytics/Kerberos|Kerberos]], '''bold''' and {{Done}} & R&D <small>x</small>"
    expect(encodeText(inline, 'cell')).toBe(inline)
    expect(encodeText('Upgrade the Elastic/Logstash version to >= 7.2', 'item')).toBe(
      'Upgrade the Elastic/Logstash version to >= 7.2',
    )
  })

  it('escapes a bare pipe in table cells with a character reference, not {{!}}', () => {
    // {{!}} expands to a real pipe before tables are parsed, so it would still split the cell.
    expect(encodeText('a | b || c', 'cell')).toBe('a &#124; b &#124;&#124; c')
    expect(encodeText('[[Page|label]] and {{phab|T1}}', 'cell')).toBe(
      '[[Page|label]] and {{phab|T1}}',
    )
    expect(encodeText('a | b', 'item')).toBe('a | b')
  })

  it('keeps !! from splitting a header cell', () => {
    expect(encodeText('Wow!! Really!!!', 'header')).toBe('Wow!&#33; Really!&#33;!')
    expect(encodeText('Wow!!', 'cell')).toBe('Wow!!')
  })

  it('turns line breaks into <br /> and neutralises line starts', () => {
    expect(encodeText('one\n* two\n== three ==', 'item')).toBe('one<br />* two<br />== three ==')
    expect(encodeText('* starts a list', 'item')).toBe('<nowiki/>* starts a list')
    expect(encodeText('= heading =', 'line')).toBe('<nowiki/>= heading =')
    expect(encodeText('{| table', 'line')).toBe('<nowiki/>{| table')
    expect(encodeText('---- rule', 'line')).toBe('<nowiki/>---- rule')
    expect(encodeText(' leading and trailing ', 'cell')).toBe('&#32;leading and trailing&#32;')
  })

  it('stops signatures and escaping tags from taking effect', () => {
    expect(encodeText('sign ~~~~ here', 'cell')).toBe('sign ~~<nowiki/>~~ here')
    expect(encodeText('~~~', 'cell')).toBe('~~<nowiki/>~')
    expect(encodeText('<nowiki>x</nowiki>', 'cell')).toBe('&lt;nowiki>x&lt;/nowiki>')
    expect(encodeText('a <!-- b', 'cell')).toBe('a &lt;!-- b')
    expect(encodeText('</td></tr></table>', 'cell')).toBe('&lt;/td>&lt;/tr>&lt;/table>')
    expect(encodeText('&lt; is not <', 'cell')).toBe('&amp;lt; is not <')
  })

  it('neutralises unbalanced brackets but keeps balanced ones', () => {
    expect(encodeText('{{Done', 'cell')).toBe('&#123;&#123;Done')
    expect(encodeText('oops]] and [[ok]]', 'cell')).toBe('oops&#93;&#93; and [[ok]]')
    expect(encodeText('{{{param}}}', 'cell')).toBe('&#123;&#123;&#123;param&#125;&#125;&#125;')
    expect(encodeText('{{a|{{b}}}}', 'cell')).toBe('{{a|{{b}}}}')
    expect(encodeText('x {{!}} y', 'cell')).toBe('x &#123;&#123;!&#125;&#125; y')
  })

  it('breaks patterns a reader would take as markup', () => {
    expect(
      encodeText('Fix T123 (stretch)', 'cell', { breakPatterns: [/\bT\d+\b/, /\(stretch\)/i] }),
    ).toBe('Fix T<nowiki/>123 (<nowiki/>stretch)')
  })
})

describe('decodeText', () => {
  it('reads hand-written escapes', () => {
    expect(decodeText('a {{!}} b')).toBe('a | b')
    expect(decodeText('{{foo|a{{!}}b}}')).toBe('{{foo|a{{!}}b}}')
    expect(decodeText('<nowiki>[[not a link]] &amp;</nowiki> x')).toBe('[[not a link]] & x')
    expect(decodeText('R&amp;D&nbsp;team &#124; one<br />two')).toBe('R&D\u00a0team | one\ntwo')
  })
})

const TOKENS = [
  '|',
  '||',
  '!',
  '!!',
  '{{',
  '}}',
  '[[',
  ']]',
  '{|',
  '|}',
  '==',
  '=',
  '*',
  '#',
  ':',
  ';',
  '<nowiki>',
  '</nowiki>',
  '<nowiki/>',
  '~~~~',
  '~',
  '&',
  '&amp;',
  '&#124;',
  '<',
  '>',
  '<br />',
  ' ',
  '  ',
  '\n',
  '\t',
  '-',
  '----',
  'a',
  'goal',
  'T12',
  '{{!}}',
  '[[x|y]]',
  '{{Done}}',
  "'''",
  '<!--',
  '-->',
  '\u00a0',
]
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((parts) => parts.join(''))

describe('escaping properties', () => {
  it('decodes every encoded text back to itself, in every context', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...CONTEXTS), (value, context) => {
        expect(decodeText(encodeText(value, context))).toBe(value)
      }),
      { numRuns: 3000 },
    )
  })

  it('never writes a line break, a bare cell separator, a comment or an unbalanced bracket', () => {
    fc.assert(
      fc.property(text, (value) => {
        const cell = encodeText(value, 'cell')
        expect(cell).not.toMatch(/\n|<!--|~~~|<nowiki>|<\/nowiki>/)
        const unbracketed = cell.replace(/\[\[[^[\]{}]*\]\]|\{\{[^[\]{}]*\}\}/g, '')
        // What is left outside simple balanced pairs holds no pipe and no double bracket.
        if (!/\{\{|\[\[/.test(unbracketed)) expect(unbracketed).not.toMatch(/\||\}\}|\]\]/)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('encodeText escapeChars', () => {
  it('escapes the requested characters at the top level only', () => {
    expect(encodeText('a, b: [[x:y]]', 'inline', { escapeChars: ',:' })).toBe(
      'a&#44; b&#58; [[x:y]]',
    )
  })
})
