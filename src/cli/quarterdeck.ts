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
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileAtomicSync(path, text),
  sameFile: (a, b) => isSameFile(a, b),
  now: () => Date.now(),
  newId: () => randomUUID(),
  env: (name) => process.env[name],
  readStdin: async () => {
    if (process.stdin.isTTY) return null
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
}

// exitCode rather than exit(): stdout may still be flushing to a pipe.
process.exitCode = await runCli(process.argv.slice(2), io)
