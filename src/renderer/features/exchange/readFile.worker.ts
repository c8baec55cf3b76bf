/**
 * The worker that reads big wiki pages and backups off the window's thread
 * (readFileJob.ts does the reading), so the window keeps answering and the
 * reading can be cancelled (the worker is simply terminated: it writes nothing).
 * Its result goes to the window with its long lists in parts (resultInParts.ts).
 */
import { runReadJob, type ReadRequest, type WorkerReply } from './readFileJob'
import { sendListsInParts } from './resultInParts'

// The web build's types are the window's; a worker's scope posts with one argument.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null
  postMessage(reply: WorkerReply): void
}

scope.onmessage = (event) =>
  runReadJob(event.data, (reply) => {
    if (reply.type === 'progress') return scope.postMessage(reply)
    const result = sendListsInParts(reply.result, (part) => scope.postMessage(part))
    scope.postMessage({ type: 'done', result: result as typeof reply.result })
  })
