/** Statistics and output of the board benchmark. */

/** The median of some numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

/** A result row: name, median, unit, and the target it must stay under (null: none). */
export type ResultRow = [name: string, value: number, unit: string, target: number | null]

/** Prints the medians with their targets. */
export function printTable(rows: readonly ResultRow[], note: string): void {
  const width = Math.max(...rows.map(([name]) => name.length))
  process.stdout.write(`\nMedians (${note}):\n`)
  for (const [name, value, unit, target] of rows) {
    const shown = unit === 'cards' ? value.toFixed(0) : value.toFixed(1)
    const verdict =
      target === null
        ? ''
        : value < target
          ? `  (target < ${target}: ok)`
          : `  (target < ${target}: MISSED)`
    process.stdout.write(`  ${name.padEnd(width)}  ${shown.padStart(8)} ${unit}${verdict}\n`)
  }
}
