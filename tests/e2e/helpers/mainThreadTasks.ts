/**
 * The tasks of the window's thread in a Chromium trace (category
 * `toplevel`): each task's CPU time, read from the trace's
 * `ThreadControllerImpl::RunTask` events of the renderer's main thread that
 * worked the most.
 *
 * Marks set in the page (`performance.mark`, category `blink.user_timing`)
 * tell the tasks before a moment from those after it.
 *
 * Read a line at a time (Chromium writes one event per line), never as one
 * string: the trace of a minute-long save of 200,000 goals is over 512 MB,
 * longer than the longest string V8 makes ("Cannot create a string longer
 * than 0x1fffffe8 characters").
 */
import { appendFileSync } from 'node:fs'
import type { CDPSession, Page } from '@playwright/test'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string; src_file?: string; src_func?: string }
}

/** Each line of `trace` that holds one of `needles`, parsed as the event it is. */
function eventsWith(trace: Buffer, needles: readonly string[]): TraceEvent[] {
  const events: TraceEvent[] = []
  const CHUNK = 16 * 1024 * 1024
  let start = 0
  while (start < trace.length) {
    // A chunk ends at a line's end, so no event is cut in two.
    let end = Math.min(start + CHUNK, trace.length)
    if (end < trace.length) {
      const newline = trace.indexOf(10, end)
      end = newline === -1 ? trace.length : newline + 1
    }
    for (const line of trace.toString('utf8', start, end).split('\n')) {
      if (!needles.some((needle) => line.includes(needle))) continue
      const json = line.trim().replace(/,$/, '')
      if (json.startsWith('{')) events.push(JSON.parse(json) as TraceEvent)
    }
    start = end
  }
  return events
}

/** One task of the window's thread: when it began (µs, the trace's clock), its wall and CPU time (ms). */
export interface MainThreadTask {
  at: number
  wall: number
  cpu: number
  /** Where Chromium posted the task from (file and function), when the trace says. */
  postedFrom: string
}

/**
 * Every task of the window's main thread in `trace`, in the order they ran:
 * the thread the page set its outcome mark on, or else the busiest renderer
 * main thread. Not the busiest alone: for a file refused in a few
 * milliseconds another renderer's thread can be busier, and a CI run read a
 * 225 ms task of that one as the window's (the page's own long-task observer
 * saw none).
 */
export function mainThreadTasks(trace: Buffer): MainThreadTask[] {
  const events = eventsWith(trace, [
    '"CrRendererMain"',
    '"ThreadControllerImpl::RunTask"',
    `"${OUTCOME_MARK}"`,
  ])
  const marked = events.find((e) => e.name === OUTCOME_MARK)
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const byThread = new Map<string, MainThreadTask[]>()
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mainThreads.has(thread))
      continue
    // Pushed, not copied, and no Math.max(...tasks): a trace can hold a few hundred thousand
    // tasks, and spreading them overflowed the stack (a CI run).
    const tasks = byThread.get(thread) ?? []
    // A task cannot use more CPU than the time it took, yet Chromium's thread time sometimes
    // says so (a CI run: 119 ms of "CPU" in a task the page's long-task observer never saw, a
    // binary file refused in 30 ms on the retry); the smaller of the two is the task's cost.
    const wall = (e.dur ?? 0) / 1000
    const postedFrom = [e.args?.src_file, e.args?.src_func].filter(Boolean).join(' ')
    tasks.push({ at: e.ts, wall, cpu: Math.min(wall, (e.tdur ?? 0) / 1000), postedFrom })
    byThread.set(thread, tasks)
  }
  const own = marked && byThread.get(`${marked.pid}:${marked.tid}`)
  if (own) return own.sort((a, b) => a.at - b.at)
  const total = (tasks: MainThreadTask[]) => tasks.reduce((sum, task) => sum + task.cpu, 0)
  const busiest = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? []
  return busiest.sort((a, b) => a.at - b.at)
}

