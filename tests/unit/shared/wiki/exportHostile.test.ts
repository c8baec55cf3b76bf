/**
 * Export fixes found by rendering hostile texts with MediaWiki's own parser
 * (mediawikiRender.test.ts): each field is escaped so that nothing typed can
 * restyle or break the page outside its own cell or item.
 */
import { describe, expect, it } from 'vitest'
import type { Goal, PlanDocument } from '../../../../src/shared/model'
import { cleanText, decodeText, encodeText } from '../../../../src/shared/wiki/syntax/escape'
import { exportWikitext, importWikitext, PLAIN_PROFILE } from '../../../../src/shared/wiki'
import { goalTextMarkup, statusItemLines } from '../../../../src/shared/wiki/export/format'
import { MEDIAWIKI_PROFILE } from '../../../../src/shared/wiki/syntax/profiles'
import { StatusReader, TaskReader } from '../../../../src/shared/wiki/syntax/markup'
import { sequentialIds, smallDoc } from './helpers'

const readers = {
  statuses: new StatusReader(MEDIAWIKI_PROFILE),
  tasks: new TaskReader(MEDIAWIKI_PROFILE),
}

/** Encodes, and checks that the text reads back as the page shows it. */
function encoded(text: string, context: Parameters<typeof encodeText>[1] = 'inline'): string {
  const out = encodeText(text, context)
  expect(decodeText(out)).toBe(cleanText(text))
  return out
}

describe('line breaks and control characters', () => {
  it('makes every kind of line break a <br />, never a literal &#13;', () => {
    for (const br of ['\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f'])
      expect(encoded(`a${br}b`)).toBe('a<br />b')
    expect(encoded('a\r', 'cell')).toBe('a<br />')
    expect(encodeText('x\ry', 'heading')).not.toContain('&#13;')
  })

  it('drops NUL and other control characters, keeps tabs, replaces lone surrogates', () => {
    expect(cleanText('a\0b\u0001c\u001bd\u007fe\u009bf')).toBe('abcdef')
    expect(cleanText('a\tb')).toBe('a\tb')
    expect(cleanText('a\ud800b')).toBe('a\ufffdb')
    expect(cleanText('😀')).toBe('😀')
    expect(encoded('\0x\u0007')).toBe('x')
    // A field with nothing left to show is empty.
    expect(encodeText('\0', 'inline')).toBe('')
  })
})

describe('magic words', () => {
  it('shows __NOTOC__, __TOC__ and the like as text', () => {
    for (const word of ['__NOTOC__', '__TOC__', '__NOEDITSECTION__', '__FORCETOC__'])
      for (const context of ['cell', 'item', 'heading', 'line'] as const)
        expect(encoded(`x ${word} y`, context)).not.toMatch(/__/)
    expect(encoded('a___b')).toBe('a_&#95;_b')
    expect(encoded('snake_case')).toBe('snake_case')
  })
})

describe('inline tags', () => {
  it('keeps paired inline tags and escapes unclosed or stray ones', () => {
    expect(encoded('<big>x</big> and <b>y</b>', 'item')).toBe('<big>x</big> and <b>y</b>')
    expect(encoded('<big>x', 'item')).toBe('&lt;big>x')
    expect(encoded('x</small> y', 'item')).toBe('x&lt;/small> y')
    expect(encoded('<span style="color:red">a', 'cell')).toBe('&lt;span style="color:red">a')
    // Misnested pairs close within the field.
    expect(encoded('<b><i>x</b></i>')).toBe('<b><i>x</b></i>')
    // One stray closer among pairs.
    expect(encoded('<s>a</s></s>')).toBe('<s>a</s>&lt;/s>')
    // Pairs across the lines of one field stay (the lines share one wikitext line).
    expect(encoded('<big>a\nb</big>')).toBe('<big>a<br />b</big>')
  })

  it('escapes a tag without its closing bracket, which would reach the next > on the page', () => {
    expect(encoded('a <br b')).toBe('a &lt;br b')
    expect(encoded('<big x', 'cell')).toBe('&lt;big x')
  })
})

