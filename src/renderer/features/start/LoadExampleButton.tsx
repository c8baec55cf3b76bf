/**
 * The "Load example quarter" button of the first-run screen.
 */
import { useState } from 'react'
import { loadExample } from './loadExample'

/** The button; disabled while loading so one click makes one plan. */
export function LoadExampleButton() {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true)
        void loadExample().finally(() => setBusy(false))
      }}
    >
      {busy ? 'Loading example…' : 'Load example quarter'}
    </button>
  )
}
