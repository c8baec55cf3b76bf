/**
 * The command line's I/O bound to the real process and disk: what
 * quarterdeck.ts runs with, and what tests use to run it on real files.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { writeTextFileAtomic } from '../main/atomicWrite'
import type { CliIo } from './io'
import { isSameFile } from './sameFile'

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fileSize: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeTextFileAtomic(path, text),
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