describe("apostrophes ('' and ''')", () => {
  it('keeps balanced bold and italics, shows unbalanced runs as typed', () => {
    expect(encoded("'''bold''' and ''it''")).toBe("'''bold''' and ''it''")
    expect(encoded("'''a")).toBe('&#39;&#39;&#39;a')
    expect(encoded("''a'''b")).toBe('&#39;&#39;a&#39;&#39;&#39;b')
    expect(encoded("it's Bob's")).toBe("it's Bob's")
  })

  it('keeps a plain-profile status bold next to unbalanced apostrophes', () => {
    const lines = statusItemLines(
      '*',
      encodeText("Ship v2'''", 'item'),
      'done',
      '',
      PLAIN_PROFILE,
      { statuses: new StatusReader(PLAIN_PROFILE), tasks: new TaskReader(PLAIN_PROFILE) },
    )
    expect(lines).toEqual(["* Ship v2&#39;&#39;&#39; '''Done'''"])
  })
})

describe('character references', () => {
  it('shows every typed reference as typed, known to the decoder or not', () => {
    expect(encoded('&hearts; &#x41; &#65; &bogus; &amp;')).toBe(
      '&amp;hearts; &amp;#x41; &amp;#65; &amp;bogus; &amp;amp;',
    )
    expect(encoded('R&D & co')).toBe('R&D & co')
  })
})

describe('external links', () => {
  it('escapes an external link left open, which would swallow the task links after it', () => {
    expect(encoded('see [https://example.org/a here', 'cell')).toBe(
      'see &#91;https://example.org/a here',
    )
    expect(encoded('[https://example.org/a example]]', 'cell')).toBe(
      '&#91;https://example.org/a example&#93;&#93;',
    )
    expect(encoded('[https://example.org/a example] ok')).toBe('[https://example.org/a example] ok')
    expect(encoded('[[a:b]] [mailto:x')).toBe('[[a:b]] &#91;mailto:x')
    expect(encoded('[[a:b]] [x')).toBe('[[a:b]] [x')
  })

  it('ends a URL before a trailing space written as a reference', () => {
    expect(encoded('https://example.org/b ')).toBe('https://example.org/b<nowiki/>&#32;')
    expect(encoded('x ')).toBe('x&#32;')
  })
})

describe('pipe tricks', () => {
  it('writes [[a|]] and [[|a]] as text, which saving the page would turn into links', () => {
    // A preview shows them as typed, but a save rewrites [[a|]] to [[a|a]] and [[|a]] to [[a]].
    expect(encoded('[[a|]]')).toBe('&#91;&#91;a|&#93;&#93;')
    expect(encoded('x [[|a]]', 'cell')).toBe('x &#91;&#91;&#124;a&#93;&#93;')
    expect(encoded('||[[*|]];', 'cell')).toBe('&#124;&#124;&#91;&#91;*&#124;&#93;&#93;;')
    // ... inside a template or a link too; the brackets around them still pair.
    expect(encoded('{{x|[[a (b)|]]}}')).toBe('{{x|&#91;&#91;a (b)|&#93;&#93;}}')
    expect(encoded('[[x|[[a|]]]]')).toBe('[[x|&#91;&#91;a|&#93;&#93;]]')
    // A link with a label is left as typed.
    expect(encoded('[[a|b]] [[a| ]]', 'cell')).toBe('[[a|b]] [[a| ]]')
  })
})

describe('subst:', () => {
  it('keeps saving the page from substituting a typed subst: call', () => {
    // A preview shows {{subst:Done}} as typed; a save would write the template's source instead.
    expect(encoded('x {{subst:Done}}')).toBe('x {{subst<nowiki/>:Done}}')
    expect(encoded('{{ SafeSubst:Done|a}}', 'cell')).toBe('{{ SafeSubst<nowiki/>:Done|a}}')
    expect(encoded('{{x|{{subst:y}}}}')).toBe('{{x|{{subst<nowiki/>:y}}}}')
    // Braces that are no call are written as references already; other calls are left alone.
    expect(encoded('{{subst:y')).toBe('&#123;&#123;subst:y')
    expect(encoded('{{Done}} subst: {{substitute}}')).toBe('{{Done}} subst: {{substitute}}')
  })
})

