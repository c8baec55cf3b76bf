/**
 * Web mode's wiki routes (src/main/wiki/wikiRoutes.ts) on a real HTTP server
 * at 127.0.0.1, for the tests to call as the page would (and as strangers would).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createWikiRoutes } from '../../../../src/main/wiki/wikiRoutes'
import type { WikiService } from '../../../../src/main/wiki/wikiService'

export interface RouteServer {
  origin: string
  /** POSTs `body` as the app's own page does (its Origin), unless `headers` say otherwise. */
  call(operation: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  close(): Promise<void>
}

/** Serves the routes over `wiki` (the real service when omitted). */
export async function serveRoutes(wiki?: WikiService): Promise<RouteServer> {
  let routes: ReturnType<typeof createWikiRoutes> | null = null
  const server: Server = createServer((request, response) => {
    void routes?.(request, response).then((handled) => {
      if (!handled) response.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  routes = createWikiRoutes(port, wiki)
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    call: (operation, body, headers = {}) =>
      fetch(`${origin}/api/wiki/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
        body: JSON.stringify(body ?? null),
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
