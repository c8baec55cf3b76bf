/**
 * Serves the built renderer (out/renderer) on app://quarterdeck/ with the
 * Content-Security-Policy on every response, and nothing outside that folder.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { mimeTypeFor } from '../../scripts/mimeTypes.mjs'
import { APP_HOST, APP_SCHEME } from './appOrigin'
import { CONTENT_SECURITY_POLICY } from './csp'

/**
 * Privileges for app://: standard (a real origin, so IndexedDB and relative
 * URLs work), secure (a secure context), fetch-able, and V8's code cache for
 * faster starts. Not corsEnabled: no other origin may read app:// files.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const

/** Content types are shared with web mode's server. */
export { mimeTypeFor }

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Maps the path of an app:// URL to a file under root, or null when the path
 * is malformed or would leave root (dot segments, encoded slashes or
 * backslashes, NUL bytes). "/" maps to index.html.
 */
export function resolveAppPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  // Treat both separators alike so "..\\" cannot slip through on Windows.
  const segments = decoded.split(/[/\\]+/).filter((s) => s !== '' && s !== '.')
  if (segments.some((s) => s === '..' || /^[a-zA-Z]:$/.test(s))) return null
  if (segments.length === 0) segments.push('index.html')
  const candidate = join(root, ...segments)
  return isInside(root, candidate) ? candidate : null
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/**
 * A protocol.handle handler serving files from root. Symlinks pointing out of
 * root are refused like any other escape.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return textResponse(404, 'Not found')
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed')
    }
    const file = resolveAppPath(root, url.pathname)
    if (file === null) return textResponse(403, 'Forbidden')
    try {
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)])
      if (!isInside(realRoot, realFile)) return textResponse(403, 'Forbidden')
      if (!(await stat(realFile)).isFile()) return textResponse(404, 'Not found')
      const body = request.method === 'HEAD' ? null : await readFile(realFile)
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(realFile),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          // Rebuilds replace files in place; never serve a stale bundle.
          'Cache-Control': 'no-cache',
        },
      })
    } catch {
      return textResponse(404, 'Not found')
    }
  }
}
