/**
 * Starts web mode's own server (scripts/web.mjs --no-build) for a benchmark,
 * so the benchmark measures exactly what users get.
 */
import { spawn } from 'node:child_process'

/** A running server and how to stop it. */
export interface WebServer {
  url: string
  stop: () => Promise<void>
}

/** Serves out/web (or the build in `dir`) on 127.0.0.1:`port`; resolves once it listens. */
export function startWebServer(port: number, dir?: string): Promise<WebServer> {
  const args = ['scripts/web.mjs', '--no-build', '--port', String(port)]
  if (dir) args.push('--dir', dir)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`web server exited (${code}): ${errors.trim()}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`http://127.0.0.1:${port}/`)) {
        resolve({ url: `http://127.0.0.1:${port}/`, stop })
      }
    })
  })
}
