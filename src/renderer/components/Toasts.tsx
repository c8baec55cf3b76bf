/**
 * Toasts at the foot of the window, over the page: they never move the
 * layout. Radix Toast draws them (the region, F8 to reach it, Tab order,
 * swipe and Escape to dismiss, and the clock that stops while the pointer
 * is on a message or the focus in one); the messages themselves live in the
 * UI store (showToast, dismissToast), so whoever says something need not
 * know how it is shown.
 *
 * A message stays eight seconds, an error fifteen: long enough to change
 * one's mind about an Undo. A job's message (with `progress`: "Merging
 * theirs.json…", a progress bar, Cancel) stays until the job takes it away.
 *
 * While a modal dialog is open, everything outside it is inert: the list of
 * messages is then drawn inside the innermost dialog (still fixed at the foot
 * of the window, out of the dialog's layout), so that its Undo, actions and ×
 * can be clicked and F8 reaches it. The messages themselves stay mounted, with
 * their clocks; only the list they are shown in moves.
 */
import * as Toast from '@radix-ui/react-toast'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { undoWithToast } from '../commands/perform'
import { useUiStore, type Toast as Message } from '../store/uiStore'
import { useInnermostDialog } from './openDialogs'

const TOAST_MS = 8000
const ERROR_TOAST_MS = 15000
const LIST_CLASS = 'toasts'

/** Whether a key press happened in the list of messages (on it, or in one of them). */
function inMessages(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`.${LIST_CLASS}`) !== null
}

function MessageToast({ message }: { message: Message }) {
  const dismiss = useUiStore((state) => state.dismissToast)
  const error = message.tone === 'error'
  const working = message.progress !== undefined
  // Radix closes the newest message on an Escape pressed anywhere, even one that closes the
  // goal editor. Here Escape closes a message only from within the messages (after F8 or Tab):
  // an Escape meant for a dialog leaves them be, and an Undo on offer stays on offer.
  const escapedElsewhere = useRef(false)
  return (
    // Open for as long as the store holds the message; whatever closes it
    // (its time, ×, an action, a swipe, Escape) takes it out of the store.
    <Toast.Root
      open
      onEscapeKeyDown={(event) => {
        escapedElsewhere.current = !inMessages(event.target)
      }}
      onOpenChange={(open) => {
        if (open) return
        // Radix asks to close right after onEscapeKeyDown, in the same key press.
        if (escapedElsewhere.current) {
          escapedElsewhere.current = false
          return
        }
        dismiss(message.id)
      }}
      duration={working ? Infinity : error ? ERROR_TOAST_MS : TOAST_MS}
      asChild
    >
      <div className={`toast toast-${message.tone}`} role={error ? 'alert' : 'status'}>
        <Toast.Description className="toast-message">
          {message.message}
          {(message.undoId !== undefined || message.action) && ' — '}
        </Toast.Description>
        {working && <JobProgress message={message.message} fraction={message.progress ?? null} />}
        {message.action && (
          <Toast.Action
            className="toast-action"
            altText={message.action.label}
            onClick={message.action.run}
          >
            {message.action.label}
          </Toast.Action>
        )}
        {message.undoId !== undefined && (
          <Toast.Action
            className="toast-undo"
            altText="Undo (Ctrl+Z undoes the last change)"
            onClick={() => void undoWithToast(message.undoId)}
          >
            Undo
          </Toast.Action>
        )}
        <Toast.Close className="toast-dismiss" aria-label="Dismiss message">
          ×
        </Toast.Close>
      </div>
    </Toast.Root>
  )
}

/**
 * A job's progress bar, named by its message without the ellipsis ("Merging
 * theirs.json"). A bar without a value moves to and fro: the job cannot tell
 * how far it has come. Keyed by that, since React does not take a value back
 * off a <progress>.
 */
function JobProgress({ message, fraction }: { message: string; fraction: number | null }) {
  const name = message.replace(/…$/, '')
  return fraction === null ? (
    <progress key="unknown" className="toast-progress" aria-label={name} />
  ) : (
    <progress key="known" className="toast-progress" aria-label={name} max={1} value={fraction} />
  )
}

/** All current messages, newest last. */
export function Toasts() {
  const messages = useUiStore((state) => state.toasts)
  // Radix also copies each new message, for a second, into a role="status" element of its own
  // for screen readers. Ours are live already (status, or alert for an error, in a polite
  // list), so the copy would be read a second time and put the same words twice in the
  // page: it goes into an element outside the page instead.
  const [unread] = useState(() => document.createElement('div'))
  const dialog = useInnermostDialog()
  useEffect(() => {
    // An Escape that dismisses a message must not also close the dialog the messages sit in:
    // the key press is cancelled, and a dialog (components/Dialog.tsx) leaves a cancelled
    // Escape alone. Whether
    // there is a message to dismiss is read before React handles the key (which takes the
    // message out of the page), and the key press is cancelled after.
    let dismissing: Event | null = null
    function beforeReact(event: KeyboardEvent) {
      const list = event.target instanceof Element ? event.target.closest(`.${LIST_CLASS}`) : null
      dismissing = event.key === 'Escape' && list?.querySelector('.toast') ? event : null
    }
    function afterReact(event: KeyboardEvent) {
      if (event === dismissing) event.preventDefault()
      dismissing = null
    }
    document.addEventListener('keydown', beforeReact, true)
    document.addEventListener('keydown', afterReact)
    return () => {
      document.removeEventListener('keydown', beforeReact, true)
      document.removeEventListener('keydown', afterReact)
    }
  }, [])
  const listRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // Inside a dialog, React Aria's focus trap also moves the focus on Tab, from wherever the
    // focus is once the key press reaches the document. A Tab that Radix has already taken (to
    // the next message, or a control in one) goes no further than the list's region.
    const region = listRef.current?.parentElement
    if (!dialog || !region) return
    function tabTaken(event: KeyboardEvent) {
      if (event.key === 'Tab' && event.defaultPrevented) event.stopPropagation()
    }
    region.addEventListener('keydown', tabTaken)
    return () => region.removeEventListener('keydown', tabTaken)
  }, [dialog])
  const viewport = (
    <Toast.Viewport label="Messages ({hotkey})" asChild>
      <div ref={listRef} className={LIST_CLASS} aria-live="polite" />
    </Toast.Viewport>
  )
  return (
    <Toast.Provider label="Message" announcerContainer={unread}>
      {messages.map((message) => (
        <MessageToast key={message.id} message={message} />
      ))}
      {dialog ? createPortal(viewport, dialog) : viewport}
    </Toast.Provider>
  )
}
