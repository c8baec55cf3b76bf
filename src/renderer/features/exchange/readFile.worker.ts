/**
 * The worker that reads big wiki pages and backups off the window's thread
 * (readFileJob.ts does the reading), so the window keeps answering and the
 * reading can be cancelled (the worker is simply terminated: it writes nothing).
 */
import { runReadJob, type ReadReply, type ReadRequest } from './readFileJob'

// The web build's types are the window's; a worker's scope posts with one argument.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null
  postMessage(reply: ReadReply): void
}

scope.onmessage = (event) => runReadJob(event.data, (reply) => scope.postMessage(reply))
