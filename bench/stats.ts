/** Statistics and output shared by the benchmarks. */
import { performance } from 'node:perf_hooks'

/** Wall-clock and CPU milliseconds of one measured step. */
export interface Sample {
  wall: number
  cpu: number
}

/** Runs `work` once, with its wall-clock and CPU time (CPU grows much less with load). */
export function timed<T>(work: () => T): Sample & { value: T } {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const value = work()
  const wall = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  return { wall, cpu: (cpu.user + cpu.system) / 1000, value }
}

/** The median of some numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

/** A result row: name, every run's value, unit, and the target its median must stay under. */
export type ResultRow = [
  name: string,
  values: readonly number[],
  unit: string,
  target: number | null,
]

/**
 * Prints each row's median with its target, and the fastest and slowest run:
 * on a shared 2-core machine one batch's median can sit 100 ms from the
 * next one's, and a median near its target means little without that spread.
 */
export function printTable(rows: readonly ResultRow[], note: string): void {
  const width = Math.max(...rows.map(([name]) => name.length))
  process.stdout.write(`\nMedians (${note}), with the fastest and slowest run:\n`)
  for (const [name, values, unit, target] of rows) {
    const digits = unit === 'cards' ? 0 : 1
    const value = median(values)
    const range = `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`
    const verdict =
      target === null
        ? ''
        : value < target
          ? `  (target < ${target}: ok)`
          : `  (target < ${target}: MISSED)`
    process.stdout.write(
      `  ${name.padEnd(width)}  ${value.toFixed(digits).padStart(8)} ${unit.padEnd(5)} ` +
        `${range.padStart(13)}${verdict}\n`,
    )
  }
}
