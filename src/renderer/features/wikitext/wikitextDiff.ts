/**
 * The Publish diff in a wikitext view: an extension for WikitextEditor that
 * tints and marks each line of a PageDiff (shared/wikiSync/pageDiff.ts) and
 * numbers the lines as the new page numbers them. The view's document is the
 * diff's lines; signs and "N unchanged lines" are widgets, not text, so what
 * is copied or searched is the pages' own text.
 */
import {
  Facet,
  RangeSetBuilder,
  StateField,
  type EditorState,
  type Extension,
} from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'
import type { DiffLine } from '../../../shared/wikiSync/pageDiff'

/** The text of line `n`'s number in the gutter; plain numbers unless a diff says otherwise. */
export const lineNumberText = Facet.define<(line: number) => string, (line: number) => string>({
  combine: (values) => values[0] ?? String,
})

/** The document the diff view shows: one line per diff line (folded runs as an empty line). */
export function diffDocument(lines: readonly DiffLine[]): string {
  return lines.map((line) => (line.kind === 'folded' ? '' : line.text)).join('\n')
}

const SIGN = { added: '+', removed: '−', same: ' ' } as const
const SAY = { added: 'Added: ', removed: 'Removed: ', same: '' } as const

/**
 * The sign before a line: seen as "+" or "−", heard as "Added:" or "Removed:"
 * (the visible sign is hidden from screen readers, the words from the eye).
 */
class SignWidget extends WidgetType {
  constructor(readonly kind: 'added' | 'removed' | 'same') {
    super()
  }
  override eq(other: SignWidget): boolean {
    return other.kind === this.kind
  }
  toDOM(): HTMLElement {
    const sign = document.createElement('span')
    sign.className = 'cm-diff-sign'
    const seen = sign.appendChild(document.createElement('span'))
    seen.setAttribute('aria-hidden', 'true')
    seen.textContent = SIGN[this.kind]
    if (SAY[this.kind]) {
      const heard = sign.appendChild(document.createElement('span'))
      heard.className = 'cm-diff-sr'
      heard.textContent = SAY[this.kind]
    }
    return sign
  }
}

/** "⋯ 12 unchanged lines" where a run of unchanged lines is left out. */
class FoldedWidget extends WidgetType {
  constructor(readonly text: string) {
    super()
  }
  override eq(other: FoldedWidget): boolean {
    return other.text === this.text
  }
  toDOM(): HTMLElement {
    const note = document.createElement('span')
    note.className = 'cm-diff-folded-note'
    note.textContent = `⋯ ${this.text}`
    return note
  }
}

function decorate(state: EditorState, lines: readonly DiffLine[]): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>()
  // The document and the diff are made together; a document that does not match gets none.
  if (state.doc.lines !== Math.max(1, lines.length)) return builder.finish()
  lines.forEach((line, index) => {
    const from = state.doc.line(index + 1).from
    builder.add(from, from, Decoration.line({ class: `cm-diff-${line.kind}` }))
    const widget = line.kind === 'folded' ? new FoldedWidget(line.text) : new SignWidget(line.kind)
    builder.add(from, from, Decoration.widget({ widget, side: -1 }))
  })
  return builder.finish()
}

/** Shows `lines` (whose text is the view's document, diffDocument) as a diff. */
export function wikitextDiff(lines: readonly DiffLine[]): Extension {
  const decorations = StateField.define<DecorationSet>({
    create: (state) => decorate(state, lines),
    update: (value, tr) => (tr.docChanged ? decorate(tr.state, lines) : value),
    provide: (field) => EditorView.decorations.from(field),
  })
  return [
    decorations,
    lineNumberText.of((n) => {
      const line = lines[n - 1]
      return line && 'newLine' in line ? String(line.newLine) : ''
    }),
    diffTheme,
  ]
}

// Line tints outrank the active line's background: the change is what matters here.
const diffTheme = EditorView.theme({
  '&.cm-editor .cm-line.cm-diff-added': { backgroundColor: 'var(--diff-added-bg)' },
  '&.cm-editor .cm-line.cm-diff-removed': { backgroundColor: 'var(--diff-removed-bg)' },
  '.cm-diff-sign': {
    display: 'inline-block',
    width: '1.5ch',
    fontWeight: '700',
  },
  '.cm-diff-added .cm-diff-sign': { color: 'var(--diff-added-sign)' },
  '.cm-diff-removed .cm-diff-sign': { color: 'var(--diff-removed-sign)' },
  '.cm-diff-folded-note': {
    color: 'var(--color-text-muted)',
    fontFamily: 'var(--font-sans)',
    fontStyle: 'italic',
  },
  // Read by screen readers, not drawn (the app's .visually-hidden does not reach the shadow root).
  '.cm-diff-sr': {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
})
