/**
 * What a heap snapshot holds (tests/e2e/helpers/heapSnapshot.ts writes one
 * when QD_HEAP_DIR is set):
 *
 *   node --max-old-space-size=16000 bench/heapSnapshot.mjs FILE [ROWS]
 *
 * prints the ROWS (25) kinds of object that take the most memory (count and
 * bytes), then the string values held most often: a value held 100,000
 * times is a field repeated in every row, each a string object of its own.
 * A number's digits held as often are no strings: the snapshot gives each
 * heap number (a timestamp of every row) its value as a string node.
 */
import console from 'node:console'
import { readFileSync } from 'node:fs'
import process from 'node:process'

const [file, rows = '25'] = process.argv.slice(2)
if (!file) {
  console.error('usage: node bench/heapSnapshot.mjs FILE [ROWS]')
  process.exit(2)
}
const snapshot = JSON.parse(readFileSync(file, 'utf8'))
const fields = snapshot.snapshot.meta.node_fields
const types = snapshot.snapshot.meta.node_types[0]
const { nodes, strings } = snapshot
const TYPE = fields.indexOf('type')
const NAME = fields.indexOf('name')
const SIZE = fields.indexOf('self_size')
const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string'])

const kinds = new Map()
const values = new Map()
for (let at = 0; at < nodes.length; at += fields.length) {
  const type = types[nodes[at + TYPE]]
  const name = strings[nodes[at + NAME]]
  const isString = STRING_TYPES.has(type)
  const kind = `${type} ${isString ? '' : name}`.trim().slice(0, 70)
  const sum = kinds.get(kind) ?? { count: 0, bytes: 0 }
  sum.count++
  sum.bytes += nodes[at + SIZE]
  kinds.set(kind, sum)
  if (type === 'string') values.set(name, (values.get(name) ?? 0) + 1)
}

const top = (map, by) => [...map].sort((a, b) => by(b[1]) - by(a[1])).slice(0, Number(rows))
console.log('kind of object: count, MB')
for (const [kind, { count, bytes }] of top(kinds, (sum) => sum.bytes)) {
  console.log(
    `  ${kind.padEnd(56)} ${String(count).padStart(9)} ${(bytes / 1e6).toFixed(1).padStart(7)}`,
  )
}
console.log('string values held most often: copies, value')
for (const [value, count] of top(values, (count) => count)) {
  console.log(`  ${String(count).padStart(9)}  ${JSON.stringify(value.slice(0, 60))}`)
}
