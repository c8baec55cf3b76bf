/* global process, console */
/**
 * `npm start`: makes sure the Electron runtime is present (downloading it on
 * first start, as `install-electron` does), then builds and launches the app
 * with `electron-vite preview`. Where the runtime cannot be downloaded it says
 * so in one sentence and points at web mode, instead of a stack trace.
 *
 * The decisions are exported functions so tests can drive them with fakes.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const WEB_ALTERNATIVE = 'run `npm run web` to use Quarterdeck in your browser instead.'

/** The sentence printed when the download failed for lack of network. */
export const NO_NETWORK_MESSAGE = `Quarterdeck could not download the Electron runtime (no access to github.com); ${WEB_ALTERNATIVE}`

const NETWORK_ERRORS =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|certificate|HTTPError|status code 4\d\d|status code 5\d\d/i
const OLD_NODE_ERRORS =
  /ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|ERR_UNKNOWN_FILE_EXTENSION|SyntaxError/

/** True when this Node.js is older than major.minor. */
export function nodeOlderThan(version, major, minor) {
  const [m = 0, n = 0] = version.replace(/^v/, '').split('.').map(Number)
  return m < major || (m === major && n < minor)
}

/**
 * The one sentence explaining why the runtime could not be installed, from
 * what the installer printed.
 */
export function installFailureMessage(output, nodeVersion) {
  if (NETWORK_ERRORS.test(output)) return NO_NETWORK_MESSAGE
  if (OLD_NODE_ERRORS.test(output) && nodeOlderThan(nodeVersion, 22, 12)) {
    return `Quarterdeck could not download the Electron runtime because its installer needs Node.js 22.12 or newer (this is ${nodeVersion}); upgrade Node.js, or ${WEB_ALTERNATIVE}`
  }
  const firstLine = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '')
  const reason = (firstLine ?? 'its installer stopped without saying why').slice(0, 160)
  return `Quarterdeck could not download the Electron runtime (${reason}); ${WEB_ALTERNATIVE}`
}

/**
 * Ensures the runtime is there. Returns { ok: true } when it can launch, or
 * { ok: false, message } with the sentence to print.
 *
 * @param {object} io
 * @param {() => boolean} io.binaryPresent whether the Electron binary exists
 * @param {() => { status: number | null, output: string }} io.runInstaller runs electron's install.js
 * @param {string} io.nodeVersion process.version
 * @param {(line: string) => void} io.log progress output
 */
export function ensureRuntime({ binaryPresent, runInstaller, nodeVersion, log }) {
  if (binaryPresent()) return { ok: true }
  log('Downloading the Electron runtime (first start only; this can take a minute)…')
  const result = runInstaller()
  if (binaryPresent()) return { ok: true }
  return { ok: false, message: installFailureMessage(result.output, nodeVersion) }
}

/** The Electron package folder. */
export function electronPackageDir() {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve('electron/package.json'))
}

/**
 * The same check as electron's install.js (path.txt names an existing
 * binary), honouring the overrides electron and electron-vite honour.
 */
export function electronBinaryPresent(electronDir, env = process.env) {
  // electron-vite launches ELECTRON_EXEC_PATH when set, whatever path.txt says.
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH)
  const pathFile = join(electronDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : ''
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return existsSync(join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron'))
  }
  return executable !== '' && existsSync(join(electronDir, 'dist', executable))
}

function runElectronInstaller(electronDir) {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  })
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`
  if (process.env.QUARTERDECK_DEBUG) console.error(output)
  return { status: result.status, output }
}

function launch(extraArgs) {
  const require = createRequire(import.meta.url)
  const packageJson = require.resolve('electron-vite/package.json')
  const cli = join(dirname(packageJson), 'bin', 'electron-vite.js')
  const child = spawn(process.execPath, [cli, 'preview', ...extraArgs], { stdio: 'inherit' })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function main() {
  const electronDir = electronPackageDir()
  const runtime = ensureRuntime({
    binaryPresent: () => electronBinaryPresent(electronDir),
    runInstaller: () => runElectronInstaller(electronDir),
    nodeVersion: process.version,
    log: (line) => console.log(line),
  })
  if (!runtime.ok) {
    console.error(runtime.message)
    process.exit(1)
  }
  launch(process.argv.slice(2))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
