/**
 * Web mode: builds the renderer (unless --no-build) and serves it from
 * 127.0.0.1 with a tiny static server, so the same app runs in a browser.
 *
 *   node scripts/web.mjs [--no-build] [--port N] [--dir DIR]     (PORT=N works too)
 *
 * --dir serves another build of the renderer than out/web (the board
 * benchmark compares two builds this way).
 *
 * The port is fixed by default because IndexedDB belongs to an origin, port
 * included: serving on another port shows an empty store, and goals seem to
 * vanish.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, resolve, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { mimeTypeFor } from './mimeTypes.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const WEB_DIR = join(ROOT, 'out', 'web')
// The wiki operations (src/main/wiki/wikiRoutes.ts), built with the renderer by vite.web.config.ts.
const WIKI_ROUTES = join(ROOT, 'out', 'web-server', 'wikiRoutes.js')
const HTML_SOURCE = join(ROOT, 'src', 'renderer', 'index.html')
const HOST = '127.0.0.1'
const DEFAULT_PORT = 5199

function fail(message) {
  process.stderr.write(`web: ${message}\n`)
  process.exit(1)
}

function parseArgs(argv) {
  const options = { build: true, port: process.env.PORT ?? String(DEFAULT_PORT), dir: WEB_DIR }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--no-build') options.build = false
    else if (arg === '--port') options.port = argv[++i] ?? ''
    else if (arg.startsWith('--port=')) options.port = arg.slice('--port='.length)
    else if (arg === '--dir') options.dir = resolve(argv[++i] ?? '')
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: node scripts/web.mjs [--no-build] [--port N] [--dir DIR]\n')
      process.exit(0)
    } else fail(`unknown option "${arg}" (try --help)`)
  }
  const port = Number(options.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`port must be a number from 1 to 65535, got "${options.port}"`)
  }
  return { build: options.build, port, dir: options.dir }
}

/**
 * The policy of the page's CSP meta tag, sent as a header too. Read from the
 * source page so there is exactly one copy of it.
 */
function contentSecurityPolicy() {
  const html = readFileSync(HTML_SOURCE, 'utf8')
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  if (!meta?.[1]) fail(`no Content-Security-Policy meta tag found in ${HTML_SOURCE}`)
  return meta[1]
}

function build() {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (result.status !== 0) fail('building the renderer failed (see above)')
}

/** The file under `root` to send for a URL path, or a status code when there is none. */
function resolveRequest(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { status: 400 }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 }
  const file = resolve(root, '.' + decoded)
  // Anything that resolves outside the served folder is refused, whatever its spelling.
  if (file !== root && !file.startsWith(root + sep)) return { status: 403 }
  const stat = statSync(file, { throwIfNoEntry: false })
  if (stat?.isFile()) return { file }
  // Browsers ask for a favicon on their own; without one, "nothing" beats a logged 404.
  if (decoded === '/favicon.ico') return { status: 204 }
  // Client-side routes get the app; a missing asset (it has an extension) is a real 404.
  if (extname(decoded) === '' || decoded.endsWith('.html')) {
    return { file: join(root, 'index.html') }
  }
  return { status: 404 }
}

/** True for Vite's built assets: /assets/name-HASH.ext. */
function isHashedAsset(urlPath) {
  return /^\/assets\/[\w.-]+-[\w-]{8}\.\w+$/.test(urlPath)
}

/** The wiki routes for a server on `port`, or a handler saying this build has none. */
async function wikiRoutes(port) {
  if (existsSync(WIKI_ROUTES)) {
    const { createWikiRoutes } = await import(pathToFileURL(WIKI_ROUTES).href)
    return createWikiRoutes(port)
  }
  process.stderr.write(
    `web: ${WIKI_ROUTES} is missing; the wiki cannot be reached (build without --no-build)\n`,
  )
  return async (request, response) => {
    if (!(request.url ?? '').startsWith('/api/wiki/')) return false
    response.writeHead(503, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ error: 'This web server was built without its wiki routes.' }))
    return true
  }
}

function serve(root, port, csp, wiki) {
  const server = createServer(async (request, response) => {
    // The wiki's JSON routes: the page's only way to a wiki (its CSP allows this origin only).
    if (await wiki(request, response)) return
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end()
      return
    }
    const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/'
    const target = resolveRequest(root, path)
    if (!target.file) {
      response.writeHead(target.status, { ...headers, 'Content-Type': 'text/plain' })
      response.end(target.status === 204 ? undefined : `${target.status}\n`)
      return
    }
    const type = mimeTypeFor(target.file)
    // Vite names every built asset after a hash of its content, so a name never
    // changes what it serves: the browser may keep it (and V8 its compiled code)
    // for good. The page itself is asked for again each time, so a new build shows.
    if (isHashedAsset(path)) headers['Cache-Control'] = 'public, max-age=31536000, immutable'
    response.writeHead(200, { ...headers, 'Content-Type': type })
    if (request.method === 'HEAD') response.end()
    else createReadStream(target.file).pipe(response)
  })
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      fail(
        `port ${port} is already in use (is Quarterdeck already running?). ` +
          'Another port works with --port, but its IndexedDB is a different, empty store.',
      )
    }
    fail(error.message)
  })
  server.listen(port, HOST, () => {
    const url = `http://${HOST}:${port}/`
    process.stdout.write(
      `Quarterdeck (web mode) at ${url}\n` +
        `Data lives in your browser's IndexedDB for the origin http://${HOST}:${port}; ` +
        'keep the same port and browser profile to see the same goals.\n',
    )
  })
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

const options = parseArgs(process.argv.slice(2))
if (options.build && options.dir === WEB_DIR) build()
if (!existsSync(join(options.dir, 'index.html'))) {
  fail(`${options.dir}/index.html is missing; run without --no-build to build it`)
}
serve(options.dir, options.port, contentSecurityPolicy(), await wikiRoutes(options.port))
