/**
 * Merge backup… off the window's thread: the reading worker
 * (readFile.worker.ts) reads the file and the open quarter and merges them
 * (mergeJob.ts), keeps the merge while the person chooses on its conflicts,
 * then applies the choices and sends the quarter as read and as merged. Each
 * result comes with its long lists in parts (resultInParts.ts), so no message
 * holds the window. Cancelling ends the worker at once: it has written
 * nothing. Where there is no Worker (unit tests in Node) it merges in place.
 */
import type { MergeDecisions } from '../../../shared/merge'
import type { MergeDecided, MergeFound, MergeReply, MergeRequest } from './mergeJob'
import type { WorkerReply } from './readFileJob'
import { ListsFromParts } from './resultInParts'

/** How far a stage of the merge has come: a fraction, or null when it cannot tell. */
export type MergeProgress = (fraction: number | null) => void

/** A merge under way. Each promise gives null when the merge was cancelled. */
export interface Merging {
  found: Promise<MergeFound | null>
  /**
   * Finishes the merge with the person's choices; call once, after `found`.
   * `onProgress` hears how far applying them has come.
   */
  decide(decisions: MergeDecisions, onProgress?: MergeProgress): Promise<MergeDecided | null>
  cancel(): void
}

/** A promise with its settling functions at hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  let reject: (error: Error) => void = () => {}
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

/** Starts merging as `request` says in a worker; `onProgress` hears how far finding has come. */
export function mergeInWorker(
  request: MergeRequest,
  onProgress: MergeProgress = () => {},
): Merging {
  if (typeof Worker === 'undefined') return mergeInPlace(request, onProgress)
  const worker = new Worker(new URL('./readFile.worker.ts', import.meta.url), { type: 'module' })
  const found = deferred<MergeFound | null>()
  const decided = deferred<MergeDecided | null>()
  let lists = new ListsFromParts()
  // The stage waited for: what the merge found, then (once asked) the merge decided.
  let waiting: typeof found | typeof decided = found
  // Who hears the progress of the stage under way.
  let progress = onProgress
  const stop = (error?: Error) => {
    worker.terminate()
    if (error) waiting.reject(error)
    else waiting.resolve(null)
  }
  worker.onmessage = (event: MessageEvent<WorkerReply | MergeReply>) => {
    const reply = event.data
    if (reply.type === 'part') return lists.add(reply)
    if (reply.type === 'progress') return progress(reply.fraction)
    if (reply.type !== 'found' && reply.type !== 'decided') return
    try {
      const result = lists.restore(reply.result)
      lists = new ListsFromParts()
      if (reply.type === 'found') found.resolve(result as MergeFound)
      else {
        worker.terminate()
        decided.resolve(result as MergeDecided)
      }
    } catch (error) {
      stop(error instanceof Error ? error : new Error(String(error)))
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    stop(new Error(`The backup could not be merged (${event.message || 'the merge stopped'}).`))
  }
  // A file's bytes are handed over, not copied: the caller no longer has them.
  worker.postMessage(request, [request.source.bytes.buffer])
  return {
    found: found.promise,
    decide(decisions, onDecideProgress = () => {}) {
      waiting = decided
      progress = onDecideProgress
      worker.postMessage({ kind: 'decide', decisions })
      return decided.promise
    },
    cancel: () => stop(),
  }
}

function mergeInPlace(request: MergeRequest, onProgress: MergeProgress): Merging {
  let cancelled = false
  // Loaded only here: in the app the merge engine (and zod) load in the worker.
  const session = import('./mergeJob').then(({ startMerge }) => startMerge(request, onProgress))
  return {
    found: session.then((started) => (cancelled ? null : started.found)),
    decide: async (decisions, onDecideProgress) => {
      const decided = (await session).decide(decisions, onDecideProgress)
      return cancelled ? null : decided
    },
    cancel() {
      cancelled = true
    },
  }
}
