import { describe, expect, it } from 'vitest'
import { decodeEntities } from '../../../../src/shared/wiki'

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references as MediaWiki does', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#124; &#x7C; &ndash; &nbsp;')).toBe(
      'a & b <c> | | \u2013 \u00a0',
    )
  })

  it('leaves what is not a reference as typed', () => {
    expect(decodeEntities('AT&T &unknown; &#0; &#xD800; & alone')).toBe(
      'AT&T &unknown; &#0; &#xD800; & alone',
    )
    expect(decodeEntities('&amp;lt;')).toBe('&lt;')
  })
})
