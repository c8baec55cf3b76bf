/**
 * Entry point of the `quarterdeck` command (built to out/cli/quarterdeck.js
 * by `npm run build:cli`).
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isSameFile, writeFileAtomicSync } from './atomicWrite'
import type { CliIo } from './io'
import { runCli } from './run'

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileAtomicSync(path, text),
  sameFile: (a, b) => isSameFile(a, b),
  now: () => Date.now(),
  newId: () => randomUUID(),
}

// exitCode rather than exit(): stdout may still be flushing to a pipe.
process.exitCode = runCli(process.argv.slice(2), io)
