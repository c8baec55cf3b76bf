import { useState } from 'react'
import { saveTextFile } from '../../platform'
import { wikiFileName } from './fileNames'

type Message = { kind: 'status' | 'alert'; text: string } | null

/** "Copy to clipboard" and "Save as .wiki" for the exported page, with their confirmations. */
export function ExportActions({ text, title }: { text: string; title: string }) {
  const [message, setMessage] = useState<Message>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setMessage({ kind: 'status', text: 'Copied the wikitext to the clipboard.' })
    } catch {
      setMessage({
        kind: 'alert',
        text: 'Could not copy to the clipboard. Select the wikitext and press Ctrl+C (⌘C on a Mac).',
      })
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
      setMessage(result.saved ? { kind: 'status', text: `Saved ${result.path}.` } : null)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      setMessage({ kind: 'alert', text: `Could not save the page: ${reason}` })
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
      <p role="status" className="exchange-status">
        {message?.kind === 'status' ? message.text : ''}
      </p>
      <p role="alert" className="exchange-error">
        {message?.kind === 'alert' ? message.text : ''}
      </p>
    </div>
  )
}
