/**
 * A newcomer's `npm run web` builds and serves the app without printing a
 * warning they cannot act on (issue 16, "Newcomer friction"). It runs the
 * command exactly as the README gives it, on a free port, until the app is
 * served, then asks the server for the page.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')
// Words a build or a server prints when something is off: Vite's and Rolldown's warnings
// ("warning", "(!)"), deprecations, and npm's own "npm warn".
const WARNING = /\bwarn(?:ing)?s?\b|\(!\)|deprecat/i

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/** Runs `npm run web` until it says where the app is; returns everything it printed. */
function startWebMode(port: number): Promise<{ output: string; stop: () => void }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn('npm', ['run', 'web', '--', '--port', String(port)], {
      cwd: ROOT,
      // A fresh process group, so stopping it also stops the server npm started.
      detached: true,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    })
    let output = ''
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    }
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (output.includes(`at http://127.0.0.1:${port}/`)) resolveStart({ output, stop })
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`npm run web ended (${code}):\n${output}`)))
  })
}

describe('npm run web', () => {
  it('builds and serves the app without a single warning', { timeout: 120_000 }, async () => {
    const port = await freePort()
    const { output, stop } = await startWebMode(port)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<div id="root">')
      const warnings = output.split('\n').filter((line) => WARNING.test(line))
      expect(warnings, `npm run web printed:\n${output}`).toEqual([])
      // It did build: the build's own summary is part of what the newcomer sees.
      expect(output).toMatch(/built in/)
    } finally {
      stop()
    }
  })
})
