/**
 * A field edited in place: typing changes only the field; leaving it (or
 * Enter, in a one-line field) saves through `onCommit`, Escape puts the saved
 * value back. A refused value stays in the field with the reason under it,
 * so nothing typed is lost and nothing wrong is saved.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { errorMessage } from '../store/uiStore'

/** Props of CommitField. */
export interface CommitFieldProps {
  label: string
  /** The saved value; the field follows it while not being edited. */
  value: string
  /** Saves a changed value; a thrown error's message is shown and the typing kept. */
  onCommit: (value: string) => Promise<void>
  multiline?: boolean
  placeholder?: string
  className?: string
}

/** A labelled input (or textarea) that saves when left. */
export function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  placeholder,
  className,
}: CommitFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  // Enter and then leaving the field must not save twice while the first save runs.
  const committing = useRef(false)
  const shown = draft ?? value

  async function commit() {
    if (draft === null || committing.current) return
    if (draft === value) {
      setDraft(null)
      setError(null)
      return
    }
    committing.current = true
    try {
      await onCommit(draft)
      setDraft(null)
      setError(null)
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      committing.current = false
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      event.stopPropagation()
      setDraft(null)
      setError(null)
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void commit()
    }
  }

  const common = {
    'aria-label': label,
    'aria-invalid': error !== null,
    'aria-describedby': error ? errorId : undefined,
    value: shown,
    placeholder,
    onKeyDown,
    onBlur: () => void commit(),
  }
  return (
    <span className={`commit-field ${className ?? ''}`}>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => setDraft(event.target.value)} />
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
