/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * makes the rest of the page inert, closes it on Escape and, once it closes,
 * gives the focus back to what had it before (the card that opened the editor).
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'

/** Props of Dialog. */
export interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
  /** The id of the element, among the children, that says what the dialog asks. */
  descriptionId?: string
}

/** A modal dialog, open while it is rendered. */
export function Dialog({ title, onClose, children, className, descriptionId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  // A layout effect: its cleanup runs while the dialog is still in the page, so
  // close() can return the focus. A passive effect's cleanup runs after React
  // has removed it, and the focus would fall to the page's body.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first control. A child marked data-autofocus (a safe answer
      // such as Cancel) takes the focus instead. React's autoFocus cannot do this here: it
      // acts before this effect, while the dialog is still closed and nothing in it can
      // take the focus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        // Closing is React's job (the parent stops rendering us), not the browser's.
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  )
}
