/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * makes the rest of the page inert and, once it closes, gives the focus back
 * to what had it before (the card that opened the editor).
 *
 * The page's messages are drawn inside the innermost open dialog (openDialogs.ts),
 * so that they can still be clicked and reached with F8 while it is open.
 *
 * Escape is ours, not the browser's: Chromium stops asking (no `cancel` event)
 * after a refused cancel with no click or key in between, and closes the
 * dialog on the next Escape while React still shows it. So the dialog takes
 * Escape on keydown, and a dialog closed by anything but React opens again
 * and asks its owner to close instead.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { UNSAFE_PortalProvider as PortalProvider } from 'react-aria'
import { useOpenDialogs } from './openDialogs'

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
  // Set once React closes the dialog; any other close is undone.
  const closingRef = useRef(false)
  const onCloseRef = useRef(onClose)
  // A layout effect: its cleanup runs while the dialog is still in the page, so
  // close() can return the focus. A passive effect's cleanup runs after React
  // has removed it, and the focus would fall to the page's body.
  useLayoutEffect(() => {
    const dialog = ref.current
    closingRef.current = false
    if (dialog && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first control. A child marked data-autofocus (a safe answer
      // such as Cancel) takes the focus instead. React's autoFocus cannot do this here: it
      // acts before this effect, while the dialog is still closed and nothing in it can
      // take the focus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    // The messages move into the dialog (see Toasts): outside it they would be inert.
    if (dialog) useOpenDialogs.getState().opened(dialog)
    return () => {
      closingRef.current = true
      if (dialog) useOpenDialogs.getState().closed(dialog)
      dialog?.close()
    }
  }, [])
  useLayoutEffect(() => {
    onCloseRef.current = onClose
  })
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    function reopen() {
      if (closingRef.current || !dialog || dialog.open || !dialog.isConnected) return
      dialog.showModal()
      onCloseRef.current()
    }
    dialog.addEventListener('close', reopen)
    return () => dialog.removeEventListener('close', reopen)
  }, [])
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={(event) => {
        // A control that used Escape itself (an inline form, say) has prevented it.
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
      onCancel={(event) => {
        // Closing is React's job (the parent stops rendering us), not the browser's.
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {/* Lists and popovers of React Aria controls open inside the dialog: in the
          top layer with it, not behind it in the inert page. */}
      <PortalProvider getContainer={() => ref.current}>{children}</PortalProvider>
    </dialog>
  )
}
