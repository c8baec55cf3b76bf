/**
 * Wiki benchmark (`npm run bench:wiki`): exports a generated quarter of
 * 10,000 goals across 100 teams, imports the exported page back, and runs
 * Debian's pandoc (`pandoc -f mediawiki -t json`) on the same page as a
 * reference reader. Prints medians of wall time and CPU time; asserts nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { exportWikitext, importWikitext } from '../src/shared/wiki'
import { generateWikiQuarter } from './wikiQuarter'
import { median, timed, type Sample } from './stats'

const RUNS = Math.max(5, Number(process.env.RUNS ?? 7) || 7)
const PANDOC = process.env.PANDOC_PATH ?? '/usr/bin/pandoc'
const SIZE = { teams: 100, goalsPerTeam: 100, groupsPerTeam: 5 }

// CPU time of finished child processes (Linux /proc; clock ticks): pandoc's
// own CPU cost, comparable with ours even when the machine is busy.
const TICK_MS =
  1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100)
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS
  } catch {
    return Number.NaN
  }
}

function runPandoc(args: string[]): Sample {
  const cpuBefore = childrenCpuMs()
  const start = performance.now()
  const result = spawnSync(PANDOC, args, { maxBuffer: 1 << 30, encoding: 'buffer' })
  const wall = performance.now() - start
  if (result.status !== 0) {
    throw new Error(`pandoc failed (${result.status}): ${result.stderr.toString().slice(0, 300)}`)
  }
  return { wall, cpu: childrenCpuMs() - cpuBefore }
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(8)} ms`
}

function line(label: string, samples: readonly Sample[], limit?: number): string {
  const wall = median(samples.map((s) => s.wall))
  const cpu = median(samples.map((s) => s.cpu))
  const target =
    limit === undefined
      ? ''
      : `   target < ${limit} ms: ${Math.min(wall, cpu) < limit ? 'met' : 'MISSED'}`
  return `${label.padEnd(8)} wall ${ms(wall)}   cpu ${ms(cpu)}${target}`
}

function main(): void {
  const doc = generateWikiQuarter(SIZE)
  const tasks = doc.goals.reduce((n, goal) => n + goal.tasks.length, 0)
  console.log(
    `Wiki benchmark: ${doc.goals.length} goals, ${doc.teams.length} teams, ${doc.groups.length} priority groups, ${tasks} task links, ${doc.updates.length} status updates`,
  )
  const [load1] = loadavg()
  console.log(
    `${RUNS} runs (+1 warm-up) on ${cpus().length} cores; load average ${load1?.toFixed(1)} at start (wall times grow with load, CPU times much less)`,
  )
  const dir = mkdtempSync(join(tmpdir(), 'quarterdeck-bench-'))
  const pageFile = join(dir, 'page.wiki')
  const havePandoc = existsSync(PANDOC)
  const exports: Sample[] = []
  const imports: Sample[] = []
  const pandocs: Sample[] = []
  let pageBytes = 0
  let importedGoals = 0
  try {
    for (let run = 0; run <= RUNS; run++) {
      const exported = timed(() => exportWikitext(doc))
      const page = exported.value
      // Distinct ids: the importer hands over only valid plans, and a plan's ids must differ.
      let nextId = 0
      const imported = timed(() => importWikitext(page, { newId: () => `id${nextId++}`, now: 0 }))
      if (!imported.value.ok) {
        throw new Error(`Import of the exported page failed: ${imported.value.error}`)
      }
      importedGoals = imported.value.doc.goals.length
      pageBytes = Buffer.byteLength(page)
      let pandoc: Sample = { wall: Number.NaN, cpu: Number.NaN }
      if (havePandoc) {
        writeFileSync(pageFile, page)
        pandoc = runPandoc(['-f', 'mediawiki', '-t', 'json', pageFile])
      }
      // Run 0 warms up the JIT and the file cache; it is not counted.
      if (run === 0) continue
      exports.push(exported)
      imports.push(imported)
      pandocs.push(pandoc)
      console.log(
        `  run ${run}: export ${ms(exported.wall)} (cpu ${ms(exported.cpu)})  import ${ms(imported.wall)} (cpu ${ms(imported.cpu)})  pandoc ${havePandoc ? `${ms(pandoc.wall)} (cpu ${ms(pandoc.cpu)})` : '(absent)'}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(
    `Page: ${(pageBytes / 1024 / 1024).toFixed(2)} MiB; the import found ${importedGoals} goals`,
  )
  console.log('Medians:')
  console.log(line('export', exports, 50))
  console.log(line('import', imports, 100))
  if (!havePandoc) {
    console.log(
      `pandoc   ABSENT: ${PANDOC} not found, so no reference time (apt-get install pandoc)`,
    )
    return
  }
  // Process start-up is part of what pandoc costs; shown so a reader can subtract it.
  const startups = Array.from({ length: RUNS }, () => runPandoc(['--version']))
  console.log(line('pandoc', pandocs))
  console.log(line('  start', startups))
  const ours = median(imports.map((s) => s.cpu))
  const theirs = median(pandocs.map((s) => s.cpu))
  console.log(
    `Import vs pandoc (CPU): ${(theirs / ours).toFixed(1)}× ${ours < theirs ? 'faster: target met' : 'SLOWER: target missed'}`,
  )
}

main()