describe('field contexts', () => {
  it('keeps !! in a template name from splitting a group title header cell', () => {
    // MediaWiki reads a template's name with its character references decoded, before the table:
    // `{{a!&#33;}}` names a missing Template:A!!, whose red link [[:Template:A!!]] would split the
    // header cell in two. A <nowiki/> makes the name no title, so the call shows as typed.
    expect(encoded('{{a!!}}', 'header')).toBe('{{a!<nowiki/>!}}')
    expect(encoded('x!! {{a|b!!!}} [[c!!]]', 'header')).toBe(
      'x!&#33; {{a|b!<nowiki/>!<nowiki/>!}} [[c!&#33;]]',
    )
    expect(encoded('[[c|{{a!!}}]]', 'header')).toBe('[[c|{{a!<nowiki/>!}}]]')
    const doc = smallDoc()
    const group = doc.groups[0]
    if (!group) throw new Error('smallDoc has groups')
    group.title = 'T1 {{a!!}}'
    const page = exportWikitext(doc, { layout: 'table' })
    const header = page.split('\n').find((line) => line.startsWith('! colspan'))
    expect(header).toBe('! colspan="3" style="text-align:left" | T1 {{a!<nowiki/>!}}')
    // The page reads back with the title as typed.
    const back = importWikitext(page, { newId: sequentialIds(), now: 0 })
    expect(back.ok && back.doc.groups.map((g) => g.title)).toContain('T1 {{a!!}}')
  })

  it('guards {| at the start of a list item (": {|" starts an indented table)', () => {
    expect(encoded('{| class="x"', 'item')).toBe('<nowiki/>{| class="x"')
  })

  it('escapes | in the carried-over marker inside a table cell', () => {
    const goal: Goal = {
      id: 'g',
      planId: 'p',
      teamId: 't',
      groupId: null,
      text: 'Goal',
      status: 'done',
      tasks: [],
      note: '',
      stretch: false,
      carriedOverFrom: 'Q1 (a|b) || c',
      rank: 'a',
      createdAt: 0,
      updatedAt: 0,
    }
    expect(goalTextMarkup(goal, MEDIAWIKI_PROFILE, 'cell', readers)).toBe(
      'Goal (continued from Q1 &#40;a&#124;b&#41; &#124;&#124; c)',
    )
    expect(goalTextMarkup(goal, MEDIAWIKI_PROFILE, 'item', readers)).toBe(
      'Goal (continued from Q1 &#40;a|b&#41; || c)',
    )
  })

  it('writes no trailing space for a note with nothing to show', () => {
    expect(statusItemLines('*', 'Goal', 'done', '\0', MEDIAWIKI_PROFILE, readers)).toEqual([
      '* Goal {{Done}}',
    ])
    expect(
      statusItemLines('*', '{{Done}} x', 'done', '\u0001', MEDIAWIKI_PROFILE, readers),
    ).toEqual(['* {{Done}} - {{Done}} x'])
  })

  it('keeps a list-layout group title with apostrophes at its ends apart from its bold markup', () => {
    const doc = smallDoc()
    const group = doc.groups[0]
    if (!group) throw new Error('smallDoc has groups')
    group.title = "'quoted'"
    const page = exportWikitext(doc, { layout: 'list' })
    expect(page).toContain("'''<nowiki/>'quoted'<nowiki/>'''")
  })

  it('keeps a template call the wiki leaves as typed from turning a cell into attributes', () => {
    // MediaWiki takes a data cell's text before its first | for attributes unless it holds [[.
    // A call whose name is no title ({{a<b|c}}) stays as typed, pipe and all: without an empty
    // attribute part first the cell showed only "c}}".
    const doc = smallDoc()
    const [goal, other] = doc.goals
    if (!goal || !other) throw new Error('smallDoc has goals')
    goal.text = '{{a<b|c}}'
    goal.note = 'x {{a>b|c}}'
    other.text = '[[a|b]] {{x|y}}'
    other.note = '{{Done}} and [[a|b]]'
    const lines = exportWikitext(doc, { layout: 'table' }).split('\n')
    const cellOf = (text: string): string | undefined =>
      lines.find((line) => line.replace(/^\| (?:\| )?/, '').startsWith(text))
    expect(cellOf('{{a&lt;b|c}}')).toMatch(/^\| \| /)
    expect(cellOf('x {{a>b|c}}')).toMatch(/^\| \| /)
    // A link before the first pipe already keeps it from being read as attributes.
    expect(cellOf('[[a|b]] {{x|y}}')).toMatch(/^\| \[/)
    expect(cellOf('{{Done}} and [[a|b]]')).toMatch(/^\| \{/)
    const back = importWikitext(lines.join('\n'), { newId: sequentialIds(), now: 0 })
    if (!back.ok) throw new Error(back.error)
    expect(back.doc.goals.map((g) => [g.text, g.note])).toEqual(
      expect.arrayContaining([
        ['{{a<b|c}}', 'x {{a>b|c}}'],
        ['[[a|b]] {{x|y}}', '{{Done}} and [[a|b]]'],
      ]),
    )
  })

  it("keeps such a call in a team's own column header from turning the header into attributes", () => {
    // A header cell splits the same way (`! a !! b`, each cell's text before its first | being
    // attributes). A column name from an imported page holding {{a<b|c}} lost "{{a&lt;b" to the
    // attributes and showed "c}}": such a header cell gets an empty attribute part too.
    const doc = smallDoc()
    const team = doc.teams[0]
    if (!team) throw new Error('smallDoc has teams')
    team.columns = ['Goal', 'x {{a<b|c}}', '{{#|z}}', 'ETA [[a|b]] {{a>b|c}}', 'Status']
    const page = exportWikitext(doc, { layout: 'table' })
    const header = page.split('\n').find((line) => line.startsWith('! Goal'))
    expect(header).toBe(
      '! Goal !! | x {{a&lt;b|c}} !! | {{#|z}} !! ETA [[a|b]] {{a>b|c}} !! Status',
    )
    const back = importWikitext(page, { newId: sequentialIds(), now: 0 })
    if (!back.ok) throw new Error(back.error)
    expect(back.doc.teams[0]?.columns).toEqual(team.columns)
    expect(exportWikitext(back.doc, { layout: 'table' })).toBe(page)
  })

  it('writes the same page again after an import, for texts found by the hostile round trip', () => {
    // Each of these made export → import → export differ (roundtripHostile.test.ts found them).
    const roundTrip = (doc: PlanDocument, layout: 'table' | 'list' = 'table'): string[] => {
      const page = exportWikitext(doc, { layout })
      const back = importWikitext(page, { newId: sequentialIds(), now: 0 })
      if (!back.ok) throw new Error(back.error)
      expect(exportWikitext(back.doc, { layout })).toBe(page)
      return page.split('\n')
    }
    const doc = smallDoc()
    const [team] = doc.teams
    const [group] = doc.groups
    const [goal] = doc.goals
    const [update] = doc.updates
    if (!team || !group || !goal || !update) throw new Error('smallDoc has all of these')
    // Texts of only control characters show nothing, so they are written as nothing: an intro, a
    // status update's summary, a group's description, a manager label without names.
    doc.plan.intro = '\u0001'
    update.summary = '\0'
    group.description = '\u001b'
    team.managerLabel = '\u007f'
    team.managers = []
    let lines = roundTrip(doc)
    expect(lines).not.toContain('<nowiki/>')
    expect(lines.some((line) => line.endsWith('status: '))).toBe(false)
    expect(lines).not.toContain('| colspan="3" | ')
    // `__T123` has no task id in it (the underscore joins the word); `_&#95;T123` read as one.
    goal.text = '__NOEDITSECTION__T123'
    goal.tasks = []
    lines = roundTrip(doc)
    expect(lines).toContain('| &#95;_NOEDITSECTION_<nowiki/>_T123')
    goal.text = 'T123__T456'
    expect(roundTrip(doc)).toContain('| T123_<nowiki/>_T456')
    // The same in another column of the team's own table, where bare ids are tasks.
    team.columns = ['Goal', 'ETA', 'Status']
    goal.text = 'Ship it'
    goal.columns = { ETA: '__NOTOC__T1234' }
    expect(roundTrip(doc)).toContain('| Ship it')
    // A header holding a control character the page drops is judged as written ("goal").
    team.columns = ['goal\u009b', 'Goal', 'ETA', 'Status']
    expect(roundTrip(doc)).not.toContain('! goal !! Goal !! ETA !! Status')
  })

  it('links the navigation line to a department whose name starts like a URL or a namespace', () => {
    // MediaWiki takes [[https://…|Q1]] and link=https://… for external links (the labels then show
    // "[Q1|Q1]" and apostrophes in them restyle the line), and [[Category:…|Q1]] files the page in
    // a category with no link shown. A leading colon makes each a link to the page of that title.
    const doc = smallDoc()
    doc.plan.department = "https://x'''"
    const navigation = exportWikitext(doc).split('\n')[0] ?? ''
    const previous = 'https://x&#39;&#39;&#39;/Goals/2019-20 Q1'
    expect(navigation).toContain(`link=:${previous}]]`)
    expect(navigation).toContain(`[[:${previous}|Q1]]`)
    doc.plan.department = 'Category:X'
    expect(exportWikitext(doc)).toContain('[[:Category:X/Goals/2019-20 Q3|Q3]]')
    doc.plan.department = '//x'
    expect(exportWikitext(doc)).toContain('[[://x/Goals/2019-20 Q3|Q3]]')
    // An ordinary department, or one with a colon of its own in front, is linked as it is.
    doc.plan.department = 'Ops'
    expect(exportWikitext(doc)).toContain('[[Ops/Goals/2019-20 Q3|Q3]]')
    doc.plan.department = ':Ops'
    expect(exportWikitext(doc)).toContain('[[:Ops/Goals/2019-20 Q3|Q3]]')
    // Underscores and spaces before a colon are trimmed first: that colon is the leading one.
    doc.plan.department = '__:'
    expect(exportWikitext(doc)).toContain('[[_&#95;:/Goals/2019-20 Q3|Q3]]')
  })

  it('reads the navigation links of such a department back as the page titles they link to', () => {
    const patterns = ['{department}/Goals/{fy} Q{quarter}', 'Goals/{fy} Q{quarter}/{department}']
    for (const titlePattern of patterns)
      for (const department of ["https://x'''", 'Category:X', '//x', ':Ops', 'a:b', '__:']) {
        const doc = smallDoc()
        doc.plan.department = department
        doc.plan.titlePattern = titlePattern
        const page = exportWikitext(doc)
        const back = importWikitext(page, { newId: sequentialIds(), now: 0 })
        if (!back.ok) throw new Error(back.error)
        expect(back.doc.plan.department).toBe(department)
        expect(back.doc.plan.titlePattern).toBe(titlePattern)
        expect(exportWikitext(back.doc)).toBe(page)
      }
  })

  it("keeps the department's apostrophes from toggling the bold quarter title in the navigation line", () => {
    const doc = smallDoc()
    doc.plan.department = "'''Ops''' ''team"
    const navigation = exportWikitext(doc).split('\n')[0] ?? ''
    const bold = navigation.slice(navigation.indexOf(" '''") + 4, navigation.lastIndexOf("''' "))
    expect(bold).toBe(
      '&#39;&#39;&#39;Ops&#39;&#39;&#39; &#39;&#39;team Goals, FY2019–20, Q2 (October - December 2019)',
    )
    doc.plan.department = "'Ops"
    expect(exportWikitext(doc)).toContain("'''<nowiki/>'Ops Goals")
  })
})
