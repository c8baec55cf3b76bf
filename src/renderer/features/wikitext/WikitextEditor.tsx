import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { syntaxHighlighting } from '@codemirror/language'
import {
  highlightSelectionMatches,
  openSearchPanel,
  search,
  searchKeymap,
} from '@codemirror/search'
import {
  Annotation,
  Compartment,
  EditorState,
  Transaction,
  type Extension,
} from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { Search } from 'lucide-react'
import { lineNumberText } from './wikitextDiff'
import { wikitext } from './wikitextLanguage'
import { wikitextHighlight, wikitextTheme } from './wikitextTheme'

export interface WikitextEditorHandle {
  /** Selects line `line` (1-based), scrolls it to the middle and focuses the editor. */
  jumpToLine(line: number): void
}

interface Props {
  /** The visible label, also the editor's accessible name. */
  label: string
  value: string
  /** Called with the whole text after each change the user makes (not after `value` changes). */
  onChange?: (text: string) => void
  readOnly?: boolean
  /** Height of the editor, in lines of text. */
  lines?: number
  /**
   * More CodeMirror extensions that go with `value` (the Publish diff's line
   * marks, wikitextDiff.ts): applied with it in one transaction, so they never
   * see another document. Memoise them; a new array reconfigures the view.
   */
  extensions?: Extension
}

const NONE: Extension = []

/** Marks the transactions that follow the `value` prop, so they are not reported as typing. */
const fromProps = Annotation.define<boolean>()

/**
 * A new `value` longer than this goes into the view a slice at a time, each
 * slice in a task of its own: a 7 MB page of 400,000 lines put in at once
 * held the window for 300 ms (splitting it into lines, measuring, line
 * numbers). The slices end at line ends and carry one time, so undo takes
 * them back as one change; typing waits until the last is in.
 */
const SLICE_CHARACTERS = 64 * 1024

/** `text` cut after line ends into pieces of about SLICE_CHARACTERS. */
function slicesOf(text: string): string[] {
  const slices: string[] = []
  let start = 0
  while (text.length - start > SLICE_CHARACTERS) {
    const lineEnd = text.indexOf('\n', start + SLICE_CHARACTERS)
    if (lineEnd < 0) break
    slices.push(text.slice(start, lineEnd + 1))
    start = lineEnd + 1
  }
  slices.push(text.slice(start))
  return slices
}

/**
 * A CodeMirror 6 view of wikitext: highlighting, line wrapping, line numbers,
 * search (Ctrl/Cmd+F or the Search button) and undo.
 *
 * The editor lives in a shadow root. CodeMirror writes its styles at run time;
 * in a document it adds <style> elements, which the app's CSP (`style-src
 * 'self'`, src/main/csp.ts) blocks, while in a shadow root it uses constructed
 * style sheets (adoptedStyleSheets), which CSP does not govern. So the editor is
 * styled without loosening style-src with 'unsafe-inline' or a nonce that would
 * have to be the same on every load of a static page. The theme reads the
 * design tokens, which custom properties carry into the shadow root.
 */
