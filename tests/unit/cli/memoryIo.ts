/** An in-memory CliIo for running the command line in tests. */
import { posix } from 'node:path'
import type { CliIo } from '../../../src/cli/io'

const normalize = (path: string): string => posix.normalize(path)

/** The captured output and files of a run. */
export interface MemoryIo extends CliIo {
  out: string
  err: string
  files: Map<string, string>
  /** The paths whose contents were read, in order. */
  reads: string[]
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: operation failed, '${path}'`), { code })
}

/**
 * An io whose disk is `files` (text, stored as UTF-8) and `options.bytes`
 * (files of other kinds, as raw bytes); paths under "/readonly/" cannot be
 * written. `sizes` makes a file report another size than its contents' (a
 * giant file without the memory). `env` is its environment; `stdin` what was
 * piped (null: a terminal).
 */
export function memoryIo(
  files: Record<string, string> = {},
  options: {
    env?: Record<string, string>
    stdin?: string | null
    bytes?: Record<string, Uint8Array>
    sizes?: Record<string, number>
  } = {},
): MemoryIo {
  let nextId = 0
  const contents = (path: string): Uint8Array => {
    const raw = options.bytes?.[path]
    if (raw !== undefined) return raw
    const text = io.files.get(path)
    if (text === undefined) throw fsError('ENOENT', path)
    return new TextEncoder().encode(text)
  }
  const io: MemoryIo = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    reads: [],
    stdout: (text) => {
      io.out += text
    },
    stderr: (text) => {
      io.err += text
    },
    fileSize: (path) => options.sizes?.[path] ?? contents(path).length,
    readFile: (path) => {
      io.reads.push(path)
      return contents(path)
    },
    writeFile: (path, text) => {
      if (path.startsWith('/readonly/')) return Promise.reject(fsError('EACCES', path))
      io.files.set(path, text)
      return Promise.resolve()
    },
    // Paths name one file when they are the same once normalised ("./b.json", "a/../b.json").
    sameFile: (a, b) => io.files.has(normalize(a)) && normalize(a) === normalize(b),
    now: () => Date.UTC(2019, 11, 12),
    newId: () => `cli-${++nextId}`,
    env: (name) => options.env?.[name],
    readStdin: () => Promise.resolve(options.stdin ?? null),
  }
  return io
}
