/**
 * Toasts at the foot of the window, over the page: they never move the
 * layout. A message stays about eight seconds (an error longer), long
 * enough to change one's mind about an Undo, and for as long as the pointer
 * is on it or the focus in it.
 */
import { useEffect, useState } from 'react'
import { undoWithToast } from '../commands/perform'
import { useUiStore, type Toast } from '../store/uiStore'

const TOAST_MS = 8000
const ERROR_TOAST_MS = 15000

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useUiStore((state) => state.dismissToast)
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const held = hovered || focused
  // The clock starts again once the message is let go.
  useEffect(() => {
    if (held) return
    const ms = toast.tone === 'error' ? ERROR_TOAST_MS : TOAST_MS
    const timer = window.setTimeout(() => dismiss(toast.id), ms)
    return () => window.clearTimeout(timer)
  }, [dismiss, toast.id, toast.tone, held])
  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
    >
      <span className="toast-message">
        {toast.message}
        {(toast.undoId !== undefined || toast.action) && ' — '}
      </span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            dismiss(toast.id)
            toast.action?.run()
          }}
        >
          {toast.action.label}
        </button>
      )}
      {toast.undoId !== undefined && (
        <button
          type="button"
          className="toast-undo"
          onClick={() => {
            dismiss(toast.id)
            void undoWithToast(toast.undoId)
          }}
        >
          Undo
        </button>
      )}
      <button
        type="button"
        className="toast-dismiss"
        aria-label="Dismiss message"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  )
}

/** All current toasts. */
export function Toasts() {
  const toasts = useUiStore((state) => state.toasts)
  return (
    <div className="toasts" aria-live="polite" aria-label="Messages" role="region">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  )
}
