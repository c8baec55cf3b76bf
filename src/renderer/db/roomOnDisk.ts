/**
 * Whether the disk that holds the store has room for `bytes` more, asked
 * without IndexedDB: after a full disk, touching the store again is what can
 * cost the user every quarter (logRollAfterDiskFull.ts says why), so the
 * question is answered somewhere else on the same disk: a file in the
 * origin's private file system, in the same browser profile, written and cut
 * back by a worker (roomProbe.worker.ts says how, and which ways failed).
 * `navigator.storage.estimate()` cannot answer: it reports the browser's
 * quota (1 GB on a 96 MB disk), not the disk.
 *
 * The worker starts at the first question, which comes only after a full
 * disk: a start that never met one costs nothing.
 */
import type { RoomAnswer, RoomQuestion } from './roomProbe.worker'

let worker: Worker | null = null
let asking: Promise<boolean> = Promise.resolve(true)

/**
 * True when `bytes` could be written (and were taken back at once); false
 * when the disk refused them. Where the browser cannot run the worker or has
 * no private file system (tests in Node, old browsers) it cannot tell and
 * answers true: the store is then used as before this check existed.
 */
export function hasRoomOnDisk(bytes: number): Promise<boolean> {
  if (typeof Worker !== 'function' || typeof navigator.storage?.getDirectory !== 'function') {
    return Promise.resolve(true)
  }
  // One question at a time: the worker has one file.
  asking = asking.then(() => ask(bytes))
  return asking
}

function ask(bytes: number): Promise<boolean> {
  worker ??= new Worker(new URL('./roomProbe.worker.ts', import.meta.url), { type: 'module' })
  const probe = worker
  return new Promise((resolve) => {
    // null: this browser gives no private file system to ask, so nobody can tell.
    probe.onmessage = (event: MessageEvent<RoomAnswer>) => resolve(event.data.room ?? true)
    probe.onerror = () => resolve(true) // the worker could not run here: cannot tell
    probe.postMessage({ bytes } satisfies RoomQuestion)
  })
}
