/**
 * Web mode's wiki operations: the WikiService of the desktop app (the same
 * five operations as its IPC channels) as JSON routes of the 127.0.0.1 server
 * (scripts/web.mjs), so the page, whose CSP allows only its own origin,
 * reaches a wiki through its own server. Built into out/web-server by
 * vite.cli.config.ts (`--mode web-server`).
 *
 * Only the app's own page may call them: the Host must be the server's own
 * (a DNS-rebinding page has another) and the Origin the app's own (another
 * site's page sends its own, or a preflight this server never answers). The
 * password stays in this process's memory only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { InvalidRequestError, MAX_TEXT_BYTES } from '../ipcValidation'
import { memoryLoginKeeper, createWikiService, type WikiService } from './wikiService'
import { parseWikiLogin, parseWikiSaveRequest, parseWikiTitle } from './wikiValidation'

/** Where the routes live: POST /api/wiki/<operation>. */
export const WIKI_ROUTE_PREFIX = '/api/wiki/'

type Operation = (body: unknown) => Promise<unknown>

function operations(wiki: WikiService): Record<string, Operation> {
  return {
    account: () => wiki.account(),
    connect: (body) => wiki.connect(parseWikiLogin(body)),
    disconnect: () => wiki.disconnect(),
    read: (body) => wiki.readLatest(parseWikiTitle((body as { title?: unknown } | null)?.title)),
    save: (body) => wiki.save(parseWikiSaveRequest(body)),
  }
}

/** True when the request comes from the app's own page on this server. */
export function isOwnPage(request: IncomingMessage, port: number): boolean {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = request.headers.host ?? ''
  const origin = request.headers.origin ?? ''
  return own.includes(host) && origin === `http://${host}`
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_TEXT_BYTES + 64 * 1024)
      throw new InvalidRequestError('The request is too large.')
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new InvalidRequestError('The request is not JSON.')
  }
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  response.end(JSON.stringify(body ?? null))
}

/**
 * The routes for a server on `port`: a handler that answers the wiki routes
 * and returns false for any other path (the static files).
 */
export function createWikiRoutes(
  port: number,
  wiki: WikiService = createWikiService(memoryLoginKeeper()),
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const table = operations(wiki)
  return async (request, response) => {
    const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/'
    if (!path.startsWith(WIKI_ROUTE_PREFIX)) return false
    const operation = table[path.slice(WIKI_ROUTE_PREFIX.length)]
    if (!isOwnPage(request, port)) {
      answer(response, 403, {
        error: 'Refused: this request did not come from a Quarterdeck page.',
      })
      return true
    }
    if (!operation) {
      answer(response, 404, { error: `There is no wiki operation ${path}.` })
      return true
    }
    if (
      request.method !== 'POST' ||
      !/^application\/json\b/.test(request.headers['content-type'] ?? '')
    ) {
      answer(response, 405, { error: 'Wiki operations take a JSON POST.' })
      return true
    }
    try {
      answer(response, 200, { result: await operation(await readBody(request)) })
    } catch (error) {
      const known = error instanceof InvalidRequestError
      answer(response, known ? 400 : 500, {
        error: known ? error.message : 'The web server could not do the wiki operation.',
      })
    }
    return true
  }
}