export const WikitextEditor = forwardRef<WikitextEditorHandle, Props>(function WikitextEditor(
  { label, value, onChange, readOnly = false, lines = 24, extensions = NONE },
  ref,
) {
  const hostRef = useRef<HTMLDivElement>(null)
  const viewRef = useRef<EditorView | null>(null)
  const onChangeRef = useRef(onChange)
  const readOnlyCompartment = useRef(new Compartment())
  const extraCompartment = useRef(new Compartment())
  // The slices of `value` not yet in the view; finishing puts them all in at once.
  const unsliced = useRef<string[]>([])
  const finishSlices = () => {
    const view = viewRef.current
    const rest = unsliced.current.join('')
    unsliced.current = []
    if (view && rest !== '') {
      view.dispatch({
        changes: { from: view.state.doc.length, insert: rest },
        annotations: fromProps.of(true),
      })
    }
  }
  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    // StrictMode mounts twice: a host keeps the shadow root it was given first.
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    const view = new EditorView({
      root: shadow,
      parent: shadow,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers({ formatNumber: (n, state) => state.facet(lineNumberText)(n) }),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          highlightSelectionMatches(),
          EditorView.lineWrapping,
          search({ top: true }),
          keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap]),
          wikitext,
          syntaxHighlighting(wikitextHighlight),
          wikitextTheme(lines),
          readOnlyCompartment.current.of(EditorState.readOnly.of(readOnly)),
          extraCompartment.current.of(extensions),
          // tabindex: contenteditable is focusable already, but axe only counts a tabindex
          // when it checks that the scrolling area can be reached by keyboard.
          EditorView.contentAttributes.of({
            'aria-label': label,
            spellcheck: 'false',
            tabindex: '0',
          }),
          // No typing while the slices of a new value go in: it would land amid them.
          EditorState.changeFilter.of(
            (transaction) => unsliced.current.length === 0 || !!transaction.annotation(fromProps),
          ),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return
            if (update.transactions.some((t) => t.annotation(fromProps))) return
            onChangeRef.current?.(update.state.doc.toString())
          }),
        ],
      }),
    })
    viewRef.current = view
    return () => {
      view.destroy()
      viewRef.current = null
    }
    // The view is made once; value, extensions and readOnly reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const shownExtensions = useRef(extensions)
  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    unsliced.current = []
    const newText = view.state.doc.toString() !== value
    const newExtensions = shownExtensions.current !== extensions
    if (!newText && !newExtensions) return
    shownExtensions.current = extensions
    // Extensions that go with the text (the diff's marks) see it whole: no slices then.
    const [first, ...rest] = newText && !newExtensions ? slicesOf(value) : [value]
    // Every slice carries the first one's time: undo joins changes less than 500 ms apart,
    // and on a loaded machine the slices' tasks can be further apart than that (a CI run's one
    // Undo then took back only the last slices).
    const at = Transaction.time.of(Date.now())
    view.dispatch({
      changes: newText ? { from: 0, to: view.state.doc.length, insert: first } : undefined,
      effects: newExtensions ? extraCompartment.current.reconfigure(extensions) : undefined,
      annotations: [fromProps.of(true), at],
    })
    if (rest.length === 0) return
    unsliced.current = rest
    let timer = 0
    const next = () => {
      const slice = unsliced.current.shift()
      if (slice === undefined) return
      view.dispatch({
        changes: { from: view.state.doc.length, insert: slice },
        annotations: [fromProps.of(true), at],
      })
      timer = window.setTimeout(next)
    }
    timer = window.setTimeout(next)
    // A newer value, or the view going, drops what is left (a newer value replaces it all).
    return () => window.clearTimeout(timer)
  }, [value, extensions])

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: readOnlyCompartment.current.reconfigure(EditorState.readOnly.of(readOnly)),
    })
  }, [readOnly])

  useImperativeHandle(ref, () => ({
    jumpToLine(line: number) {
      const view = viewRef.current
      if (!view) return
      finishSlices()
      const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines))
      view.dispatch({
        selection: { anchor: target.from, head: target.to },
        effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
      })
      view.focus()
    },
  }))

  return (
    <div className="wikitext-editor">
      <div className="wikitext-editor-bar">
        {/* Not a <label>: the text box is in the shadow root, out of reach of `for`;
            it carries the same words as its aria-label. */}
        <span className="exchange-label">{label}</span>
        <button
          type="button"
          className="link-button"
          aria-label={`Search in ${label}`}
          onClick={() => {
            if (viewRef.current) openSearchPanel(viewRef.current)
          }}
        >
          <Search size={14} aria-hidden="true" /> Search
        </button>
      </div>
      <div ref={hostRef} className="wikitext-editor-host" />
    </div>
  )
})
