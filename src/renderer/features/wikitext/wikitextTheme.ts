import { HighlightStyle } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import { tags } from '@lezer/highlight'

/**
 * The wikitext editor's look, from the design tokens (theme/tokens.css), so it
 * follows the light and dark themes without a second CodeMirror theme. The
 * --code-* colours are checked for contrast by tests/unit/renderer/theme/themeContrast.
 */
export const wikitextHighlight = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--code-heading)', fontWeight: '600' },
  { tag: [tags.meta, tags.string], color: 'var(--code-template)' },
  { tag: tags.link, color: 'var(--code-link)', textDecoration: 'underline' },
  { tag: [tags.operator, tags.list], color: 'var(--code-markup)', fontWeight: '600' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.comment, color: 'var(--code-comment)', fontStyle: 'italic' },
])

export function wikitextTheme(lines: number) {
  return EditorView.theme({
    '&': {
      height: `calc(${lines} * 1.45em + 0.5rem)`,
      fontSize: '0.85rem',
      color: 'var(--color-text)',
      backgroundColor: 'var(--color-surface)',
      border: '1px solid var(--color-line-strong)',
      borderRadius: 'var(--radius-md)',
    },
    '&.cm-focused': {
      outline: '2px solid var(--color-focus)',
      outlineOffset: '2px',
    },
    '.cm-scroller': {
      fontFamily: 'var(--font-mono)',
      lineHeight: '1.45',
      overflow: 'auto',
    },
    '.cm-content': { caretColor: 'var(--color-text)' },
    '.cm-cursor': { borderLeftColor: 'var(--color-text)' },
    '.cm-gutters': {
      backgroundColor: 'var(--color-surface-sunken)',
      color: 'var(--code-gutter)',
      borderRight: '1px solid var(--color-line)',
    },
    '.cm-activeLine': { backgroundColor: 'transparent' },
    '&.cm-focused .cm-activeLine': { backgroundColor: 'var(--color-surface-hover)' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
      { backgroundColor: 'var(--code-selection)' },
    '.cm-searchMatch': {
      backgroundColor: 'var(--code-match)',
      outline: '1px solid var(--code-markup)',
    },
    '.cm-searchMatch-selected': { backgroundColor: 'var(--code-selection)' },
    '.cm-selectionMatch': { backgroundColor: 'var(--code-match)' },
    // The search panel: the app's controls, not the browser's defaults.
    '.cm-panels': {
      backgroundColor: 'var(--color-surface-sunken)',
      color: 'var(--color-text)',
      borderColor: 'var(--color-line)',
    },
    '.cm-panel.cm-search input, .cm-panel.cm-search button, .cm-panel.cm-search label': {
      fontFamily: 'var(--font-sans)',
      fontSize: 'var(--text-sm)',
    },
    '.cm-textfield, .cm-button': {
      color: 'var(--color-text)',
      backgroundColor: 'var(--color-surface)',
      backgroundImage: 'none',
      border: '1px solid var(--color-line-strong)',
      borderRadius: 'var(--radius-sm)',
    },
    '.cm-panel.cm-search [name=close]': { color: 'var(--color-text)' },
    'input:focus-visible, button:focus-visible': {
      outline: '2px solid var(--color-focus)',
      outlineOffset: '1px',
    },
  })
}
