/**
 * Reading and typing the CodeMirror wikitext views (src/renderer/features/wikitext).
 * The text box is CodeMirror's `.cm-content` (role textbox, named by its label);
 * CodeMirror draws only the lines near the viewport, so the whole text is read
 * from the editor's state, not from the DOM.
 */
import { expect, type Locator } from '@playwright/test'

/** The whole text of a wikitext view, given its text box (`getByRole('textbox', { name })`). */
export async function editorText(box: Locator): Promise<string> {
  return (await editorState(box)).text
}

/** The text selected in a wikitext view (the main selection). */
export async function editorSelection(box: Locator): Promise<string> {
  return (await editorState(box)).selected
}

function editorState(box: Locator): Promise<{ text: string; selected: string }> {
  return box.evaluate((content) => {
    interface EditorLike {
      state: {
        doc: { toString(): string }
        sliceDoc(from: number, to: number): string
        selection: { main: { from: number; to: number } }
      }
    }
    // What EditorView.findFromDOM does (the page cannot import CodeMirror): the
    // content element carries its tile, whose root knows the view.
    const tile = (content as unknown as { cmTile?: { root?: { view?: EditorLike } } }).cmTile
    const view = tile?.root?.view
    if (!view) throw new Error('not a CodeMirror editor')
    const { from, to } = view.state.selection.main
    return { text: view.state.doc.toString(), selected: view.state.sliceDoc(from, to) }
  })
}

/** Waits until the view's whole text is `expected` (or matches it). */
export async function expectEditorText(box: Locator, expected: string | RegExp): Promise<void> {
  const poll = expect.poll(() => editorText(box))
  if (typeof expected === 'string') await poll.toBe(expected)
  else await poll.toMatch(expected)
}

/** Waits until the view's whole text does not match `unexpected`. */
export async function expectEditorTextNot(box: Locator, unexpected: RegExp): Promise<void> {
  await expect.poll(() => editorText(box)).not.toMatch(unexpected)
}
