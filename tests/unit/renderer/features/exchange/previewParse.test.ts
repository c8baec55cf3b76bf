import { describe, expect, it } from 'vitest'
import {
  parseBlocks,
  parseInline,
} from '../../../../../src/renderer/features/exchange/previewParse'

describe('preview of exported wikitext', () => {
  it('reads headings, list items by depth and paragraphs', () => {
    const blocks = parseBlocks(
      '== Analytics ==\nTeam Manager: Nuria Ruiz\n* a\n** b\n\n=== Traffic ===',
    )
    expect(
      blocks.map((b) => [b.kind, 'level' in b ? b.level : 'depth' in b ? b.depth : 0]),
    ).toEqual([
      ['heading', 2],
      ['paragraph', 0],
      ['item', 1],
      ['item', 2],
      ['heading', 3],
    ])
  })

  it('shows other templates by their last argument and links by their label', () => {
    expect(
      parseInline('Ship it {{Yes|Finished}} [[Wikimedia/Goals|the goals]] {{tracked}}'),
    ).toEqual([
      { kind: 'text', text: 'Ship it ' },
      { kind: 'template', text: 'Finished' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'the goals' },
      { kind: 'text', text: ' ' },
      { kind: 'template', text: 'tracked' },
    ])
  })

  it('reads task templates and phab: links as tasks', () => {
    expect(parseInline('{{Phabricator|T1}} [[phab:T2|T2]] {{task|T3}} [[phab:T4|see]]')).toEqual([
      { kind: 'task', task: 'T1' },
      { kind: 'text', text: ' ' },
      { kind: 'task', task: 'T2' },
      { kind: 'text', text: ' ' },
      { kind: 'task', task: 'T3' },
      { kind: 'text', text: ' ' },
      // A phab: link with other words keeps them: it is a link, not a task id.
      { kind: 'link', text: 'see' },
    ])
  })

  it('reads status templates as statuses, with the label the wiki shows', () => {
    expect(
      parseInline(
        '{{Done}} {{Not done|Blocked}} {{in progress}} {{Incomplete|Partially done}} {{To do}} {{Postponed}}',
      ),
    ).toEqual([
      { kind: 'status', status: 'done', label: 'Done' },
      { kind: 'text', text: ' ' },
      { kind: 'status', status: 'blocked', label: 'Blocked' },
      { kind: 'text', text: ' ' },
      { kind: 'status', status: 'in-progress', label: 'In progress' },
      { kind: 'text', text: ' ' },
      { kind: 'status', status: 'partially-done', label: 'Partially done' },
      { kind: 'text', text: ' ' },
      { kind: 'status', status: 'todo', label: 'To do' },
      { kind: 'text', text: ' ' },
      { kind: 'status', status: 'postponed', label: 'Postponed' },
    ])
  })

  it('splits table rows into cells, keeping {{!}} and template pipes inside a cell', () => {
    const [table] = parseBlocks(
      '{| class="wikitable"\n! Goal !! Status\n|-\n| a {{!}} b {{Phabricator|T1}} || {{Done}}\n|}',
    )
    expect(table?.kind).toBe('table')
    if (table?.kind !== 'table') return
    expect(table.rows.map((row) => [row.header, row.cells.length])).toEqual([
      [true, 2],
      [false, 2],
    ])
    expect(table.rows[1]?.cells[0]).toEqual({
      span: 1,
      content: [
        { kind: 'text', text: 'a ' },
        { kind: 'text', text: '|' },
        { kind: 'text', text: ' b ' },
        { kind: 'task', task: 'T1' },
      ],
    })
  })

  it('spans priority headings across the columns, as colspan asks', () => {
    const [table] = parseBlocks(
      '{| class="wikitable"\n|-\n! colspan="3" style="text-align:left" | Core Work\n|-\n| a\n| {{Done}}\n|\n|}',
    )
    if (table?.kind !== 'table') throw new Error('expected a table')
    expect(table.rows[0]?.cells).toEqual([
      { span: 3, content: [{ kind: 'text', text: 'Core Work' }] },
    ])
    expect(table.rows[1]?.cells.map((cell) => cell.span)).toEqual([1, 1, 1])
  })

  it('shows the navigation line as its links and title, without images or div markup', () => {
    const [line] = parseBlocks(
      "<div style=\"text-align:center\">[[File:TriangleArrow-Left.svg|20px|link=G/Q1]] [[G/Q1|Q1]] '''Goals''' [[G/Q3|Q3]]</div>",
    )
    expect(line).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: ' ' },
        { kind: 'link', text: 'Q1' },
        { kind: 'text', text: ' ' },
        { kind: 'bold', children: [{ kind: 'text', text: 'Goals' }] },
        { kind: 'text', text: ' ' },
        { kind: 'link', text: 'Q3' },
      ],
    })
  })

  it('keeps markup-looking text as text: nowiki, entities and HTML stay data', () => {
    expect(parseInline('<nowiki>[[x]]</nowiki> &lt;script&gt; <b onclick="x">')).toEqual([
      { kind: 'text', text: '[[x]]' },
      { kind: 'text', text: ' <script> <b onclick="x">' },
    ])
  })

  it('splits cells where the importer does: a pipe in nowiki stays in its cell', () => {
    const page = '{| class="wikitable"\n|-\n| <nowiki>a || b</nowiki> || {{Done}}\n|}'
    const [table] = parseBlocks(page)
    if (table?.kind !== 'table') throw new Error('expected a table')
    expect(table.rows[0]?.cells.map((cell) => cell.content)).toEqual([
      [{ kind: 'text', text: 'a || b' }],
      [{ kind: 'status', status: 'done', label: 'Done' }],
    ])
  })

  it('shows a cell continued on the next lines with a break before each', () => {
    const [table] = parseBlocks('{|\n|-\n| Goal\n* first\n|}')
    if (table?.kind !== 'table') throw new Error('expected a table')
    expect(table.rows[0]?.cells[0]?.content).toEqual([
      { kind: 'text', text: 'Goal' },
      { kind: 'break' },
      { kind: 'text', text: '* first' },
    ])
  })

  it('pairs nested templates as one, shown by their last argument', () => {
    expect(parseInline("a {{Note|{{Done}}}} '''b''' ''c''")).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'template', text: 'Done' },
      { kind: 'text', text: ' ' },
      { kind: 'bold', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'italic', children: [{ kind: 'text', text: 'c' }] },
    ])
  })
})
