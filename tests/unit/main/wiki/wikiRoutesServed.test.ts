/**
 * Web mode's wiki routes with the real service, against a real MediaWiki
 * served by PHP (tests/mediawiki/server.ts): connect checks the password and
 * the right to edit, and a page is read and saved through the routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useServedWiki, wikiMissing } from '../../../mediawiki/servedWiki'
import { serveRoutes, type RouteServer } from './routeServer'

const served = useServedWiki()
let routes: RouteServer
beforeAll(async () => {
  routes = await serveRoutes()
})
afterAll(() => routes.close())

/** A route's result, loosely: each test reads the fields its operation has. */
interface Answer {
  ok: boolean
  value: { revid: number; content: string }
  problem: { kind: string; message: string }
}

async function result(operation: string, body?: unknown): Promise<Answer> {
  const response = await routes.call(operation, body)
  expect(response.status).toBe(200)
  return ((await response.json()) as { result: Answer }).result
}

describe.skipIf(wikiMissing !== null)(
  'the wiki routes against a real MediaWiki',
  { timeout: 120_000 },
  () => {
    it('say in a sentence that a password is wrong or a login may not edit, and connect none', async () => {
      const { apiUrl, editor, reader } = served()
      const wrong = await result('connect', {
        apiUrl,
        username: editor.name,
        password: 'x'.repeat(32),
      })
      expect(wrong.ok).toBe(false)
      expect(wrong.problem.kind).toBe('credentials')
      expect(wrong.problem.message).toMatch(/refused the user name or bot password.*\.$/)
      const readOnly = await result('connect', {
        apiUrl,
        username: reader.name,
        password: reader.password,
      })
      expect(readOnly.problem.kind).toBe('no-rights')
      expect(await result('account')).toBeNull()
    })

    it('connect, save a page, read it back, and refuse a save over a newer revision', async () => {
      const { apiUrl, editor } = served()
      const connected = await result('connect', {
        apiUrl,
        username: editor.name,
        password: editor.password,
      })
      expect(connected).toEqual({
        ok: true,
        value: { apiUrl, username: editor.name, user: 'Editor' },
      })
      expect(await result('account')).toEqual({ apiUrl, username: editor.name, user: 'Editor' })
      const startedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
      const saved = await result('save', {
        title: 'Routes page',
        text: 'One',
        summary: 'First',
        base: null,
        startedAt,
      })
      expect(saved.ok).toBe(true)
      const read = await result('read', { title: 'Routes page' })
      expect(read.value).toMatchObject({ revid: saved.value.revid, content: 'One' })
      const again = await result('save', {
        title: 'Routes page',
        text: 'Two',
        summary: 'Second',
        base: null,
        startedAt,
      })
      expect(again.ok).toBe(false)
      expect(again.problem.kind).toBe('conflict')
      expect((await result('read', { title: 'Routes page' })).value.content).toBe('One')
    })

    it('say the wiki cannot be reached when it stops', async () => {
      const wiki = served()
      await wiki.stop()
      try {
        const read = await result('read', { title: 'Routes page' })
        expect(read.ok).toBe(false)
        expect(read.problem.kind).toBe('unreachable')
        expect(read.problem.message).toMatch(/cannot be reached.*\.$/)
      } finally {
        await wiki.start()
      }
    })
  },
)
