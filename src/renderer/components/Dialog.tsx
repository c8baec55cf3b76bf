/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * makes the rest of the page inert and closes it on Escape.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'

/** Props of Dialog. */
export interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
}

/** A modal dialog, open while it is rendered. */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
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
