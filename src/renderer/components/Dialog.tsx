/**
 * A modal dialog from React Aria Components (ModalOverlay, Modal, Dialog):
 * React Aria traps the focus in it, makes the rest of the page inert (and
 * hidden from assistive technology), stops the page behind from scrolling
 * and, once it closes, gives the focus back to what had it before (the card
 * that opened the editor).
 *
 * The page's messages are drawn inside the innermost open dialog (openDialogs.ts),
 * so that they can still be clicked and reached with F8 while it is open.
 *
 * Escape is the owner's to answer, not the library's: the dialog asks its owner
 * to close (onClose), and stays open until the owner stops rendering it. The
 * goal editor, say, answers a first Escape with a question, never with a discard.
 * Clicks on the backdrop do nothing, as with the browser's modal <dialog>.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { UNSAFE_PortalProvider as PortalProvider } from 'react-aria'
import { Dialog as AriaDialog, Modal, ModalOverlay } from 'react-aria-components'
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

// What the browser's modal <dialog> focuses when it opens and nothing in it asks for the focus.
const FOCUSABLE = [
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'button:not([disabled])',
  'a[href]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

/** A modal dialog, open while it is rendered. */
export function Dialog({ title, onClose, children, className, descriptionId }: DialogProps) {
  const ref = useRef<HTMLElement>(null)
  const titleId = useId()
  // A layout effect, so that it runs before React Aria's own (passive) one, which focuses
  // the dialog itself when nothing in it has the focus yet.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // A child marked data-autofocus (a safe answer such as Cancel) takes the focus; else,
    // unless a control took it already, the first control does, as in the browser's dialog.
    const wanted = dialog.querySelector<HTMLElement>('[data-autofocus]')
    if (wanted) wanted.focus()
    else if (!dialog.contains(document.activeElement)) {
      dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    }
    // The messages move into the dialog (see Toasts): outside it they would be inert.
    useOpenDialogs.getState().opened(dialog)
    return () => useOpenDialogs.getState().closed(dialog)
  }, [])
  const onCloseRef = useRef(onClose)
  useLayoutEffect(() => {
    onCloseRef.current = onClose
  })
  useEffect(() => {
    // An Escape with the focus nowhere (on the page's body: its control was removed, say)
    // still closes the innermost dialog, as the browser's <dialog> did.
    function escapeFromNowhere(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || event.target !== document.body) return
      if (useOpenDialogs.getState().dialogs.at(-1) !== ref.current) return
      event.preventDefault()
      onCloseRef.current()
    }
    document.addEventListener('keydown', escapeFromNowhere)
    return () => document.removeEventListener('keydown', escapeFromNowhere)
  }, [])
  function onKeyDown(event: KeyboardEvent) {
    // A control that used Escape itself (an open list, an inline form, an inner dialog)
    // has prevented it.
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    onClose()
  }
  return (
    // Open while rendered; closing is the owner's (onClose), never the library's own.
    // A dialog opened from inside another is drawn beside it, not in it.
    <ModalOverlay
      isOpen
      isDismissable={false}
      isKeyboardDismissDisabled
      UNSTABLE_portalContainer={document.body}
      className="dialog-backdrop"
      onMouseDown={(event) => {
        // A press on the backdrop or the box's margin keeps the focus where it is (a press
        // inside the dialog's content focuses the dialog, or the control pressed).
        if (!ref.current?.contains(event.target as Node)) event.preventDefault()
      }}
    >
      <Modal className={className ? `dialog ${className}` : 'dialog'}>
        {/* Escape, from anything in the dialog (React Aria passes no key handler on). */}
        <div className="dialog-keys" onKeyDown={onKeyDown}>
          <AriaDialog
            ref={ref}
            className="dialog-content"
            aria-labelledby={titleId}
            aria-describedby={descriptionId}
          >
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {/* Lists and popovers of React Aria controls open inside the dialog, with it
                and not in the inert page behind it. */}
            <PortalProvider getContainer={() => ref.current}>{children}</PortalProvider>
          </AriaDialog>
        </div>
      </Modal>
    </ModalOverlay>
  )
}
