/**
 * To see what a giant quarter keeps alive: with QD_HEAP_DIR set, a measured
 * test writes a heap snapshot of the window (after a full garbage
 * collection) to `<dir>/<label>.heapsnapshot`, which Chromium's DevTools
 * open, and `node bench/heapSnapshot.mjs FILE` sums by kind of object and
 * lists the most repeated strings. That is how the 400,000 copies of one
 * quarter's id and the 200,000 external strings were found (issue 18).
 */
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

const HEAP_DIR = process.env.QD_HEAP_DIR

/** Writes a heap snapshot of `page` when QD_HEAP_DIR is set; nothing otherwise. */
export async function writeHeapSnapshot(page: Page, label: string): Promise<void> {
  if (!HEAP_DIR) return
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.enable')
  await session.send('HeapProfiler.collectGarbage')
  const name = label.replace(/[^\w.-]+/g, '-')
  const out = createWriteStream(join(HEAP_DIR, `${name}.heapsnapshot`))
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => out.write(chunk))
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  )
  await session.detach()
}
