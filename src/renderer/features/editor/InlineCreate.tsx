/**
 * "New team…" / "New priority group…": a button that turns into a one-field
 * form, so structure can be created without leaving the goal editor.
 */
import { useState, type KeyboardEvent } from 'react'
import { errorMessage } from '../../store/uiStore'

/** Props of InlineCreate. */
export interface InlineCreateProps {
  /** Button text, e.g. "New team…". */
  buttonLabel: string
  /** Accessible name of the name field, e.g. "New team name". */
  inputLabel: string
  /** Message when the name is empty. */
  emptyMessage: string
  /** Creates the thing; a thrown error's message is shown. */
  onCreate: (name: string) => Promise<void>
}

/** A button that opens a small inline creation form. */
export function InlineCreate({
  buttonLabel,
  inputLabel,
  emptyMessage,
  onCreate,
}: InlineCreateProps) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {buttonLabel}
      </button>
    )
  }

  async function create() {
    if (name.trim() === '') {
      setError(emptyMessage)
      return
    }
    setBusy(true)
    try {
      await onCreate(name.trim())
      setName('')
      setError(null)
      setOpen(false)
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keep Enter and Escape inside this little form, away from the dialog's.
    if (event.key === 'Enter') {
      event.preventDefault()
      void create()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="inline-create">
      <input
        aria-label={inputLabel}
        value={name}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" disabled={busy} onClick={() => void create()}>
        Add
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
