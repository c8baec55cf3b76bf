/**
 * The end of a form, as every form of the app has it: the message of what
 * went wrong, if anything, and the submit button with Cancel beside it.
 */

/** A form's message of what went wrong; nothing when all is well. */
export function FieldError({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  )
}

interface FormActionsProps {
  /** The submit button's label, e.g. "Save update". */
  submit: string
  /** The submit button's look: the form's main action, or one that deletes. */
  tone?: 'primary' | 'danger'
  disabled?: boolean
  onCancel: () => void
}

/** The submit button and Cancel. */
export function FormActions({ submit, tone, disabled, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={tone} disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
