/**
 * Web mode's wiki routes: only the app's own page gets an answer, requests
 * are checked before the wiki service sees them, and its outcomes come back
 * as JSON.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WikiService } from '../../../../src/main/wiki/wikiService'
import { serveRoutes, type RouteServer } from './routeServer'

let server: RouteServer
let wiki: { [K in keyof WikiService]: ReturnType<typeof vi.fn> }

beforeEach(async () => {
  wiki = {
    account: vi.fn(async () => null),
    connect: vi.fn(async () => ({ ok: true, value: { apiUrl: 'a', username: 'E@q', user: 'E' } })),
    disconnect: vi.fn(async () => {}),
    readLatest: vi.fn(async () => ({ ok: true, value: null })),
    save: vi.fn(),
  }
  server = await serveRoutes(wiki as unknown as WikiService)
})
afterEach(() => server.close())

const login = { apiUrl: 'http://wiki.example/api.php', username: 'E@q', password: 'pw' }

describe('the wiki routes of web mode', () => {
  it('answer the app’s own page with the service’s outcome', async () => {
    const response = await server.call('connect', login)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      result: { ok: true, value: { apiUrl: 'a', username: 'E@q', user: 'E' } },
    })
    expect(wiki.connect).toHaveBeenCalledWith(login)
    expect(await (await server.call('read', { title: 'Goals' })).json()).toEqual({
      result: { ok: true, value: null },
    })
    expect(wiki.readLatest).toHaveBeenCalledWith('Goals')
  })

  it('refuse another site’s page, a rebinding Host, and a request without an Origin', async () => {
    const strangers: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Host: 'evil.example', Origin: 'http://evil.example' },
      { Origin: '' },
    ]
    for (const headers of strangers) {
      const response = await server.call('connect', login, headers)
      expect(response.status).toBe(403)
      expect((await response.json()).error).toMatch(/^Refused/)
    }
    expect(wiki.connect).not.toHaveBeenCalled()
  })

  it('refuse malformed requests, a GET and unknown operations with a sentence', async () => {
    const bad = await server.call('connect', { ...login, password: 3 })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/^Invalid wiki login\.password/)
    const get = await fetch(`${server.origin}/api/wiki/account`, {
      headers: { Origin: server.origin },
    })
    expect(get.status).toBe(405)
    expect((await server.call('drop-tables')).status).toBe(404)
    expect(wiki.connect).not.toHaveBeenCalled()
  })
})
