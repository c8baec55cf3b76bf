/**
 * The message of a long job (reading a big backup, merging one): after a
 * moment (a quick job says nothing), its words with a progress bar and a
 * Cancel button (components/Toasts.tsx draws them), kept up to date as the
 * job goes, and gone when it ends. Progress told before the message shows is
 * kept for it, so it shows where the job is.
 */
import { partOf } from '../../shared/jobProgress'
import { useUiStore } from './uiStore'

/** How long a job runs before its message shows. */
export const SAY_WORKING_AFTER_MS = 300

/** A long job's message, as the job drives it. */
export interface JobMessage {
  /** How far the job has come: a fraction from 0 to 1, or null when it cannot tell. */
  progress(fraction: number | null): void
  /** `progress` for a part of the job, from `from` to `to` of the bar: the part's own 0 to 1. */
  part(from: number, to: number): (fraction: number | null) => void
  /** The job can no longer be stopped (its result is being stored): the Cancel button goes. */
  uncancellable(): void
  /** The job is over: its message goes. */
  end(): void
  /** Whether the person pressed Cancel. */
  readonly cancelled: boolean
}

/** Says `text` (on `topic`) with a progress bar and Cancel, which runs `cancel`, after a moment. */
export function sayWhileWorking(
  text: string,
  { topic, cancel }: { topic: string; cancel: () => void },
): JobMessage {
  let fraction: number | null = null
  let cancellable = true
  let shown: number | null = null
  let ended = false
  let cancelled = false
  const ui = () => useUiStore.getState()
  const pressCancel = () => {
    cancelled = true
    cancel()
  }
  const showing = setTimeout(() => {
    shown = ui().showToast({
      message: text,
      tone: 'info',
      topic,
      progress: fraction,
      ...(cancellable && { action: { label: 'Cancel', run: pressCancel } }),
    })
  }, SAY_WORKING_AFTER_MS)
  const progress = (next: number | null) => {
    if (ended || next === fraction) return
    fraction = next
    if (shown !== null) ui().updateToast(shown, { progress: next })
  }
  return {
    progress,
    part(from, to) {
      const within = partOf(from, to, progress)
      return (next) => (next === null ? progress(null) : within(next))
    },
    uncancellable() {
      cancellable = false
      if (shown !== null) ui().updateToast(shown, { action: undefined })
    },
    end() {
      ended = true
      clearTimeout(showing)
      if (shown !== null) ui().dismissToast(shown)
    },
    get cancelled() {
      return cancelled
    },
  }
}
