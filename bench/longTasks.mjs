/**
 * What the window's long tasks did, from the files a measured e2e test
 * writes when asked (tests/e2e/helpers/mainThreadTasks.ts, cpuProfile.ts):
 *
 *   node bench/longTasks.mjs trace FILE [MIN_CPU_MS]
 *     each task of a renderer's main thread with at least MIN_CPU_MS (50) of
 *     CPU, and the trace events over 2 ms inside it (garbage collections,
 *     IndexedDB puts and reads, messages, layout), by offset and length;
 *   node bench/longTasks.mjs profile FILE [RUNS]
 *     the RUNS (4) longest stretches of samples without a 1 ms pause, and the
 *     stacks most sampled in each (function@file:line:column, minified).
 *
 * Read a line at a time: a trace with the diagnostic categories is about 1 GB
 * for a 28,000-goal merge.
 */
import console from 'node:console'
import { createReadStream, readFileSync } from 'node:fs'
import process from 'node:process'
import { createInterface } from 'node:readline'

const [mode, file, limit] = process.argv.slice(2)

async function longTasksOfTrace(path, minCpuMs) {
  const mainThreads = new Set()
  const events = []
  const lines = createInterface({ input: createReadStream(path) })
  for await (const line of lines) {
    const json = line.trim().replace(/,$/, '')
    if (!json.startsWith('{')) continue
    let event
    try {
      event = JSON.parse(json)
    } catch {
      continue
    }
    if (event.name === 'thread_name' && event.args?.name === 'CrRendererMain') {
      mainThreads.add(`${event.pid}:${event.tid}`)
    }
    if (event.ph === 'X' && (event.dur ?? 0) > 2000) events.push(event)
  }
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`))
  // As mainThreadTasks reads them: a task's CPU is never more than its wall time.
  const cpuOf = (task) => Math.min(task.dur, task.tdur ?? 0) / 1000
  const tasks = onMain.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && cpuOf(e) >= minCpuMs,
  )
  for (const task of tasks) {
    const from = [task.args?.src_file, task.args?.src_func].filter(Boolean).join(' ')
    console.log(
      `task at ${task.ts} µs: ${(task.dur / 1000).toFixed(1)} ms wall, ${cpuOf(task).toFixed(1)} ms CPU, posted from ${from}`,
    )
    const inside = onMain
      .filter(
        (e) =>
          e !== task &&
          e.tid === task.tid &&
          e.pid === task.pid &&
          e.ts >= task.ts &&
          e.ts <= task.ts + task.dur,
      )
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    for (const e of inside.slice(0, 40)) {
      const data = e.args?.data
      const detail = data ? (data.functionName ?? data.url ?? data.type ?? '') : ''
      const at = ((e.ts - task.ts) / 1000).toFixed(1)
      console.log(
        `  +${at} ms  ${(e.dur / 1000).toFixed(1)} ms  ${e.name} ${String(detail).slice(0, 80)}`,
      )
    }
  }
}

function heaviestStacksOfProfile(path, runsShown) {
  const profile = JSON.parse(readFileSync(path, 'utf8'))
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id)
  const nameOf = ({ callFrame: f }) =>
    `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`
  const stackOf = (id) => {
    const stack = []
    for (let at = id; at !== undefined; at = parents.get(at)) stack.push(nameOf(nodes.get(at)))
    return stack
  }
  const runs = []
  let run = null
  let time = profile.startTime
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index]
    time += delta
    const name = nodes.get(id).callFrame.functionName
    if (name !== '(idle)' && name !== '(program)') {
      run ??= { start: time, end: time, samples: [], sampled: 0 }
      run.end = time
      run.samples.push(id)
      run.sampled += delta
    } else if (run && time - run.end > 1000) {
      runs.push(run)
      run = null
    }
  })
  if (run) runs.push(run)
  runs.sort((a, b) => b.samples.length - a.samples.length)
  for (const { start, end, samples, sampled: µs } of runs.slice(0, runsShown)) {
    const at = ((start - profile.startTime) / 1000).toFixed(0)
    const sampled = (µs / 1000).toFixed(1)
    console.log(`at ${at} ms: ${((end - start) / 1000).toFixed(1)} ms long, ${sampled} ms sampled`)
    const counts = new Map()
    for (const id of samples) {
      const stack = stackOf(id).slice(0, 8).join(' < ')
      counts.set(stack, (counts.get(stack) ?? 0) + 1)
    }
    for (const [stack, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
      console.log(`  ${count}  ${stack}`)
    }
  }
}

if (mode === 'trace' && file) await longTasksOfTrace(file, Number(limit ?? 50))
else if (mode === 'profile' && file) heaviestStacksOfProfile(file, Number(limit ?? 4))
else {
  console.error('usage: node bench/longTasks.mjs trace FILE [MIN_CPU_MS] | profile FILE [RUNS]')
  process.exitCode = 2
}
