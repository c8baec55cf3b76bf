/**
 * Reads a wiki page or a backup in a Web Worker (readFile.worker.ts): a page
 * of 200,000 table cells or a 50 MB backup takes seconds to read, and the
 * window must keep painting and answering meanwhile. Progress comes as it
 * goes; cancelling ends the worker at once, and since reading writes nothing,
 * everything stays as it was.
 */
import type { ReadRequest, ReadResultOf, WorkerReply } from './readFileJob'
import { ListsFromParts } from './resultInParts'

/** A reading under way. */
export interface Reading<T> {
  /** The result, or null when cancelled. */
  result: Promise<T | null>
  cancel(): void
}

/**
 * Starts reading `request` in a worker; `onProgress` hears how far it has
 * come (null: no telling). The bytes of a 'decode' or 'backup-file'
 * request move to the worker: the caller's array is left empty. Where there
 * is no Worker (unit tests in Node) it reads in place.
 */
export function readInWorker<R extends ReadRequest>(
  request: R,
  onProgress: (fraction: number | null) => void = () => {},
): Reading<ReadResultOf<R>> {
  if (typeof Worker === 'undefined') return readInPlace(request, onProgress)
  const worker = new Worker(new URL('./readFile.worker.ts', import.meta.url), { type: 'module' })
  let settle: (result: ReadResultOf<R> | null) => void = () => {}
  let fail: (error: Error) => void = () => {}
  const result = new Promise<ReadResultOf<R> | null>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  const lists = new ListsFromParts()
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data
    if (reply.type === 'progress') onProgress(reply.fraction)
    else if (reply.type === 'part') lists.add(reply)
    else {
      worker.terminate()
      try {
        settle(lists.restore(reply.result) as ReadResultOf<R>)
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)))
      }
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    worker.terminate()
    fail(new Error(`The file could not be read (${event.message || 'the reader stopped'}).`))
  }
  // A file's bytes are handed over, not copied (20 MB copied take the window's time); the
  // caller no longer has them.
  const bytes = request.kind === 'decode' || request.kind === 'backup-file' ? request.bytes : null
  worker.postMessage(request, bytes ? [bytes.buffer] : [])
  return {
    result,
    cancel() {
      worker.terminate()
      settle(null)
    },
  }
}

function readInPlace<R extends ReadRequest>(
  request: R,
  onProgress: (fraction: number | null) => void,
): Reading<ReadResultOf<R>> {
  let cancelled = false
  // Loaded only here: in the app the readers (and zod) load in the worker, not with the board.
  const result = import('./readFileJob').then(({ runReadJob }) => {
    let done: ReadResultOf<R> | null = null
    runReadJob(request, (reply) => {
      if (reply.type === 'progress') onProgress(reply.fraction)
      else done = reply.result as ReadResultOf<R>
    })
    return cancelled ? null : done
  })
  return {
    result,
    cancel() {
      cancelled = true
    },
  }
}
