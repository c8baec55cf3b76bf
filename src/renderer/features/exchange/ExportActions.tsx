import { useEffect } from 'react'
import { saveTextFile } from '../../platform'
import { useUiStore } from '../../store/uiStore'
import { wikiFileName } from './fileNames'

/** The topic of "Copied…" and "Saved ….wiki": they speak of the page as it was then. */
const EXPORT_TOPIC = 'export-page'

function say(kind: 'status' | 'alert', text: string) {
  useUiStore
    .getState()
    .showToast({ message: text, tone: kind === 'alert' ? 'error' : 'info', topic: EXPORT_TOPIC })
}

/**
 * "Copy to clipboard" and "Save as .wiki" for the exported page. Their
 * confirmations are toasts, gone once the page changes (another layout, a
 * goal edited) or the Export view closes, when they no longer describe it.
 */
export function ExportActions({ text, title }: { text: string; title: string }) {
  useEffect(() => () => useUiStore.getState().dismissTopic(EXPORT_TOPIC), [text])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      say('status', 'Copied the wikitext to the clipboard.')
    } catch {
      say(
        'alert',
        'Could not copy to the clipboard. Select the wikitext and press Ctrl+C (⌘C on a Mac).',
      )
    }
  }

  const save = async () => {
    try {
      const result = await saveTextFile({
        title: 'Save wiki page',
        defaultName: wikiFileName(title),
        filters: [{ name: 'Wiki page', extensions: ['wiki', 'txt'] }],
        content: text,
      })
      if (result.saved) say('status', `Saved ${result.path}.`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      say('alert', `Could not save the page: ${reason}`)
    }
  }

  return (
    <div className="exchange-actions">
      <button type="button" onClick={() => void copy()}>
        Copy to clipboard
      </button>
      <button type="button" onClick={() => void save()}>
        Save as .wiki…
      </button>
    </div>
  )
}