/** The CPU time (ms) of the longest task of the window's thread in `trace`. */
export function longestTaskCpu(trace: Buffer): number {
  return mainThreadTasks(trace).reduce((longest, task) => Math.max(longest, task.cpu), 0)
}

/**
 * The name of the mark (`performance.mark`) a test sets in the page the
 * moment the outcome it waits for shows: with the trace category
 * `blink.user_timing`, the trace says when that was on its own clock.
 */
export const OUTCOME_MARK = 'quarterdeck-test-outcome'

/** When (µs, the trace's clock) each mark named `name` was set, in order. */
export function markTimes(trace: Buffer, name: string): number[] {
  return eventsWith(trace, [`"${name}"`])
    .filter((e) => e.name === name)
    .map((e) => e.ts)
    .sort((a, b) => a - b)
}

/**
 * The lines of a trace that hold any of these: the tasks, the main thread's
 * name, and the outcome mark. Only they are kept while the trace streams in.
 */
const KEPT = ['"CrRendererMain"', '"ThreadControllerImpl::RunTask"', `"${OUTCOME_MARK}"`]

/**
 * To find what a long task does: with QD_TRACE_FILE set, the trace also
 * records V8's garbage collections, Blink's timeline and IndexedDB, and every
 * line of it is appended to that file (`node bench/longTasks.mjs trace FILE`
 * lists the long tasks with what ran inside them). The extra categories slow
 * the page: the tasks measured then run longer than in a test run.
 */
const FULL_TRACE_FILE = process.env.QD_TRACE_FILE
const DIAGNOSTIC_CATEGORIES = [
  'v8',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.gc',
  'blink',
  'IndexedDB',
  // Blink's C++ heap: its sweeps, and what in them held the window (the finalizing of swept pages).
  'cppgc',
  'disabled-by-default-cppgc',
]

/**
 * Traces the whole browser (categories `toplevel` and `blink.user_timing`)
 * until the returned function is called, which resolves to the trace's lines
 * that mainThreadTasks and markTimes read. Through the page's own CDP
 * session rather than Playwright's `browser.startTracing()`, for two
 * reasons: that one records until Chromium's default buffer is full, and a
 * minute-long save of 200,000 goals filled it before the save ended (the
 * outcome's mark was missing); and it returns the whole trace as one buffer,
 * over 512 MB here. This one asks for a buffer of 2 GB and keeps only the
 * lines it needs as they stream in.
 */
export async function startTrace(page: Page): Promise<() => Promise<Buffer>> {
  const session = await page.context().newCDPSession(page)
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordUntilFull',
      traceBufferSizeInKb: 2 * 1024 * 1024,
      includedCategories: [
        'toplevel',
        'blink.user_timing',
        ...(FULL_TRACE_FILE ? DIAGNOSTIC_CATEGORIES : []),
      ],
    },
  })
  return async () => {
    const complete = new Promise<string>((resolve) =>
      session.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
    )
    await session.send('Tracing.end')
    const lines = await keptLines(session, await complete)
    await session.detach()
    return Buffer.from(lines.join('\n'), 'utf8')
  }
}

/** The lines of the stream `handle` that hold one of KEPT, read a chunk at a time. */
async function keptLines(session: CDPSession, handle: string): Promise<string[]> {
  const kept: string[] = []
  let rest = ''
  for (;;) {
    const chunk = await session.send('IO.read', { handle, size: 8 * 1024 * 1024 })
    const text =
      rest + (chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data)
    const lines = text.split('\n')
    rest = chunk.eof ? '' : (lines.pop() ?? '')
    if (FULL_TRACE_FILE) appendFileSync(FULL_TRACE_FILE, `${lines.join('\n')}\n`)
    for (const line of lines) if (KEPT.some((needle) => line.includes(needle))) kept.push(line)
    if (chunk.eof) break
  }
  await session.send('IO.close', { handle })
  return kept
}
