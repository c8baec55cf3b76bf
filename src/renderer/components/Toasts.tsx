/**
 * Toasts at the foot of the window, over the page: they never move the
 * layout. Radix Toast draws them (the region, F8 to reach it, Tab order,
 * swipe and Escape to dismiss, and the clock that stops while the pointer
 * is on a message or the focus in one); the messages themselves live in the
 * UI store (showToast, dismissToast), so whoever says something need not
 * know how it is shown.
 *
 * A message stays eight seconds, an error fifteen: long enough to change
 * one's mind about an Undo.
 */
import * as Toast from '@radix-ui/react-toast'
import { useState } from 'react'
import { undoWithToast } from '../commands/perform'
import { useUiStore, type Toast as Message } from '../store/uiStore'

const TOAST_MS = 8000
const ERROR_TOAST_MS = 15000

function MessageToast({ message }: { message: Message }) {
  const dismiss = useUiStore((state) => state.dismissToast)
  const error = message.tone === 'error'
  return (
    // Open for as long as the store holds the message; whatever closes it
    // (its time, ×, an action, a swipe, Escape) takes it out of the store.
    <Toast.Root
      open
      onOpenChange={(open) => {
        if (!open) dismiss(message.id)
      }}
      duration={error ? ERROR_TOAST_MS : TOAST_MS}
      asChild
    >
      <div className={`toast toast-${message.tone}`} role={error ? 'alert' : 'status'}>
        <Toast.Description className="toast-message">
          {message.message}
          {(message.undoId !== undefined || message.action) && ' — '}
        </Toast.Description>
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

/** All current messages, newest last. */
export function Toasts() {
  const messages = useUiStore((state) => state.toasts)
  // Radix also copies each new message, for a second, into a role="status" element of its own
  // for screen readers. Ours are live already (status, or alert for an error, in a polite
  // list), so the copy would be read a second time and put the same words twice in the
  // page: it goes into an element outside the page instead.
  const [unread] = useState(() => document.createElement('div'))
  return (
    <Toast.Provider label="Message" announcerContainer={unread}>
      {messages.map((message) => (
        <MessageToast key={message.id} message={message} />
      ))}
      <Toast.Viewport label="Messages ({hotkey})" asChild>
        <div className="toasts" aria-live="polite" />
      </Toast.Viewport>
    </Toast.Provider>
  )
}
