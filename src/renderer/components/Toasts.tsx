/**
 * Toasts at the foot of the window; one with an Undo button stays about
 * eight seconds, long enough to change one's mind.
 */
import { useEffect } from 'react'
import { undoWithToast } from '../commands/perform'
import { useUiStore, type Toast } from '../store/uiStore'

const TOAST_MS = 8000

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useUiStore((state) => state.dismissToast)
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS)
    return () => window.clearTimeout(timer)
  }, [dismiss, toast.id])
  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : undefined}
    >
      <span className="toast-message">
        {toast.message}
        {toast.undoId !== undefined && ' — '}
      </span>
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
