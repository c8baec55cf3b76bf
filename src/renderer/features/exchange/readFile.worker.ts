/**
 * The worker that reads big wiki pages and backups off the window's thread
 * (readFileJob.ts does the reading), so the window keeps answering and the
 * reading can be cancelled (the worker is simply terminated: it writes nothing).
 * It also merges a backup into the open quarter (mergeJob.ts): it keeps the
 * merge until the person's choices come, then sends the merged quarter.
 * Its results go to the window with their long lists in parts (resultInParts.ts).
 */
import type { DecideRequest, MergeReply, MergeRequest, MergeSession } from './mergeJob'
import { runReadJob, type ReadRequest, type WorkerReply } from './readFileJob'
import { sendListsInParts } from './resultInParts'

// The web build's types are the window's; a worker's scope posts with one argument.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest | MergeRequest | DecideRequest>) => void) | null
  postMessage(reply: WorkerReply | MergeReply): void
}

/** Each long list of `result` in parts, then the result itself as `type`. */
function sendInParts(type: 'done' | 'found' | 'decided', result: unknown): void {
  const rest = sendListsInParts(result, (part) => scope.postMessage(part))
  scope.postMessage({ type, result: rest } as WorkerReply | MergeReply)
}

let merging: MergeSession | null = null

/** Tells the window how far the merge has come (the job sends a hundred messages at most). */
const progress = (fraction: number) => scope.postMessage({ type: 'progress', fraction })

scope.onmessage = (event) => {
  const request = event.data
  if (request.kind === 'merge') {
    // No telling how far until the merge's code has loaded.
    scope.postMessage({ type: 'progress', fraction: null })
    // The merge's code loads only when a merge is asked for.
    void import('./mergeJob')
      .then(({ startMerge }) => startMerge(request, progress))
      .then((session) => {
        merging = session
        sendInParts('found', session.found)
      })
  } else if (request.kind === 'decide') {
    const result = merging?.decide(request.decisions, progress) ?? {
      ok: false,
      error: 'There is no merge to finish.',
    }
    merging = null
    sendInParts('decided', result)
  } else {
    runReadJob(request, (reply) => {
      if (reply.type === 'progress') return scope.postMessage(reply)
      sendInParts('done', reply.result)
    })
  }
}
